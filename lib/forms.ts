// The shape every server action returns to its form (for useActionState), and the helpers
// that build it: per-field error codes, a message key, and the submitted values echoed back
// so nothing typed is lost when the server refuses.
import type { ZodType } from "zod";
import { isDatabaseUnavailable } from "./database-errors";
import { DomainError, FieldError, RefusedError, ThrottledError } from "./errors";
import { logger } from "./logger";

export interface FormState {
  status: "idle" | "success" | "error";
  /** Key in the "forms" message namespace (e.g. "saved", "conflict"). */
  message?: string;
  /** Values the message names (e.g. the minutes to wait after too many wrong guesses). */
  messageValues?: Record<string, number>;
  /** Field name → codes in the "validation" namespace (e.g. "required", "tooLong"). */
  fieldErrors?: Record<string, string[]>;
  /**
   * The refusals behind an error that belongs to no field (e.g. why a lifecycle step is not
   * allowed yet), each a message key of the form's own namespace with the values it names.
   */
  reasons?: { code: string; values?: Record<string, string> }[];
  /** What was submitted, so the form can re-fill itself. Never includes passwords. */
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };

/** Validation codes the UI knows how to say; a schema message outside this list shows as "invalid". */
export const validationCodes = [
  "required",
  "invalid",
  "tooShort",
  "tooLong",
  "email",
  "emailTaken",
  "codeTaken",
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordMismatch",
  "passwordWrong",
  "unitCycle",
  "unitInactive",
  "unitNotFound",
  "totpInvalid",
  "notAllowed",
  "notFound",
  "unitOutsideScope",
  "coverageExcludesRegistered",
  "weightsNot100",
  "weightNotPositive",
  "maxScoreNotPositive",
  "periodInverted",
  "phaseInverted",
  "phasesOverlap",
  "phaseOutsidePeriod",
  "quotaNegative",
  "thresholdOutOfRange",
  "percentOutOfRange",
  "alreadyRegistered",
  "decimalInvalid",
  "dueOutsidePeriod",
  "tooManyTargets",
  "summaryTooLong",
  "duplicateNomination",
  "titleNotForKind",
  "notInCoverage",
  "decisionNumberTaken",
  "dateInFuture",
  "dateBeforeVoteClosed",
  "scoreOutOfRange",
  "scoreNeededForComment",
  "holidayTaken",
  "workingDaysOutOfRange",
  "outOfRange",
  "invalidCharacters",
  "dateOutOfRange",
  "presentOverTotal",
  "votesOverPresent",
  "nothingSelected",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeNotAllowed",
  "fileCorrupt",
] as const;
export type ValidationCode = (typeof validationCodes)[number];

function toCode(message: string): ValidationCode {
  return (validationCodes as readonly string[]).includes(message) ? (message as ValidationCode) : "invalid";
}

/** Form fields as plain strings (files and repeated keys are not echoed). */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** The fields a form sent, without React's own "$ACTION…" bookkeeping fields. */
export function submittedFields(formData: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of formData.entries()) if (!key.startsWith("$ACTION")) clean.append(key, value);
  return clean;
}

/** Repeated rows a form may send ("rows.0.x" … "rows.999.x"); higher indices are ignored. */
const maxRowIndex = 999;

/**
 * The fields a form sent as a nested object: "targets.0.description" becomes
 * `{ targets: [{ description }] }`, so forms with repeated rows validate with one zod schema
 * and its error paths ("targets.0.description") name the submitted field again.
 */
export function nestedFields(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of submittedFields(formData).entries()) {
    const segments = key.split(".");
    // A crafted request must not reach Object.prototype, nor make a sparse array of a billion rows.
    if (segments.some((segment) => segment === "__proto__" || segment === "constructor" || segment === "prototype"))
      continue;
    if (segments.some((segment) => /^\d+$/.test(segment) && Number(segment) > maxRowIndex)) continue;
    let node: Record<string, unknown> = root;
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) {
        node[segment] = value;
        return;
      }
      const next = node[segment];
      if (typeof next !== "object" || next === null || next instanceof File)
        node[segment] = /^\d+$/.test(segments[i + 1] ?? "") ? [] : {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return root;
}

/** An error state for one field, keeping what was submitted. */
export function fieldError(field: string, code: ValidationCode, values?: Record<string, string>): FormState {
  return { status: "error", message: "fixErrors", fieldErrors: { [field]: [code] }, values };
}

/**
 * Parses `formData` with `schema` and runs `command` on the result. A FieldError marks its
 * field; other domain errors become localized messages; unexpected errors are logged and shown as a generic failure.
 * Field names listed in `secretFields` are never echoed back.
 */
export async function handleForm<T>(
  formData: FormData,
  schema: ZodType<T>,
  command: (input: T) => Promise<FormState | void>,
  options: { secretFields?: readonly string[]; successMessage?: string } = {},
): Promise<FormState> {
  const values = formValues(
    formData,
    options.secretFields ?? ["password", "currentPassword", "newPassword", "confirmPassword"],
  );
  const parsed = schema.safeParse(nestedFields(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      // "criteria.2.weight": the same dotted name the form field was submitted under.
      const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
      const codes = (fieldErrors[field] ??= []);
      const code = toCode(issue.message);
      if (!codes.includes(code)) codes.push(code);
    }
    return { status: "error", message: "fixErrors", fieldErrors, values };
  }
  try {
    const result = await command(parsed.data);
    return result ?? { status: "success", message: options.successMessage ?? "saved", values };
  } catch (error) {
    if (error instanceof FieldError) return fieldError(error.field, toCode(error.fieldCode), values);
    if (error instanceof RefusedError) {
      return {
        status: "error",
        message: "refused",
        reasons: error.reasons.map(({ code, values }) => ({ code, values })),
        values,
      };
    }
    if (error instanceof ThrottledError) {
      return {
        status: "error",
        message: "throttled",
        messageValues: { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) },
        values,
      };
    }
    if (error instanceof DomainError) {
      return { status: "error", message: error.code === "invalid" ? "fixErrors" : error.code, values };
    }
    // Redirects and notFound() from next/navigation are thrown: let them through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && /^NEXT_/.test(error.digest))
      throw error;
    // The database down or out of connections: "try again in a moment", not "something broke".
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, "form action: database unavailable");
      return { status: "error", message: "unavailable", values };
    }
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "form action failed");
    return { status: "error", message: "failed", values };
  }
}
