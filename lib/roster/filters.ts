// The honorees a roster view shows: what the viewer may see (lib/roster/visibility.ts) narrowed
// by the view's filters, in the view's order. The roster pages and every export read through
// here, so an export holds exactly the rows the page lists.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { escapeLike } from "../nominations/list";
import type { Actor } from "../session";
import type { RosterParams, RosterSortKey } from "./params";
import { rosterSearchTerm } from "./search";
import { listedWhere } from "./visibility";

/** The order of each sort key; `id` last so pages never overlap or skip a row. */
export const rosterOrderBy: Record<RosterSortKey, Prisma.HonoreeOrderByWithRelationInput[]> = {
  newest: [{ awardedOn: "desc" }, { nameSearch: "asc" }, { id: "asc" }],
  oldest: [{ awardedOn: "asc" }, { nameSearch: "asc" }, { id: "asc" }],
  name: [{ nameSearch: "asc" }, { awardedOn: "desc" }, { id: "asc" }],
};

/**
 * The where clause of a roster view for `actor`. An unknown unit filter matches nothing (a
 * stale link shows an empty roster, not everyone).
 */
export async function rosterWhere(actor: Actor | null, params: RosterParams): Promise<Prisma.HonoreeWhereInput> {
  const and: Prisma.HonoreeWhereInput[] = [listedWhere(actor)];
  const term = rosterSearchTerm(params.q);
  // Prisma passes `contains` to LIKE as is: a visitor's "%" or "_" must match itself, not anything.
  if (term) and.push({ searchText: { contains: escapeLike(term) } });
  if (params.movement) and.push({ movementId: params.movement });
  if (params.title) and.push({ awardTitleId: params.title });
  if (params.kind) and.push({ kind: params.kind });
  if (params.from !== undefined) and.push({ awardedOn: { gte: new Date(Date.UTC(params.from, 0, 1)) } });
  if (params.to !== undefined) and.push({ awardedOn: { lt: new Date(Date.UTC(params.to + 1, 0, 1)) } });
  if (params.unit) {
    const unit = await db().unit.findUnique({ where: { id: params.unit }, select: { path: true } });
    and.push(unit ? { unit: { path: { startsWith: unit.path } } } : { id: { in: [] } });
  }
  return { AND: and };
}
