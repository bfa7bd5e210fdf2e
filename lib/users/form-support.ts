// Glue between server actions and the users commands, kept out of app/ so it can be tested.
import { fieldError, formValues, type FormState } from "../forms";
import { FieldError } from "./field-error";

export const secretFields = ["currentPassword", "newPassword", "confirmPassword"] as const;

/** Only the fields a form is meant to send: React's own "$ACTION…" fields are dropped, nothing else is. */
export function submittedFields(formData: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of formData.entries()) if (!key.startsWith("$ACTION")) clean.append(key, value);
  return clean;
}

/** Runs `command`; a FieldError becomes that field's error, keeping the (non-secret) submitted values. */
export async function withFieldErrors(formData: FormData, command: () => Promise<FormState | void>): Promise<FormState | void> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof FieldError) return fieldError(error.field, error.fieldCode, formValues(formData, secretFields));
    throw error;
  }
}
