// Nomination lists: an officer's (the nominees of their units and the units below) and an
// administrator's (every nomination, usually of one movement). Who sees what is decided by
// the same rule as canViewNomination, written into the query's `where`.
import { db } from "../db";
import { forbidden } from "../errors";
import type { NominationStatus, NomineeKind, Prisma } from "../generated/prisma/client";
import { hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { sortOrderOf, type ListNominationsParams } from "./list-params";
import { quotaCountingStatuses, unitLimit } from "./quotas";
import { officerNominationsWhere } from "./scope";

export const nominationPageSize = 25;

/** Whose list: an officer's units, or everything an administrator oversees. */
export type NominationListView = "officer" | "admin";

export interface NominationListRow {
  id: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  status: NominationStatus;
  updatedAt: Date;
  title: { name: string; nameEn: string | null };
  unit: { name: string };
  movement: { id: string; name: string; nameEn: string | null };
}

export interface TitleQuotaUsage {
  id: string;
  name: string;
  nameEn: string | null;
  /** Places for the whole movement and how many are taken (both null when the movement sets no total). */
  quotaTotal: number | null;
  movementUsed: number | null;
  /** The unit's limit (null: unlimited) and its nominees' places taken. */
  unitLimit: number | null;
  unitUsed: number;
}

export interface NominationQuotaPanel {
  /** The unit whose places are counted; null for an administrator with no unit chosen. */
  unit: { id: string; name: string; headcount: number | null } | null;
  titles: TitleQuotaUsage[];
}

export interface NominationListPage {
  rows: NominationListRow[];
  total: number;
  /** The page shown: the requested one clamped into 1…pageCount. */
  page: number;
  pageCount: number;
  /** Quota usage per title, when a movement is chosen. */
  quota: NominationQuotaPanel | null;
}

/**
 * The nominations `actor` may see in `view` (the rule of canViewNomination), or null when the
 * view is not theirs at all: administrators see every nomination, officers those of nominees
 * in their units and the units below.
 */
export function visibleNominationsWhere(actor: Actor | null, view: NominationListView): Prisma.NominationWhereInput | null {
  if (view === "admin") return hasRole(actor, "ADMIN") ? {} : null;
  return officerNominationsWhere(actor);
}

/** `text` for a LIKE pattern, its wildcards taken literally (PostgreSQL's default escape is "\"). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const rowSelect = {
  id: true,
  nomineeName: true,
  nomineeKind: true,
  status: true,
  updatedAt: true,
  awardTitle: { select: { name: true, nameEn: true } },
  unit: { select: { name: true } },
  movement: { select: { id: true, name: true, nameEn: true } },
} satisfies Prisma.NominationSelect;

/** Sort orders, each ending in the id so pages never overlap or skip. */
export function orderByOf(params: Pick<ListNominationsParams, "sort" | "dir">): Prisma.NominationOrderByWithRelationInput[] {
  const order = sortOrderOf(params);
  switch (params.sort) {
    case "name":
      return [{ nomineeNameSearch: order }, { id: order }];
    case "status":
      // Statuses sort in workflow order (the enum's order), most recently changed first within one.
      return [{ status: order }, { updatedAt: "desc" }, { id: "desc" }];
    case "updated":
      return [{ updatedAt: order }, { id: order }];
  }
}

type FilterUnit = { id: string; name: string; path: string; headcount: number | null };

/**
 * The `where` of a list view: visibility AND the filters. Null when the view shows nothing
 * (not the actor's view, or a unit filter naming a unit that does not exist).
 */
export async function listWhere(options: { actor: Actor | null; view: NominationListView; params: ListNominationsParams }) {
  const visible = visibleNominationsWhere(options.actor, options.view);
  if (!visible) throw forbidden();
  const { params } = options;
  const filters: Prisma.NominationWhereInput[] = [visible];
  if (params.movement) filters.push({ movementId: params.movement });
  if (params.title) filters.push({ awardTitleId: params.title });
  if (params.status) filters.push({ status: params.status });
  let unit: FilterUnit | null = null;
  if (params.unit) {
    unit = await db().unit.findUnique({ where: { id: params.unit }, select: { id: true, name: true, path: true, headcount: true } });
    if (!unit) return { where: null, unit: null };
    filters.push({ unit: { path: { startsWith: unit.path } } });
  }
  const q = toSearchText(params.q);
  if (q) filters.push({ nomineeNameSearch: { contains: escapeLike(q) } });
  return { where: { AND: filters } satisfies Prisma.NominationWhereInput, unit };
}

/** One page of the nominations `actor` may see in `view`, filtered, searched and sorted; 25 a page. */
export async function listNominations(options: { actor: Actor | null; view: NominationListView; params: ListNominationsParams }): Promise<NominationListPage> {
  const { actor, view, params } = options;
  const { where, unit } = await listWhere(options);
  const quotaPromise = params.movement ? quotaPanel({ actor: actor!, view, movementId: params.movement, unit }) : Promise.resolve(null);
  if (!where) return { rows: [], total: 0, page: 1, pageCount: 1, quota: await quotaPromise };
  const orderBy = orderByOf(params);
  const requested = Math.max(1, params.page);
  const pageOf = (page: number) =>
    db().nomination.findMany({ where, orderBy, skip: (page - 1) * nominationPageSize, take: nominationPageSize, select: rowSelect });
  // Count and the requested page in parallel: one round trip in the usual case, a second only
  // when the requested page lies past the end.
  const [total, firstTry, quota] = await Promise.all([db().nomination.count({ where }), pageOf(requested), quotaPromise]);
  const pageCount = Math.max(1, Math.ceil(total / nominationPageSize));
  const page = Math.min(requested, pageCount);
  const rows = page === requested ? firstTry : await pageOf(page);
  return {
    rows: rows.map(({ awardTitle, ...row }) => ({ ...row, title: awardTitle })),
    total,
    page,
    pageCount,
    quota,
  };
}

/**
 * Places used per title of a movement, for the movement and for one unit: the unit filtered on,
 * else an officer's own (first) unit. Null when the movement cannot be seen in this view.
 */
async function quotaPanel(options: { actor: Actor; view: NominationListView; movementId: string; unit: FilterUnit | null }): Promise<NominationQuotaPanel | null> {
  const { actor, view, movementId } = options;
  // Officers never see a draft movement's titles, whatever other roles they hold.
  const movementWhere: Prisma.MovementWhereInput = view === "admin" ? {} : { status: { not: "DRAFT" } };
  const movement = await db().movement.findFirst({
    where: { id: movementId, ...movementWhere },
    select: { awardTitles: { orderBy: { position: "asc" }, select: { id: true, name: true, nameEn: true, quotaTotal: true, quotaPerUnit: true, quotaPerUnitPercent: true } } },
  });
  if (!movement) return null;
  const unit = await quotaUnit(actor, view, options.unit);
  // Only titles capped for the whole movement need its count: counting every nomination of a
  // large movement costs tens of milliseconds a page view (see scripts/bench/nomination-list.ts).
  const cappedIds = movement.awardTitles.filter((title) => title.quotaTotal !== null).map((title) => title.id);
  const [movementUsed, unitUsed] = await Promise.all([
    cappedIds.length > 0 ? usageByTitle({ movementId, awardTitleId: { in: cappedIds } }) : new Map<string, number>(),
    unit ? usageByTitle({ movementId, unitId: unit.id }) : new Map<string, number>(),
  ]);
  return {
    unit: unit ? { id: unit.id, name: unit.name, headcount: unit.headcount } : null,
    titles: movement.awardTitles.map((title) => ({
      id: title.id,
      name: title.name,
      nameEn: title.nameEn,
      quotaTotal: title.quotaTotal,
      movementUsed: title.quotaTotal === null ? null : (movementUsed.get(title.id) ?? 0),
      unitLimit: unit ? unitLimit(title, unit.headcount) : null,
      unitUsed: unitUsed.get(title.id) ?? 0,
    })),
  };
}

/** The unit a quota panel counts for: the filtered unit when the viewer may see it, else an officer's own. */
async function quotaUnit(actor: Actor, view: NominationListView, filtered: FilterUnit | null): Promise<FilterUnit | null> {
  if (filtered && (view === "admin" || officerScopes(actor).some((scope) => filtered.path.startsWith(scope)))) return filtered;
  if (view !== "officer") return null;
  const own = actor.roles.find((r) => r.role === "OFFICER");
  if (!own) return null;
  return db().unit.findUnique({ where: { id: own.unitId }, select: { id: true, name: true, path: true, headcount: true } });
}

/** Places taken per title among the nominations `where` selects (quotas.ts decides which statuses take one). */
async function usageByTitle(where: Prisma.NominationWhereInput): Promise<Map<string, number>> {
  const rows = await db().nomination.groupBy({
    by: ["awardTitleId"],
    where: { ...where, status: { in: [...quotaCountingStatuses] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.awardTitleId, row._count._all]));
}
