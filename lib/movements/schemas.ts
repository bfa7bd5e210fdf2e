// Validation of the movement editor and its lifecycle forms. The editor sends repeated rows
// as dotted names ("criteria.2.weight", "phases.REVIEW.startsOn"; see lib/forms.ts
// nestedFields), so every problem comes back at the exact field that caused it. Messages
// are codes from `validationCodes` (lib/forms.ts).
import { z } from "zod";
import { MovementStatus, PhaseKind, TitleEligibility, Visibility } from "../generated/prisma/enums";
import {
  checkbox,
  day as calendarDay,
  integer,
  optionalDay as optionalCalendarDay,
  optionalInteger as optionalWholeNumber,
  optionalText,
  requiredText,
  storableText,
  version,
} from "../validation/fields";
import { checkAwardTitle, checkCriteria, checkSchedule, type DefinitionProblem } from "./rules";

export const movementIdSchema = z.guid({ error: "notFound" });
export const versionSchema = version;

export const maxCriteria = 20;
export const maxTitles = 10;

// Range checks with meaning (quota ≥ 0, threshold 1–100) are rules.ts's; this only bounds the magnitude.
const magnitude = { min: -1_000_000, max: 1_000_000, code: "invalid" } as const;
const requiredInteger = integer(magnitude);
/** A whole number typed into a form; blank becomes null (for optional quotas). */
const optionalInteger = optionalWholeNumber(magnitude);
const day = calendarDay();
const optionalDay = optionalCalendarDay();

// Short codes appear in reports, file names and URLs of other systems: plain ASCII, upper case.
const code = storableText()
  .toUpperCase()
  .min(1, "required")
  .max(40, "tooLong")
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, "invalid");

const criterion = z.object({
  name: requiredText(300),
  nameEn: optionalText(300),
  guidance: optionalText(2_000).transform((value) => value ?? ""),
  weight: requiredInteger,
  maxScore: requiredInteger,
});

const awardTitle = z.object({
  name: requiredText(200),
  nameEn: optionalText(200),
  eligibility: z.enum(TitleEligibility, { error: "required" }),
  quotaTotal: optionalInteger,
  quotaPerUnit: optionalInteger,
  approvalThresholdPercent: requiredInteger,
  // "more than" the threshold (e.g. more than 50%) rather than "at least" it (90% or more).
  thresholdStrict: z
    .enum(["false", "true"], { error: "invalid" })
    .default("false")
    .transform((value) => value === "true"),
  // Eligibility rules checked when a nomination is submitted (blank: no such rule).
  quotaPerUnitPercent: optionalInteger,
  requiredPriorTitle: optionalText(200),
  minServiceMonths: optionalInteger,
  maxAbsenceDays: optionalInteger,
  excludesDisciplined: checkbox,
});

/** A phase row: both dates blank means the movement has no such phase. */
const phase = z
  .object({ startsOn: optionalDay, endsOn: optionalDay })
  .optional()
  .superRefine((value, context) => {
    if (!value || (value.startsOn === null) === (value.endsOn === null)) return;
    context.addIssue({ code: "custom", path: [value.startsOn === null ? "startsOn" : "endsOn"], message: "required" });
  });

const phases = z
  .object(Object.fromEntries(Object.values(PhaseKind).map((kind) => [kind, phase])) as Record<PhaseKind, typeof phase>)
  .default({} as never);

const definitionFields = z.object({
  code,
  name: requiredText(200),
  nameEn: optionalText(200),
  slogan: optionalText(300),
  sloganEn: optionalText(300),
  description: requiredText(10_000),
  organizingUnitId: z.guid({ error: "unitNotFound" }),
  coverageUnitId: z.guid({ error: "unitNotFound" }),
  startsOn: day,
  endsOn: day,
  visibility: z.enum(Visibility, { error: "required" }),
  requiresRegistration: checkbox,
  postingWorkingDays: integer({ min: 1, max: 60, code: "invalid" }),
  phases,
  criteria: z.array(criterion, { error: "required" }).min(1, "required").max(maxCriteria, "tooLong"),
  titles: z.array(awardTitle, { error: "required" }).min(1, "required").max(maxTitles, "tooLong"),
});

/** A problem found by lib/movements/rules.ts, as a zod issue at its field. */
function addProblems(context: z.RefinementCtx, problems: DefinitionProblem[]) {
  for (const problem of problems)
    context.addIssue({ code: "custom", path: problem.field.split("."), message: problem.code });
}

type DefinitionFields = z.infer<typeof definitionFields>;

/** The phases that have dates, in a list. */
export function datedPhases(value: DefinitionFields["phases"]) {
  return Object.values(PhaseKind).flatMap((kind) => {
    const entry = value[kind];
    return entry?.startsOn && entry.endsOn ? [{ kind, startsOn: entry.startsOn, endsOn: entry.endsOn }] : [];
  });
}

function checkDefinition(value: DefinitionFields, context: z.RefinementCtx) {
  addProblems(context, checkCriteria(value.criteria));
  addProblems(context, checkSchedule({ startsOn: value.startsOn, endsOn: value.endsOn }, datedPhases(value.phases)));
  value.titles.forEach((title, index) => addProblems(context, checkAwardTitle(title, index)));
}

export const createMovementSchema = definitionFields.superRefine(checkDefinition);
export type MovementDefinitionInput = z.infer<typeof createMovementSchema>;

export const updateMovementSchema = definitionFields
  .extend({ id: movementIdSchema, version: versionSchema })
  .superRefine(checkDefinition);
export type UpdateMovementInput = z.infer<typeof updateMovementSchema>;

export const transitionMovementSchema = z.object({
  id: movementIdSchema,
  version: versionSchema,
  to: z.enum(MovementStatus, { error: "invalid" }),
});
export type TransitionMovementInput = z.infer<typeof transitionMovementSchema>;

/** Copy a movement as the template of a new cycle (dates shifted to `startsOn`), or as a new version (same dates). */
export const copyMovementSchema = z.object({
  sourceId: movementIdSchema,
  code,
  name: requiredText(200),
  startsOn: day,
});
export type CopyMovementInput = z.infer<typeof copyMovementSchema>;
