// Rules a movement definition must satisfy before it is saved (issue 4 builds the forms on
// these). Each problem names the field it belongs to and a validation code the UI can say.
import type { PhaseKind } from "../generated/prisma/enums";

export interface DefinitionProblem {
  /** Path of the offending field, e.g. "criteria.2.weight" or "phases.REVIEW.endsOn". */
  field: string;
  code:
    | "weightsNot100"
    | "phaseInverted"
    | "phasesOverlap"
    | "phaseOutsidePeriod"
    | "periodInverted"
    | "quotaNegative"
    | "thresholdOutOfRange"
    | "percentOutOfRange"
    | "weightNotPositive"
    | "maxScoreNotPositive";
}

/** The order phases run in; each starts after the previous one ends. */
export const phaseOrder: readonly PhaseKind[] = [
  "REGISTRATION",
  "NOMINATION",
  "REVIEW",
  "PUBLIC_POSTING",
  "DECISION",
  "PUBLICATION",
];

/** Criterion weights are whole percentages that add up to exactly 100. */
export function checkCriteria(criteria: readonly { weight: number; maxScore: number }[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  criteria.forEach((criterion, i) => {
    if (!Number.isInteger(criterion.weight) || criterion.weight <= 0)
      problems.push({ field: `criteria.${i}.weight`, code: "weightNotPositive" });
    if (!Number.isInteger(criterion.maxScore) || criterion.maxScore <= 0)
      problems.push({ field: `criteria.${i}.maxScore`, code: "maxScoreNotPositive" });
  });
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (total !== 100) problems.push({ field: "criteria", code: "weightsNot100" });
  return problems;
}

/** Dates compared as calendar days (YYYY-MM-DD strings sort correctly). */
type Day = string;

/**
 * The period runs forwards; every phase runs forwards, lies inside the period, and starts
 * after the previous phase (in `phaseOrder`) has ended. Phases may be left out.
 */
export function checkSchedule(
  period: { startsOn: Day; endsOn: Day },
  phases: readonly { kind: PhaseKind; startsOn: Day; endsOn: Day }[],
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (period.endsOn < period.startsOn) problems.push({ field: "endsOn", code: "periodInverted" });
  const ordered = [...phases].sort((a, b) => phaseOrder.indexOf(a.kind) - phaseOrder.indexOf(b.kind));
  ordered.forEach((phase, i) => {
    if (phase.endsOn < phase.startsOn) problems.push({ field: `phases.${phase.kind}.endsOn`, code: "phaseInverted" });
    // Publication may come after the emulation period itself has closed.
    const mustBeInsidePeriod = phase.kind !== "PUBLICATION" && phase.kind !== "DECISION";
    if (phase.startsOn < period.startsOn || (mustBeInsidePeriod && phase.endsOn > period.endsOn)) {
      problems.push({ field: `phases.${phase.kind}.startsOn`, code: "phaseOutsidePeriod" });
    }
    const previous = ordered[i - 1];
    if (previous && phase.startsOn <= previous.endsOn)
      problems.push({ field: `phases.${phase.kind}.startsOn`, code: "phasesOverlap" });
  });
  return problems;
}

export interface AwardTitleRules {
  quotaTotal: number | null;
  quotaPerUnit: number | null;
  approvalThresholdPercent: number;
  quotaPerUnitPercent?: number | null;
  minServiceMonths?: number | null;
  maxAbsenceDays?: number | null;
}

/**
 * Quotas, months and days are counts of zero or more; the approval threshold is a share of the
 * council from 1 to 100 %, a headcount quota a share from 0 to 100 %.
 */
export function checkAwardTitle(title: AwardTitleRules, index: number): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const field of ["quotaTotal", "quotaPerUnit", "minServiceMonths", "maxAbsenceDays"] as const) {
    const value = title[field];
    if (value !== null && value !== undefined && value < 0)
      problems.push({ field: `titles.${index}.${field}`, code: "quotaNegative" });
  }
  const percent = title.quotaPerUnitPercent;
  if (percent !== null && percent !== undefined && (percent < 0 || percent > 100)) {
    problems.push({ field: `titles.${index}.quotaPerUnitPercent`, code: "percentOutOfRange" });
  }
  if (title.approvalThresholdPercent < 1 || title.approvalThresholdPercent > 100) {
    problems.push({ field: `titles.${index}.approvalThresholdPercent`, code: "thresholdOutOfRange" });
  }
  return problems;
}
