// Allotments (phân bổ chỉ tiêu, decision 0012): how many dossiers of a title a unit may send up,
// forwarded as a level or submitted as the nominating unit. The organiser allots to the units
// whose next level is the top; a level to the units whose next level it is.
import { Prisma } from "../generated/prisma/client";
import type { Refusal } from "../errors";
import type { RouteContext } from "./context";
import { routeFor } from "./context";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Counts per unit, then per title. */
export type UnitTitleCounts = Map<string, Map<string, number>>;

const add = (counts: UnitTitleCounts, unitId: string, titleId: string, n: number) => {
  const byTitle = counts.get(unitId) ?? new Map<string, number>();
  byTitle.set(titleId, (byTitle.get(titleId) ?? 0) + n);
  counts.set(unitId, byTitle);
};

/**
 * How many dossiers of each title each of `unitIds` has sent up in the movement and not had
 * back: forwarded at its level in the dossier's live submission (NominationLevel.isCurrent), or
 * submitted as its nominating unit. A dossier returned for revision or withdrawn frees its place.
 */
export async function sentUpCounts(
  client: Reader,
  movementId: string,
  unitIds: readonly string[],
  exceptNominationId: string | null = null,
): Promise<UnitTitleCounts> {
  const counts: UnitTitleCounts = new Map();
  if (unitIds.length === 0) return counts;
  const rows = await client.$queryRaw<{ unitId: string; titleId: string; count: number }[]>`
    SELECT l."unitId"::text AS "unitId", l."awardTitleId"::text AS "titleId", count(*)::int AS count
    FROM "NominationLevel" l
    WHERE l."movementId" = ${movementId}::uuid AND l."unitId" = ANY(${[...unitIds]}::uuid[]) AND l."isCurrent" AND l.state = 'FORWARDED'
      AND l."nominationId" IS DISTINCT FROM ${exceptNominationId}::uuid
    GROUP BY 1, 2
    UNION ALL
    SELECT n."nominatingUnitId"::text, n."awardTitleId"::text, count(*)::int
    FROM "Nomination" n
    WHERE n."movementId" = ${movementId}::uuid AND n."nominatingUnitId" = ANY(${[...unitIds]}::uuid[])
      AND n.status NOT IN ('DRAFT', 'RETURNED', 'WITHDRAWN') AND n.id IS DISTINCT FROM ${exceptNominationId}::uuid
    GROUP BY 1, 2`;
  for (const row of rows) add(counts, row.unitId, row.titleId, row.count);
  return counts;
}

/** The allotments of `unitIds` in the movement, per unit then title (absent: unlimited). */
export async function allotmentsOf(
  client: Pick<Prisma.TransactionClient, "levelAllotment">,
  movementId: string,
  unitIds: readonly string[],
): Promise<UnitTitleCounts> {
  const rows = await client.levelAllotment.findMany({
    where: { movementId, unitId: { in: [...unitIds] } },
    select: { unitId: true, awardTitleId: true, quota: true },
  });
  const quotas: UnitTitleCounts = new Map();
  for (const row of rows) add(quotas, row.unitId, row.awardTitleId, row.quota);
  return quotas;
}

/**
 * Why sending up `adding` more dossiers (per title) from `unitId` would exceed its allotments:
 * one refusal per title over, none when within. The caller holds the lock that serializes this
 * unit's sending up (its Unit row FOR UPDATE).
 */
export async function allotmentRefusals(
  tx: Prisma.TransactionClient,
  options: {
    movementId: string;
    unitId: string;
    unitName: string;
    adding: ReadonlyMap<string, number>;
    exceptNominationId?: string;
  },
): Promise<Refusal[]> {
  const titleIds = [...options.adding.keys()];
  const [quotas, used, titles] = [
    await allotmentsOf(tx, options.movementId, [options.unitId]),
    // The dossier being submitted is already marked submitted in this transaction: it is what is added, not what was there.
    await sentUpCounts(tx, options.movementId, [options.unitId], options.exceptNominationId ?? null),
    await tx.awardTitle.findMany({ where: { id: { in: titleIds } }, select: { id: true, name: true } }),
  ];
  const refusals: Refusal[] = [];
  for (const title of titles) {
    const quota = quotas.get(options.unitId)?.get(title.id);
    if (quota === undefined) continue;
    const already = used.get(options.unitId)?.get(title.id) ?? 0;
    const adding = options.adding.get(title.id) ?? 0;
    if (already + adding > quota) {
      refusals.push({
        code: "allotmentExceeded",
        values: {
          unit: options.unitName,
          title: title.name,
          quota: String(quota),
          used: String(already),
          adding: String(adding),
        },
      });
    }
  }
  return refusals;
}

/** The unit that allots to the unit at `path`: its next level on the route, or null for the organiser. */
export function allotterOf(context: RouteContext, path: string): string | null {
  return routeFor(context, path)[0] ?? null;
}
