// Quotas of award titles: how many nominations a unit (and the whole movement) may put forward
// for a title, and how many it has used. Used by eligibility at submission and by the lists.
import { db } from "../db";
import type { NominationStatus, Prisma } from "../generated/prisma/client";

/** Nominations that occupy a quota place: everything put forward, except drafts and withdrawn ones. */
export const quotaCountingStatuses: readonly NominationStatus[] = [
  "SUBMITTED",
  "RETURNED",
  "IN_REVIEW",
  "SHORTLISTED",
  "NOT_SELECTED",
  "APPROVED",
  "REJECTED",
  "HONOURED",
];

export interface TitleQuota {
  quotaTotal: number | null;
  quotaPerUnit: number | null;
  quotaPerUnitPercent: number | null;
}

/**
 * A unit's limit for a title: the count, the share of its headcount (rounded down), or the
 * lower of both when both are set; null when unlimited. A percentage quota with an unknown
 * headcount allows nothing: the unit must state its headcount first.
 */
export function unitLimit(title: TitleQuota, headcount: number | null): number | null {
  const limits: number[] = [];
  if (title.quotaPerUnit !== null) limits.push(title.quotaPerUnit);
  if (title.quotaPerUnitPercent !== null)
    limits.push(headcount === null ? 0 : Math.floor((headcount * title.quotaPerUnitPercent) / 100));
  return limits.length > 0 ? Math.min(...limits) : null;
}

type Reader = Pick<Prisma.TransactionClient, "nomination">;

/**
 * Places used per title by `unitId` in `movementId` and by the whole movement, excluding
 * `exceptNominationId` (the one being submitted). One grouped query each.
 */
export async function quotaUsage(
  options: { movementId: string; unitId: string; exceptNominationId?: string },
  client: Reader = db(),
) {
  const where = {
    movementId: options.movementId,
    status: { in: [...quotaCountingStatuses] },
    ...(options.exceptNominationId ? { id: { not: options.exceptNominationId } } : {}),
  } satisfies Prisma.NominationWhereInput;
  // One after the other: inside a transaction both share one connection, which runs one query at a time.
  const byUnit = await client.nomination.groupBy({
    by: ["awardTitleId"],
    where: { ...where, unitId: options.unitId },
    _count: { _all: true },
  });
  const byMovement = await client.nomination.groupBy({ by: ["awardTitleId"], where, _count: { _all: true } });
  const count = (rows: typeof byUnit) => new Map(rows.map((row) => [row.awardTitleId, row._count._all]));
  return { unit: count(byUnit), movement: count(byMovement) };
}
