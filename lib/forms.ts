// The shape every server action returns to its form (for useActionState), and the helpers
// that build it: per-field error codes, a message key, and the submitted values echoed back
// so nothing typed is lost when the server refuses.
import type { ZodType } from "zod";
import { DomainError, FieldError } from "./errors";
import { logger } from "./logger";

export interface FormState {
  status: "idle" | "success" | "error";
  /** Key in the "forms" message namespace (e.g. "saved", "conflict"). */
  message?: string;
  /** Field name → codes in the "validation" namespace (e.g. "required", "tooLong"). */
  fieldErrors?: Record<string, string[]>;
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
  const values = formValues(formData, options.secretFields ?? ["password", "currentPassword", "newPassword", "confirmPassword"]);
  const parsed = schema.safeParse(Object.fromEntries(submittedFields(formData).entries()));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      (fieldErrors[field] ??= []).push(toCode(issue.message));
    }
    return { status: "error", message: "fixErrors", fieldErrors, values };
  }
  try {
    const result = await command(parsed.data);
    return result ?? { status: "success", message: options.successMessage ?? "saved", values };
  } catch (error) {
    if (error instanceof FieldError) return fieldError(error.field, toCode(error.fieldCode), values);
    if (error instanceof DomainError) {
      return { status: "error", message: error.code === "invalid" ? "fixErrors" : error.code, values };
    }
    // Redirects and notFound() from next/navigation are thrown: let them through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && /^NEXT_/.test(error.digest)) throw error;
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "form action failed");
    return { status: "error", message: "failed", values };
  }
}
