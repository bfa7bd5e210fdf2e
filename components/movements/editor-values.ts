// What the movement editor holds while someone types: every field as the string its input
// shows, repeated rows in order. Built on the server (from a stored movement, or defaults) and
// kept in the editor's state, so nothing typed is lost when the server refuses.
import type { PhaseKind, TitleEligibility, Visibility } from "@/lib/generated/prisma/enums";
import { toDay } from "@/lib/movements/days";
import type { MovementForEditing } from "@/lib/movements/queries";
import { phaseOrder } from "@/lib/movements/rules";

export interface CriterionValues {
  name: string;
  nameEn: string;
  guidance: string;
  weight: string;
  maxScore: string;
}

export interface TitleValues {
  name: string;
  nameEn: string;
  eligibility: TitleEligibility;
  quotaTotal: string;
  quotaPerUnit: string;
  approvalThresholdPercent: string;
  /** "true": more than the threshold; "false": at least it. */
  thresholdStrict: "false" | "true";
  quotaPerUnitPercent: string;
  requiredPriorTitle: string;
  minServiceMonths: string;
  maxAbsenceDays: string;
  excludesDisciplined: boolean;
}

export interface EditorValues {
  code: string;
  name: string;
  nameEn: string;
  slogan: string;
  sloganEn: string;
  description: string;
  organizingUnitId: string;
  coverageUnitId: string;
  startsOn: string;
  endsOn: string;
  visibility: Visibility;
  requiresRegistration: boolean;
  postingWorkingDays: string;
  phases: Record<PhaseKind, { startsOn: string; endsOn: string }>;
  criteria: CriterionValues[];
  titles: TitleValues[];
}

export const emptyCriterion = (): CriterionValues => ({
  name: "",
  nameEn: "",
  guidance: "",
  weight: "",
  maxScore: "10",
});
export const emptyTitle = (): TitleValues => ({
  name: "",
  nameEn: "",
  eligibility: "BOTH",
  quotaTotal: "",
  quotaPerUnit: "",
  approvalThresholdPercent: "51",
  thresholdStrict: "false",
  quotaPerUnitPercent: "",
  requiredPriorTitle: "",
  // The usual exclusions of union practice; an administrator clears them where they do not apply.
  minServiceMonths: "10",
  maxAbsenceDays: "40",
  excludesDisciplined: true,
});

const noPhases = () =>
  Object.fromEntries(phaseOrder.map((kind) => [kind, { startsOn: "", endsOn: "" }])) as EditorValues["phases"];

/** A new movement: one empty criterion and title, public, registration first, 10 working days of posting. */
export function newEditorValues(unitId: string): EditorValues {
  return {
    code: "",
    name: "",
    nameEn: "",
    slogan: "",
    sloganEn: "",
    description: "",
    organizingUnitId: unitId,
    coverageUnitId: unitId,
    startsOn: "",
    endsOn: "",
    visibility: "PUBLIC",
    requiresRegistration: true,
    postingWorkingDays: "10",
    phases: noPhases(),
    criteria: [emptyCriterion()],
    titles: [emptyTitle()],
  };
}

const text = (value: string | null) => value ?? "";
const count = (value: number | null) => (value === null ? "" : String(value));
const orOne = <T>(rows: T[], make: () => T): T[] => (rows.length > 0 ? rows : [make()]);

/** The stored definition as the editor's strings. */
export function storedEditorValues(movement: MovementForEditing): EditorValues {
  const phases = noPhases();
  for (const phase of movement.phases)
    phases[phase.kind] = { startsOn: toDay(phase.startsOn), endsOn: toDay(phase.endsOn) };
  return {
    code: movement.code,
    name: movement.name,
    nameEn: text(movement.nameEn),
    slogan: text(movement.slogan),
    sloganEn: text(movement.sloganEn),
    description: movement.description,
    organizingUnitId: movement.organizingUnit.id,
    coverageUnitId: movement.coverageUnit.id,
    startsOn: toDay(movement.startsOn),
    endsOn: toDay(movement.endsOn),
    visibility: movement.visibility,
    requiresRegistration: movement.requiresRegistration,
    postingWorkingDays: String(movement.postingWorkingDays),
    phases,
    // A definition without rows yet (e.g. written by an import) starts with one empty row of each.
    criteria: orOne(
      movement.criteria.map((c) => ({
        name: c.name,
        nameEn: text(c.nameEn),
        guidance: c.guidance,
        weight: String(c.weight),
        maxScore: String(c.maxScore),
      })),
      emptyCriterion,
    ),
    titles: orOne(
      movement.awardTitles.map((t) => ({
        name: t.name,
        nameEn: text(t.nameEn),
        eligibility: t.eligibility,
        quotaTotal: count(t.quotaTotal),
        quotaPerUnit: count(t.quotaPerUnit),
        approvalThresholdPercent: String(t.approvalThresholdPercent),
        thresholdStrict: t.thresholdStrict ? "true" : "false",
        quotaPerUnitPercent: count(t.quotaPerUnitPercent),
        requiredPriorTitle: text(t.requiredPriorTitle),
        minServiceMonths: count(t.minServiceMonths),
        maxAbsenceDays: count(t.maxAbsenceDays),
        excludesDisciplined: t.excludesDisciplined,
      })),
      emptyTitle,
    ),
  };
}

/** The sum of the weights typed so far; what is not yet a whole number counts as 0. */
export function weightTotal(criteria: readonly CriterionValues[]): number {
  return criteria.reduce((sum, c) => sum + (/^\s*-?\d+\s*$/.test(c.weight) ? Number(c.weight) : 0), 0);
}

/** A code for the next version of a movement: "TMG-2025" → "TMG-2025-V2", "TMG-2025-V2" → "TMG-2025-V3". */
export function nextVersionCode(code: string): string {
  const match = /^(.*)-V(\d+)$/.exec(code);
  return match ? `${match[1]}-V${Number(match[2]) + 1}` : `${code}-V2`;
}
