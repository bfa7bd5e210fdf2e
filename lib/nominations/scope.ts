// Which nominations an actor may see, as a query condition: the `where` twin of
// lib/policy.ts canViewNomination, used by every nomination query so a forgotten check
// returns nothing rather than someone else's dossier.
import type { Prisma } from "../generated/prisma/client";
import { hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { unitsWithinScopes } from "../units/scope";

/** Nominations of nominees in the officer's units and the units below; null when they act for no unit. */
export function officerNominationsWhere(actor: Actor | null): Prisma.NominationWhereInput | null {
  const scopes = actor ? officerScopes(actor) : [];
  return scopes.length > 0 ? { unit: unitsWithinScopes(scopes) } : null;
}

/** Everything for administrators, otherwise the officer's nominations; null: none at all. */
export function visibleNominationsWhere(actor: Actor | null): Prisma.NominationWhereInput | null {
  return hasRole(actor, "ADMIN") ? {} : officerNominationsWhere(actor);
}
