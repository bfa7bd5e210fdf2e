// What the dashboard (thống kê) counts, for administrators (everything) and officers (their
// units: lib/dashboard/scope.ts). Every count is an SQL aggregate over the nominations,
// registrations and honorees of one movement, a handful of queries per page whatever the size
// (the budget is < 200 ms at 200,000 nominations), read through the nomination index
// (movementId, unitId, awardTitleId, status).
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
import { NominationStatus, type MovementStatus, type NomineeKind } from "../generated/prisma/enums";
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

const movementSelect = { id: true, code: true, name: true, nameEn: true, status: true, startsOn: true, endsOn: true } as const;

/** The movements `actor` may pick on the dashboard, newest first: not drafts; for an officer, those covering one of their units. */
export async function dashboardMovements(actor: Actor): Promise<DashboardMovement[]> {
  if (!can(actor, "dashboard.view")) return [];
  const where: Prisma.MovementWhereInput = { status: { not: "DRAFT" } };
  if (!hasRole(actor, "ADMIN")) {
    const scopes = officerScopes(actor);
    // Covering a unit of theirs: the coverage root is one of their units or above them, or lies below one.
    where.OR = [{ coverageUnitId: { in: idsOnPaths(scopes) } }, { coverageUnit: unitsWithinScopes(scopes) }];
  }
  return db().movement.findMany({ where, orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }, { id: "asc" }], select: movementSelect });
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
  const [unitRows, byTitle] = await Promise.all([unitCounts(movement.id, scopes), titleCounts(movement.id, scopes)]);
  const byUnit = unitRows.map(toUnitRow);
  const { coverageUnit, ...rest } = movement;
  return {
    movement: { ...rest, coverageUnitName: coverageUnit.name },
    // The rows partition the units seen, so their sums are the totals.
    byStatus: nominationStatuses.map((status, index) => ({ status, count: sum(unitRows.map((row) => row.byStatus[index] ?? 0)) })),
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
  const byGroup = Object.fromEntries(statusGroupKeys.map((group) => [group, sum(statusGroups[group].map(count))])) as Record<StatusGroup, number>;
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
 * One row per unit group (see the header): participation and nominations by status. Each unit
 * seen is mapped to its group by the path segment after its scope (ids are 36-character
 * UUIDs), so the nominations are joined on ids, never compared against every prefix.
 */
async function unitCounts(movementId: string, scopes: string[]): Promise<UnitCountRow[]> {
  const statusCounts = Prisma.join(nominationStatuses.map((status) => Prisma.sql`coalesce(sum(p.n) FILTER (WHERE p.status = ${status}::"NominationStatus"), 0)`));
  return db().$queryRaw<UnitCountRow[]>`
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
      SELECT n."unitId", n.status, count(*) AS n
      FROM "Nomination" n
      WHERE n."movementId" = ${movementId}::uuid AND n."unitId" IN (SELECT "unitId" FROM member)
      GROUP BY n."unitId", n.status
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
    honoured AS (
      SELECT m."groupId", count(DISTINCT h."unitId") AS units
      FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" JOIN member m ON m."unitId" = h."unitId"
      WHERE h."movementId" = ${movementId}::uuid AND h."revokedAt" IS NULL AND d."revokedAt" IS NULL
      GROUP BY m."groupId"
    )
    SELECT g.id::text AS "unitId", g.name, g."isScopeUnit",
           coalesce(c.units, 0)::int AS "unitsCovered", coalesce(r.units, 0)::int AS "unitsRegistered",
           coalesce(n.units, 0)::int AS "unitsNominating", coalesce(h.units, 0)::int AS "unitsHonoured",
           coalesce(n."byStatus", ARRAY[]::int[]) AS "byStatus"
    FROM grp g
    LEFT JOIN covered c ON c."groupId" = g.id
    LEFT JOIN nominated n ON n."groupId" = g.id
    LEFT JOIN registered r ON r."groupId" = g.id
    LEFT JOIN honoured h ON h."groupId" = g.id
    -- A closed unit stays while something of this movement counts in it.
    WHERE g."isScopeUnit" OR g."isActive" OR n."groupId" IS NOT NULL OR r."groupId" IS NOT NULL OR h."groupId" IS NOT NULL
    ORDER BY g."isScopeUnit" DESC, g.name, g.id`;
}

/** Per award title of the movement (in its order): dossiers in the process and recognitions in force, within the scopes. */
async function titleCounts(movementId: string, scopes: string[]): Promise<TitleRow[]> {
  return db().$queryRaw<TitleRow[]>`
    WITH scope AS (${scopeTable(scopes)}),
    nominated AS (
      SELECT n."awardTitleId" AS id, count(*) AS n
      FROM "Nomination" n
      WHERE n."movementId" = ${movementId}::uuid AND n.status NOT IN ('DRAFT', 'WITHDRAWN')
        AND n."unitId" IN (SELECT u.id FROM "Unit" u JOIN scope s ON starts_with(u.path, s.path))
      GROUP BY n."awardTitleId"
    ),
    honoured AS (
      SELECT h."awardTitleId" AS id, count(*) AS n
      FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId"
      WHERE h."movementId" = ${movementId}::uuid AND h."revokedAt" IS NULL AND d."revokedAt" IS NULL
        AND h."unitId" IN (SELECT u.id FROM "Unit" u JOIN scope s ON starts_with(u.path, s.path))
      GROUP BY h."awardTitleId"
    )
    SELECT t.id::text AS "titleId", t.name, t."nameEn", coalesce(n.n, 0)::int AS count, coalesce(h.n, 0)::int AS honoured
    FROM "AwardTitle" t LEFT JOIN nominated n ON n.id = t.id LEFT JOIN honoured h ON h.id = t.id
    WHERE t."movementId" = ${movementId}::uuid
    ORDER BY t.position`;
}

export interface YearRow {
  year: number;
  individual: number;
  collective: number;
}

/**
 * Recognitions in force per year of award (Honoree.awardedOn, the decision's date) across all
 * movements, individuals and collectives apart: everything for an administrator, the honorees
 * of their units for an officer, published or not (see the header). Years between the first
 * and the last without any are listed with zeros, so a chart's axis has no gaps.
 */
export async function honoreesPerYear(actor: Actor): Promise<YearRow[]> {
  if (!can(actor, "dashboard.view")) return [];
  const inScope = hasRole(actor, "ADMIN")
    ? Prisma.empty
    : Prisma.sql`AND EXISTS (SELECT 1 FROM unnest(${officerScopes(actor)}::text[]) AS s(path) WHERE starts_with(u.path, s.path))`;
  const rows = await db().$queryRaw<{ year: number; kind: NomineeKind; count: number }[]>`
    SELECT extract(year FROM h."awardedOn")::int AS year, h.kind, count(*)::int AS count
    FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" JOIN "Unit" u ON u.id = h."unitId"
    WHERE h."revokedAt" IS NULL AND d."revokedAt" IS NULL ${inScope}
    GROUP BY 1, 2`;
  if (rows.length === 0) return [];
  const present = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const first = present[0]!;
  const span = present[present.length - 1]! - first + 1;
  // Gaps are filled over a span a chart can show; beyond it (a mistyped year) only years with honorees.
  const years = span <= maxFilledYears ? Array.from({ length: span }, (_, i) => first + i) : present;
  const count = (year: number, kind: NomineeKind) => rows.find((row) => row.year === year && row.kind === kind)?.count ?? 0;
  return years.map((year) => ({ year, individual: count(year, "INDIVIDUAL"), collective: count(year, "COLLECTIVE") }));
}

const maxFilledYears = 40;
