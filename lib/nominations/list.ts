// Nomination lists: an officer's (the nominees of their units and the units below) and an
// administrator's (every nomination, usually of one movement). Who sees what is decided by
// the same rule as canViewNomination, written into the query's `where`.
import { db } from "../db";
import { forbidden } from "../errors";
import type { LevelState, NominationStatus, NomineeKind, Prisma } from "../generated/prisma/client";
import { hasRole } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { sortOrderOf, type ListNominationsParams, type NominationListView } from "./list-params";
import { quotaPanel, type NominationQuotaPanel } from "./list-quota";
import { officerNominationsWhere } from "./scope";

export const nominationPageSize = 25;

export interface NominationListRow {
  id: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  status: NominationStatus;
  updatedAt: Date;
  title: { name: string; nameEn: string | null };
  unit: { name: string };
  movement: { id: string; name: string; nameEn: string | null };
  /** The level that holds it (with its state there) or that did not forward it; null when neither (lib/levels/where.ts). */
  level: { unitName: string; state: LevelState } | null;
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
export function listViewWhere(actor: Actor | null, view: NominationListView): Prisma.NominationWhereInput | null {
  if (view === "admin") return hasRole(actor, "ADMIN") ? {} : null;
  return officerNominationsWhere(actor);
}

/** `text` for a LIKE pattern, its wildcards taken literally (PostgreSQL's default escape is "\"). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

// Ids, not relations: Prisma reads each relation in a query of its own; rowsWithNames reads
// the three in one.
const rowSelect = {
  id: true,
  nomineeName: true,
  nomineeKind: true,
  status: true,
  updatedAt: true,
  awardTitleId: true,
  unitId: true,
  movementId: true,
  levelUnitId: true,
} satisfies Prisma.NominationSelect;

/** Sort orders, each ending in the id so pages never overlap or skip. */
export function orderByOf(
  params: Pick<ListNominationsParams, "sort" | "dir">,
): Prisma.NominationOrderByWithRelationInput[] {
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

type FilterUnit = { id: string; path: string };

/**
 * The `where` of a list view: visibility AND the filters. Null when the view shows nothing
 * (not the actor's view, or a unit filter naming a unit that does not exist).
 */
export async function listWhere(options: {
  actor: Actor | null;
  view: NominationListView;
  params: ListNominationsParams;
}) {
  const visible = listViewWhere(options.actor, options.view);
  if (!visible) throw forbidden();
  const { params } = options;
  const filters: Prisma.NominationWhereInput[] = [visible];
  if (params.movement) filters.push({ movementId: params.movement });
  if (params.title) filters.push({ awardTitleId: params.title });
  if (params.status) filters.push({ status: params.status });
  let unit: FilterUnit | null = null;
  if (params.unit) {
    unit = await db().unit.findUnique({ where: { id: params.unit }, select: { id: true, path: true } });
    if (!unit) return { where: null, unit: null };
    filters.push({ unit: { path: { startsWith: unit.path } } });
  }
  const q = toSearchText(params.q);
  if (q) filters.push({ nomineeNameSearch: { contains: escapeLike(q) } });
  return { where: { AND: filters } satisfies Prisma.NominationWhereInput, unit };
}

/** One page of the nominations `actor` may see in `view`, filtered, searched and sorted; 25 a page. */
export async function listNominations(options: {
  actor: Actor | null;
  view: NominationListView;
  params: ListNominationsParams;
}): Promise<NominationListPage> {
  const { actor, view, params } = options;
  const { where, unit } = await listWhere(options);
  const quotaPromise = params.movement
    ? quotaPanel({ actor: actor!, view, movementId: params.movement, filteredUnit: unit })
    : Promise.resolve(null);
  if (!where) return { rows: [], total: 0, page: 1, pageCount: 1, quota: await quotaPromise };
  const orderBy = orderByOf(params);
  const requested = Math.max(1, params.page);
  const pageOf = (page: number) =>
    db().nomination.findMany({
      where,
      orderBy,
      skip: (page - 1) * nominationPageSize,
      take: nominationPageSize,
      select: rowSelect,
    });
  // Count and the requested page in parallel: one round trip in the usual case, a second only
  // when the requested page lies past the end.
  const [total, firstTry, quota] = await Promise.all([
    db().nomination.count({ where }),
    pageOf(requested),
    quotaPromise,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / nominationPageSize));
  const page = Math.min(requested, pageCount);
  const rows = page === requested ? firstTry : await pageOf(page);
  return {
    rows: await rowsWithNames(rows),
    total,
    page,
    pageCount,
    quota,
  };
}

type RowIds = Prisma.NominationGetPayload<{ select: typeof rowSelect }>;

/** The rows with the names of their title, unit, movement and current level (with its state there), read in one query. */
async function rowsWithNames(rows: RowIds[]): Promise<NominationListRow[]> {
  if (rows.length === 0) return [];
  const ids = (key: "awardTitleId" | "unitId" | "movementId") => [...new Set(rows.map((row) => row[key]))];
  // Held by a level now, or stopped by one (lib/levels/where.ts).
  const onRoute = rows.filter((row) => row.levelUnitId !== null || row.status === "NOT_SELECTED").map((row) => row.id);
  // A level row's state travels in the nameEn column: one statement for every name the page shows.
  const names = await db().$queryRaw<
    { kind: "title" | "unit" | "movement" | "level"; id: string; name: string; nameEn: string | null }[]
  >`
    SELECT 'title' AS kind, id::text, name, "nameEn" FROM "AwardTitle" WHERE id = ANY(${ids("awardTitleId")}::uuid[])
    UNION ALL SELECT 'unit', id::text, name, NULL FROM "Unit" WHERE id = ANY(${ids("unitId")}::uuid[])
    UNION ALL SELECT 'movement', id::text, name, "nameEn" FROM "Movement" WHERE id = ANY(${ids("movementId")}::uuid[])
    UNION ALL SELECT 'level', n.id::text, u.name, l.state::text
      FROM "Nomination" n
      JOIN "NominationLevel" l ON l."nominationId" = n.id AND l.cycle = n."routeCycle"
        AND (l."unitId" = n."levelUnitId" OR (n.status = 'NOT_SELECTED' AND l.state = 'NOT_FORWARDED'))
      JOIN "Unit" u ON u.id = l."unitId"
      WHERE n.id = ANY(${onRoute}::uuid[])`;
  const named = new Map(names.map((row) => [`${row.kind} ${row.id}`, row]));
  const of = (kind: string, id: string) => {
    const row = named.get(`${kind} ${id}`);
    // Foreign keys guarantee the row; a miss would be a bug, not data to hide.
    if (!row) throw new Error(`nomination list: no ${kind} ${id}`);
    return row;
  };
  return rows.map(({ id, nomineeName, nomineeKind, status, updatedAt, awardTitleId, unitId, movementId }) => {
    const title = of("title", awardTitleId);
    const movement = of("movement", movementId);
    const level = named.get(`level ${id}`);
    return {
      id,
      nomineeName,
      nomineeKind,
      status,
      updatedAt,
      title: { name: title.name, nameEn: title.nameEn },
      unit: { name: of("unit", unitId).name },
      movement: { id: movementId, name: movement.name, nameEn: movement.nameEn },
      level: level ? { unitName: level.name, state: level.nameEn as LevelState } : null,
    };
  });
}
