// What "a movement's definition" is, read one way everywhere: the editor shows it, the audit
// log keeps it before and after a change, and a copy starts from it.
import type { Prisma } from "../generated/prisma/client";

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
  criteria: { select: { name: true, nameEn: true, guidance: true, weight: true, maxScore: true }, orderBy: { position: "asc" } },
  awardTitles: {
    select: {
      name: true,
      nameEn: true,
      eligibility: true,
      quotaTotal: true,
      quotaPerUnit: true,
      approvalThresholdPercent: true,
      quotaPerUnitPercent: true,
      requiredPriorTitle: true,
      minServiceMonths: true,
      maxAbsenceDays: true,
      excludesDisciplined: true,
    },
    orderBy: { position: "asc" },
  },
} as const satisfies Prisma.MovementSelect;
