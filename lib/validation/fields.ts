// The primitives every form schema is built from (issue 16): text that can be stored, whole
// numbers within PostgreSQL's integer, calendar days within a sane range, ids, versions and
// checkboxes. A value outside them is refused at its field with a code of `validationCodes`
// (lib/forms.ts), so the database never sees what it would refuse and a person is never told
// "could not save, try again" for something retrying cannot fix.
import { z } from "zod";
import { isStorableText } from "./text";

/** The largest value of a PostgreSQL `integer` column. */
export const maxInt4 = 2_147_483_647;
const minInt4 = -maxInt4 - 1;

/** The first and last calendar days a form may send (PostgreSQL refuses year 0; nothing here happens before 1900). */
export const firstDay = "1900-01-01";
export const lastDay = "2100-12-31";

/**
 * The one text primitive: a string holding nothing that cannot be stored (`invalidCharacters`),
 * in NFC, trimmed unless `trim: false` (formatted HTML, passwords). Chain `.min`/`.max` on it.
 */
export function storableText(options: { trim?: boolean; missing?: "required" | "invalid" } = {}) {
  const text = z
    .string({ error: options.missing ?? "required" })
    .refine(isStorableText, { message: "invalidCharacters", abort: true })
    .normalize("NFC");
  return options.trim === false ? text : text.trim();
}

/** Text that must be given: blank is `required`, under `min` characters `tooShort`, over `max` `tooLong`. */
export function requiredText(max: number, options: { min?: number } = {}) {
  const text = storableText().min(1, "required");
  return (options.min && options.min > 1 ? text.min(options.min, "tooShort") : text).max(max, "tooLong");
}

/** Text that may be left out: absent or blank becomes null, so "not given" is stored as absent, not "". */
export function optionalText(max: number) {
  return storableText({ missing: "invalid" })
    .max(max, "tooLong")
    .nullish()
    .transform((value) => value || null);
}

/** Text that may be blank and is kept as "" (comments, free notes). */
export function plainText(max: number) {
  return z.preprocess((value) => value ?? "", storableText({ missing: "invalid" }).max(max, "tooLong"));
}

/** A whole number as a number, within [min, max] (`code` outside) and never beyond PostgreSQL's integer. */
export function wholeNumber(options: { min?: number; max?: number; code?: string } = {}) {
  const code = options.code ?? "outOfRange";
  return z
    .number({ error: "invalid" })
    .int("invalid")
    .min(Math.max(options.min ?? minInt4, minInt4), code)
    .max(Math.min(options.max ?? maxInt4, maxInt4), code);
}

/** A form's text as a whole number: "", "12", " 12 ", "-3"; anything else is not a number (NaN, refused as `invalid`). */
function parseWhole(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return /^[+-]?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed === "" ? undefined : Number.NaN;
}

/** A whole number typed into a form: blank is `required`. */
export function integer(options: { min?: number; max?: number; code?: string } = {}) {
  return z
    .preprocess(parseWhole, wholeNumber(options).optional())
    .refine((value) => value !== undefined, "required")
    .transform((value) => value as number);
}

/** A whole number that may be left blank (null). */
export function optionalInteger(options: { min?: number; max?: number; code?: string } = {}) {
  return z.preprocess(parseWhole, wholeNumber(options).nullish()).transform((value) => value ?? null);
}

/** The version a form was rendered from (optimistic concurrency): a positive PostgreSQL integer. */
export const version = z.preprocess(parseWhole, wholeNumber({ min: 1, code: "invalid" }));

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar day as a date input sends it (YYYY-MM-DD), between 1900 and 2100 (`dateOutOfRange`). */
export function day() {
  return storableText()
    .min(1, "required")
    .refine(isCalendarDay, { message: "invalid", abort: true })
    .refine((value) => value >= firstDay && value <= lastDay, "dateOutOfRange");
}

/** A calendar day that may be left blank (null). */
export function optionalDay() {
  return z
    .preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), day().nullish())
    .transform((value) => value ?? null);
}

/** An id (uuid) that must be given: blank is `required`, anything else malformed `code`. */
export function id(code = "invalid") {
  return storableText()
    .min(1, "required")
    .pipe(z.guid({ error: code }));
}

/** An id that may be left blank (null). */
export function optionalId(code = "invalid") {
  return z
    .preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), id(code).nullish())
    .transform((value) => value ?? null);
}

/** A checkbox: ticked ("on", "true") is true; absent, blank or "off"/"false" is false; anything else is `invalid`. */
export const checkbox = z
  .unknown()
  .optional()
  .transform((value, context) => {
    if (
      value === undefined ||
      value === null ||
      value === "" ||
      value === "off" ||
      value === "false" ||
      value === false
    )
      return false;
    if (value === "on" || value === "true" || value === true) return true;
    context.addIssue({ code: "custom", message: "invalid" });
    return z.NEVER;
  });
