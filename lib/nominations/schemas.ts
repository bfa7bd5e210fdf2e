// Validation of nomination dossiers (hồ sơ đề nghị) as the forms post them (lib/forms.ts
// nestedFields: "selfAssessments.<criterionId>", "priorRecognitions.N.title") and as the Excel
// import hands them over. Messages are codes from `validationCodes` (lib/forms.ts). Every field
// is optional while the dossier is a draft: completeness is checked at submission (eligibility.ts).
import { z } from "zod";
import { id, integer, optionalInteger, storableText, version } from "../validation/fields";
import { isStorableText } from "../validation/text";
import { sanitizeRichText } from "./rich-text";

/** Longest achievement summary accepted, in characters of HTML: longer is refused, never cut. */
export const maxSummaryHtmlLength = 20_000;
export const maxCitationLength = 500;
export const maxSelfAssessmentLength = 10_000;
export const maxPriorRecognitions = 20;

/** A form value or an Excel cell as trimmed text: numbers become their digits, nothing becomes "". */
const cellText = (value: unknown): unknown => {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value.trim() : value;
};

/** Blank means "not given" (null). */
const optionalText = (max: number) =>
  z.preprocess(
    cellText,
    storableText({ missing: "invalid" })
      .max(max, "tooLong")
      .transform((value) => value || null),
  );

/** A whole number within [min, max]; blank means not given (null). */
const optionalInt = (min: number, max: number) =>
  z.preprocess(cellText, optionalInteger({ min, max, code: "invalid" }));

const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(cellText, z.union([z.literal("").transform(() => null), z.enum(values)], { error: "invalid" }));

/** A checkbox or an Excel cell: "on", "true", "1", "x", "có" are true; blank and anything else false; unstorable text `invalid`. */
const checkbox = z.preprocess(
  (value) =>
    typeof value === "boolean"
      ? value
      : typeof value === "string" && !isStorableText(value)
        ? value
        : ["on", "true", "1", "x", "có", "co", "yes"].includes(String(cellText(value)).toLowerCase()),
  z.boolean({ error: "invalid" }),
);

export const nomineeKinds = ["INDIVIDUAL", "COLLECTIVE"] as const;
export const genders = ["FEMALE", "MALE", "OTHER"] as const;

const nomineeKind = z.preprocess(cellText, z.enum(nomineeKinds, { error: "required" }));
const nomineeName = z.preprocess(cellText, storableText().min(1, "required").max(200, "tooLong"));

/** Formatted text from the editor: refused above the limit (never truncated), then sanitized. */
const achievementSummary = z.preprocess(
  (value) => (value === undefined || value === null ? "" : value),
  storableText({ trim: false, missing: "invalid" })
    .max(maxSummaryHtmlLength, "summaryTooLong")
    .transform((html) => sanitizeRichText(html)),
);

const citation = z.preprocess(cellText, storableText({ missing: "invalid" }).max(maxCitationLength, "tooLong"));

/** Criterion id → the self-assessment written for it; blank answers are dropped. */
const selfAssessments = z
  .record(
    z.guid({ error: "invalid" }),
    z.preprocess(cellText, storableText({ missing: "invalid" }).max(maxSelfAssessmentLength, "tooLong")),
    { error: "invalid" },
  )
  .optional()
  .transform((texts) => Object.fromEntries(Object.entries(texts ?? {}).filter(([, text]) => text !== "")));

const priorRow = z.object({
  title: z.preprocess(cellText, storableText().min(1, "required").max(200, "tooLong")),
  year: z.preprocess(cellText, integer({ min: 1945, max: 2100, code: "invalid" })),
  decisionRef: optionalText(100),
});

/** A prior-recognition row left completely blank (the form always offers one) is none, not an error. */
function blankRowToNull(row: unknown): unknown {
  if (row === undefined || row === null) return null;
  if (typeof row !== "object") return row;
  const fields = row as Record<string, unknown>;
  return ["title", "year", "decisionRef"].every((field) => String(cellText(fields[field])) === "") ? null : row;
}

/** Declared prior recognitions without blank rows; `index` is the row they were posted under. */
const priorRecognitions = z
  .array(z.preprocess(blankRowToNull, priorRow.nullable()))
  .optional()
  .transform((rows) => (rows ?? []).flatMap((row, index) => (row ? [{ ...row, index }] : [])))
  .refine((rows) => rows.length <= maxPriorRecognitions, "tooLong");

/** The dossier fields a draft may hold, each optional. */
export const nominationFieldsSchema = z.object({
  gender: optionalEnum(genders),
  birthYear: optionalInt(1900, 2100),
  position: optionalText(200),
  yearsOfService: optionalInt(0, 70),
  contact: optionalText(200),
  collectiveSize: optionalInt(1, 10_000_000),
  serviceMonths: optionalInt(0, 1_200),
  absenceDays: optionalInt(0, 3_660),
  disciplined: checkbox,
  achievementSummary,
  citation,
  selfAssessments,
  priorRecognitions,
});
export type NominationFieldsInput = z.infer<typeof nominationFieldsSchema>;

/** A new draft: who is nominated, from which unit, for which title; the rest may follow. */
export const createNominationSchema = nominationFieldsSchema.extend({
  movementId: id("invalid"),
  nomineeKind,
  nomineeName,
  unitId: id("unitNotFound"),
  awardTitleId: id("notFound"),
});
export type DraftNominationInput = z.infer<typeof createNominationSchema>;
export type CreateNominationInput = DraftNominationInput;

/**
 * A save (autosave or explicit) of the whole dossier as the form shows it: absent fields are
 * blank, except who is nominated and for what (kind, name, unit, title), which stay as
 * stored when the form does not send them.
 */
export const saveNominationSchema = nominationFieldsSchema.extend({
  id: id("invalid"),
  version,
  nomineeKind: nomineeKind.optional(),
  nomineeName: nomineeName.optional(),
  unitId: id("unitNotFound").optional(),
  awardTitleId: id("notFound").optional(),
});
export type SaveNominationInput = z.infer<typeof saveNominationSchema>;

export const submitNominationSchema = z.object({ id: id("invalid"), version });
export type SubmitNominationInput = z.infer<typeof submitNominationSchema>;

export const withdrawNominationSchema = z.object({ id: id("invalid"), version });
export type WithdrawNominationInput = z.infer<typeof withdrawNominationSchema>;

export const returnNominationSchema = z.object({
  id: id("invalid"),
  version,
  comment: storableText().min(1, "required").max(2_000, "tooLong"),
});
export type ReturnNominationInput = z.infer<typeof returnNominationSchema>;
