// Validation of registration forms (đăng ký thi đua): the pledge, its measurable targets and,
// later, the results achieved. Messages are codes from `validationCodes` (lib/forms.ts).
// Rows arrive as "targets.N.field" (lib/forms.ts nestedFields); errors name the same field.
import { z } from "zod";
import { id, optionalDay, optionalId, optionalText, requiredText, storableText, version } from "../validation/fields";
import { maxTargets } from "./limits";

/**
 * A quantity of zero or more with at most two decimals (the column is numeric(14,2)). Either
 * "12.5" or the Vietnamese "12,5" is accepted; spaces are ignored. "1.000" is refused rather
 * than guessed (a thousand, or one?): three decimals never fit.
 */
const optionalDecimal = storableText({ missing: "invalid" })
  .optional()
  .transform((value) => (value ?? "").replace(/\s/g, "").replace(",", "."))
  .refine((value) => value === "" || /^\d{1,12}(\.\d{1,2})?$/.test(value), "decimalInvalid")
  .transform((value) => value || null);

const targetRow = z.object({
  /** The stored target this row edits; absent for a new one. */
  id: optionalId(),
  description: requiredText(500),
  targetValue: optionalDecimal,
  measureUnit: optionalText(50),
  dueOn: optionalDay(),
});

const rowFields = ["description", "targetValue", "measureUnit", "dueOn"] as const;

/** A row left completely blank (the form always offers one) is no target, not an error. */
function blankRowToNull(row: unknown): unknown {
  if (row === undefined || row === null) return null;
  if (typeof row !== "object") return row;
  const fields = row as Record<string, unknown>;
  return rowFields.every((field) => {
    const value = fields[field];
    return typeof value !== "string" || value.trim() === "";
  })
    ? null
    : row;
}

/**
 * The targets without blank rows, each with `index`: the row number it was submitted under,
 * so a refusal found later (a due day outside the period) marks "targets.N.dueOn" again.
 */
const targets = z
  .array(z.preprocess(blankRowToNull, targetRow.nullable()))
  .optional()
  .transform((rows) => (rows ?? []).flatMap((row, index) => (row ? [{ ...row, index }] : [])))
  .refine((rows) => rows.length <= maxTargets, "tooManyTargets");

export type TargetInput = z.infer<typeof targets>[number];

const pledge = requiredText(5_000);

export const registerUnitSchema = z.object({ movementId: id("invalid"), unitId: id("unitNotFound"), pledge, targets });
export type RegisterUnitInput = z.infer<typeof registerUnitSchema>;

export const updateRegistrationSchema = z.object({ id: id("invalid"), version, pledge, targets });
export type UpdateRegistrationInput = z.infer<typeof updateRegistrationSchema>;

const resultRow = z.object({ id: id("invalid"), achievedValue: optionalDecimal, resultNote: optionalText(2_000) });

export const recordResultsSchema = z.object({
  id: id("invalid"),
  version,
  resultsSummary: optionalText(5_000),
  targets: z
    .array(resultRow)
    .max(maxTargets, "tooManyTargets")
    .optional()
    .transform((rows) => rows ?? []),
});
export type RecordResultsInput = z.infer<typeof recordResultsSchema>;
