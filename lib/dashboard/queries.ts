// What the dashboard (thống kê) counts, for administrators (everything) and officers (their
// units: lib/dashboard/scope.ts). Every count is an SQL aggregate over the nominations,
// registrations and honorees of one movement, a handful of queries per page whatever the size
// (the budget is < 200 ms at 200,000 nominations), read through the nomination index
// (movementId, unitId, awardTitleId, status). Recognitions per year across all movements are
// counted in lib/dashboard/years.ts.
//
// Definitions (docs/decisions/0008):
// - "nominated" counts dossiers in the process: every status but DRAFT and WITHDRAWN (drafts
//   are an officer's unfinished work, withdrawn ones left it); byStatus still lists those two.
// - A nomination counts for the nominee's unit (Nomination.unitId), as the policy decides who
//   sees it (canViewNomination), not for the unit that filed it.
// - "honoured" counts recognitions in force: honorees neither revoked nor of a revoked decision,
//   published or not (the decision is issued; the roster's publication is another matter).
// - Rows by unit: one per unit one level below each subtree the viewer sees (the coverage root
//   for an administrator, each officer's own unit when it lies inside the coverage), each rolled
//   up over its subtree, plus a row for the subtree's top unit itself. An officer of a ministry
//   union so sees its grassroots unions rather than one row of totals; the rows partition the
//   units seen, so they add up to the totals.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { NominationStatus, type MovementStatus } from "../generated/prisma/enums";
import { isUuid } from "../ids";
import { can, hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { unitsWithinScopes } from "../units/scope";
import { dashboardScopes, idsOnPaths } from "./scope";

export const nominationStatuses = Object.values(NominationStatus);

/** Stages of a dossier the rows by unit count apart. */
export const statusGroups = {
  draft: ["DRAFT"],
  submitted: ["SUBMITTED", "RETURNED"],
  inReview: ["IN_REVIEW", "SHORTLISTED"],
  approved: ["APPROVED", "HONOURED"],
  notSelected: ["NOT_SELECTED", "REJECTED"],
  withdrawn: ["WITHDRAWN"],
} as const satisfies Record<string, readonly NominationStatus[]>;

export type StatusGroup = keyof typeof statusGroups;
export const statusGroupKeys = Object.keys(statusGroups) as StatusGroup[];

/** Statuses that are not dossiers in the process (see the header). */
const outsideProcess: readonly NominationStatus[] = ["DRAFT", "WITHDRAWN"];

export interface DashboardMovement {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  status: MovementStatus;
  startsOn: Date;
  endsOn: Date;
}

const movementSelect = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  status: true,
  startsOn: true,
  endsOn: true,
} as const;

/** The movements `actor` may pick on the dashboard, newest first: not drafts; for an officer, those covering one of their units. */
export async function dashboardMovements(actor: Actor): Promise<DashboardMovement[]> {
  if (!can(actor, "dashboard.view")) return [];
  const where: Prisma.MovementWhereInput = { status: { not: "DRAFT" } };
  if (!hasRole(actor, "ADMIN")) {
    const scopes = officerScopes(actor);
    // Covering a unit of theirs: the coverage root is one of their units or above them, or lies below one.
    where.OR = [{ coverageUnitId: { in: idsOnPaths(scopes) } }, { coverageUnit: unitsWithinScopes(scopes) }];
  }
  return db().movement.findMany({
    where,
    orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: movementSelect,
  });
}

export interface Participation {
  /** Active units of the coverage the viewer sees. */
  unitsCovered: number;
  /** Units with a registration (đăng ký thi đua) for the movement. */
  unitsRegistered: number;
  /** Units with at least one nominee in the process. */
  unitsNominating: number;
  /** Units with at least one recognition in force. */
  unitsHonoured: number;
}

export interface UnitRow extends Participation {
  unitId: string;
  name: string;
  /** The row of a subtree's top unit, counting only its own nominees (the others are in its children's rows). */
  isScopeUnit: boolean;
  byGroup: Record<StatusGroup, number>;
  /** Dossiers in the process (every group but draft and withdrawn). */
  nominated: number;
}

/** A unit row's label (`ownRow` formats the top unit's, which counts only its own dossiers). */
export function unitRowLabel(row: Pick<UnitRow, "name" | "isScopeUnit">, ownRow: (name: string) => string): string {
  return row.isScopeUnit ? ownRow(row.name) : row.name;
}

export interface TitleRow {
  titleId: string;
  name: string;
  nameEn: string | null;
  /** Dossiers in the process for this title. */
  count: number;
  honoured: number;
}

export interface MovementDashboard {
  movement: DashboardMovement & { coverageUnitName: string };
  byStatus: { status: NominationStatus; count: number }[];
  byTitle: TitleRow[];
  byUnit: UnitRow[];
  participation: Participation;
}

/** The counts of one movement as `actor` may see them; null when it is a draft, does not exist or covers none of an officer's units. */
export async function movementDashboard(actor: Actor, movementId: string): Promise<MovementDashboard | null> {
  if (!can(actor, "dashboard.view") || !isUuid(movementId)) return null;
  const movement = await db().movement.findFirst({
    where: { id: movementId, status: { not: "DRAFT" } },
    select: { ...movementSelect, coverageUnit: { select: { name: true, path: true } } },
  });
  if (!movement) return null;
  const scopes = dashboardScopes(actor, movement.coverageUnit.path);
  if (scopes.length === 0) return null;
  const { unitRows, byTitle } = await movementCounts(movement.id, scopes);
  const byUnit = unitRows.map(toUnitRow);
  const { coverageUnit, ...rest } = movement;
  return {
    movement: { ...rest, coverageUnitName: coverageUnit.name },
    // The rows partition the units seen, so their sums are the totals.
    byStatus: nominationStatuses.map((status, index) => ({
      status,
      count: sum(unitRows.map((row) => row.byStatus[index] ?? 0)),
    })),
    byTitle,
    byUnit,
    participation: {
      unitsCovered: sum(byUnit.map((row) => row.unitsCovered)),
      unitsRegistered: sum(byUnit.map((row) => row.unitsRegistered)),
      unitsNominating: sum(byUnit.map((row) => row.unitsNominating)),
      unitsHonoured: sum(byUnit.map((row) => row.unitsHonoured)),
    },
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

interface UnitCountRow extends Participation {
  unitId: string;
  name: string;
  isScopeUnit: boolean;
  /** Counts in the order of `nominationStatuses`. */
  byStatus: number[];
}

function toUnitRow(row: UnitCountRow): UnitRow {
  const count = (status: NominationStatus) => row.byStatus[nominationStatuses.indexOf(status)] ?? 0;
  const byGroup = Object.fromEntries(
    statusGroupKeys.map((group) => [group, sum(statusGroups[group].map(count))]),
  ) as Record<StatusGroup, number>;
  const nominated = sum(nominationStatuses.filter((status) => !outsideProcess.includes(status)).map(count));
  return {
    unitId: row.unitId,
    name: row.name,
    isScopeUnit: row.isScopeUnit,
    unitsCovered: row.unitsCovered,
    unitsRegistered: row.unitsRegistered,
    unitsNominating: row.unitsNominating,
    unitsHonoured: row.unitsHonoured,
    byGroup,
    nominated,
  };
}

/** The subtrees seen, as a derived table `scope(path)`. */
const scopeTable = (scopes: string[]) => Prisma.sql`SELECT path FROM unnest(${scopes}::text[]) AS path`;

/**
 * One query for both tables: one row per unit group (see the header), with participation and
 * nominations by status, and one row per award title. Each unit seen is mapped to its group by
 * the path segment after its scope (ids are 36-character UUIDs), so the nominations are joined
 * on ids, never compared against every prefix. The nominations are counted once per unit, title
 * and status, and both tables are summed from those counts.
 */
async function movementCounts(
  movementId: string,
  scopes: string[],
): Promise<{ unitRows: UnitCountRow[]; byTitle: TitleRow[] }> {
  const statusCounts = Prisma.join(
    nominationStatuses.map(
      (status) => Prisma.sql`coalesce(sum(p.n) FILTER (WHERE p.status = ${status}::"NominationStatus"), 0)`,
    ),
  );
  const [counts] = await db().$queryRaw<{ unitRows: UnitCountRow[]; byTitle: TitleRow[] }[]>`
    WITH scope AS (${scopeTable(scopes)}),
    grp AS (
      SELECT u.id, u.name, u."isActive", true AS "isScopeUnit" FROM "Unit" u JOIN scope s ON u.path = s.path
      UNION ALL
      SELECT c.id, c.name, c."isActive", false FROM "Unit" c JOIN "Unit" p ON p.id = c."parentId" JOIN scope s ON p.path = s.path
    ),
    member AS (
      SELECT u.id AS "unitId", u."isActive",
             CASE WHEN u.path = s.path THEN u.id ELSE substring(u.path FROM length(s.path) + 1 FOR 36)::uuid END AS "groupId"
      FROM "Unit" u JOIN scope s ON starts_with(u.path, s.path)
    ),
    covered AS (SELECT "groupId", count(*) FILTER (WHERE "isActive") AS units FROM member GROUP BY "groupId"),
    -- Counted per unit first, then per group: the distinct-unit count then runs over units,
    -- not over every nomination (about half the time at 200,000 nominations).
    per_unit AS (
      SELECT n."unitId", n."awardTitleId", n.status, count(*) AS n
      FROM "Nomination" n
      WHERE n."movementId" = ${movementId}::uuid AND n."unitId" IN (SELECT "unitId" FROM member)
      GROUP BY n."unitId", n."awardTitleId", n.status
    ),
    nominated AS (
      SELECT m."groupId", ARRAY[${statusCounts}]::int[] AS "byStatus",
             count(DISTINCT p."unitId") FILTER (WHERE p.status NOT IN ('DRAFT', 'WITHDRAWN')) AS units
      FROM per_unit p JOIN member m ON m."unitId" = p."unitId"
      GROUP BY m."groupId"
    ),
    registered AS (
      SELECT m."groupId", count(DISTINCT r."unitId") AS units
      FROM "Registration" r JOIN member m ON m."unitId" = r."unitId"
      WHERE r."movementId" = ${movementId}::uuid
      GROUP BY m."groupId"
    ),
    honorees AS (
      SELECT h."unitId", h."awardTitleId", m."groupId"
      FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" JOIN member m ON m."unitId" = h."unitId"
      WHERE h."movementId" = ${movementId}::uuid AND h."revokedAt" IS NULL AND d."revokedAt" IS NULL
    ),
    honoured AS (SELECT "groupId", count(DISTINCT "unitId") AS units FROM honorees GROUP BY "groupId"),
    title_nominated AS (
      SELECT "awardTitleId" AS id, sum(n) FILTER (WHERE status NOT IN ('DRAFT', 'WITHDRAWN')) AS n FROM per_unit GROUP BY "awardTitleId"
    ),
    title_honoured AS (SELECT "awardTitleId" AS id, count(*) AS n FROM honorees GROUP BY "awardTitleId"),
    unit_rows AS (
      SELECT g.id::text AS "unitId", g.name, g."isScopeUnit",
             coalesce(c.units, 0)::int AS "unitsCovered", coalesce(r.units, 0)::int AS "unitsRegistered",
             coalesce(n.units, 0)::int AS "unitsNominating", coalesce(h.units, 0)::int AS "unitsHonoured",
             coalesce(n."byStatus", ARRAY[]::int[]) AS "byStatus", g.id AS "sortId"
      FROM grp g
      LEFT JOIN covered c ON c."groupId" = g.id
      LEFT JOIN nominated n ON n."groupId" = g.id
      LEFT JOIN registered r ON r."groupId" = g.id
      LEFT JOIN honoured h ON h."groupId" = g.id
      -- A closed unit stays while something of this movement counts in it.
      WHERE g."isScopeUnit" OR g."isActive" OR n."groupId" IS NOT NULL OR r."groupId" IS NOT NULL OR h."groupId" IS NOT NULL
    ),
    title_rows AS (
      SELECT t.id::text AS "titleId", t.name, t."nameEn", coalesce(n.n, 0)::int AS count, coalesce(h.n, 0)::int AS honoured, t.position
      FROM "AwardTitle" t LEFT JOIN title_nominated n ON n.id = t.id LEFT JOIN title_honoured h ON h.id = t.id
      WHERE t."movementId" = ${movementId}::uuid
    )
    SELECT
      coalesce((SELECT json_agg(json_build_object('unitId', u."unitId", 'name', u.name, 'isScopeUnit', u."isScopeUnit",
                  'unitsCovered', u."unitsCovered", 'unitsRegistered', u."unitsRegistered", 'unitsNominating', u."unitsNominating",
                  'unitsHonoured', u."unitsHonoured", 'byStatus', u."byStatus") ORDER BY u."isScopeUnit" DESC, u.name, u."sortId")
                FROM unit_rows u), '[]'::json) AS "unitRows",
      coalesce((SELECT json_agg(json_build_object('titleId', t."titleId", 'name', t.name, 'nameEn', t."nameEn", 'count', t.count, 'honoured', t.honoured)
                  ORDER BY t.position)
                FROM title_rows t), '[]'::json) AS "byTitle"`;
  return counts ?? { unitRows: [], byTitle: [] };
}
