// Officer scopes as a query condition: the units within one of the subtrees `scopes` (the
// `where` twin of lib/policy.ts isWithinScopes).
import type { Prisma } from "../generated/prisma/client";

export function unitsWithinScopes(scopes: readonly string[]): Prisma.UnitWhereInput {
  return { OR: scopes.map((scope) => ({ path: { startsWith: scope } })) };
}
