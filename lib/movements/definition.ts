// What "a movement's definition" is, read one way everywhere: the editor shows it, the audit
// log keeps it before and after a change, and a copy starts from it.
import type { Prisma } from "../generated/prisma/client";

/** Who a title is for, its quotas and the eligibility rules checked when a nomination is submitted. */
export const titleRulesSelect = {
  eligibility: true,
  quotaTotal: true,
  quotaPerUnit: true,
  quotaPerUnitPercent: true,
  requiredPriorTitle: true,
  minServiceMonths: true,
  maxAbsenceDays: true,
  excludesDisciplined: true,
} as const satisfies Prisma.AwardTitleSelect;

export const definitionSelect = {
  code: true,
  name: true,
  nameEn: true,
  slogan: true,
  sloganEn: true,
  description: true,
  organizingUnitId: true,
  coverageUnitId: true,
  startsOn: true,
  endsOn: true,
  status: true,
  visibility: true,
  requiresRegistration: true,
  postingWorkingDays: true,
  version: true,
  phases: { select: { kind: true, startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
  criteria: {
    select: { name: true, nameEn: true, guidance: true, weight: true, maxScore: true },
    orderBy: { position: "asc" },
  },
  awardTitles: {
    select: { name: true, nameEn: true, approvalThresholdPercent: true, thresholdStrict: true, ...titleRulesSelect },
    orderBy: { position: "asc" },
  },
} as const satisfies Prisma.MovementSelect;
