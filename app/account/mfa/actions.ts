"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { confirmEnrolment, disableMfa, regenerateRecoveryCodes, type MfaFormState } from "@/lib/auth/mfa";
import { fieldError, handleForm } from "@/lib/forms";
import { requestClientAddress } from "@/lib/security/client-address";
import { getCurrentUser } from "@/lib/session";

const codeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "totpInvalid");
const confirmSchema = z.object({ token: z.string().min(1).max(2_000), code: codeField });
const codeSchema = z.object({ code: codeField });
const secretFields = ["code", "token"] as const;

const unauthenticated: MfaFormState = { status: "error", message: "unauthenticated" };

/** Confirms enrolment with a code from the pending secret (sealed in the form's token); returns the recovery codes. */
export async function confirmEnrolmentAction(_previous: MfaFormState, formData: FormData): Promise<MfaFormState> {
  const actor = await getCurrentUser();
  if (!actor) return unauthenticated;
  return handleForm(
    formData,
    confirmSchema,
    async ({ token, code }) => {
      const recoveryCodes = await confirmEnrolment({ actor, token, code, ip: await requestClientAddress() });
      if (!recoveryCodes) return fieldError("code", "totpInvalid");
      // No revalidatePath yet: the page would re-render as "enrolled" before the codes are saved.
      return { status: "success", recoveryCodes } satisfies MfaFormState;
    },
    { secretFields },
  );
}

/** Replaces the recovery codes after a current code. */
export async function regenerateRecoveryCodesAction(
  _previous: MfaFormState,
  formData: FormData,
): Promise<MfaFormState> {
  const actor = await getCurrentUser();
  if (!actor) return unauthenticated;
  return handleForm(
    formData,
    codeSchema,
    async ({ code }) => {
      const recoveryCodes = await regenerateRecoveryCodes({ actor, code, ip: await requestClientAddress() });
      if (!recoveryCodes) return fieldError("code", "totpInvalid");
      return { status: "success", recoveryCodes } satisfies MfaFormState;
    },
    { secretFields },
  );
}

/** Turns MFA off after a current code (refused when the actor's role requires it). */
export async function disableMfaAction(_previous: MfaFormState, formData: FormData): Promise<MfaFormState> {
  const actor = await getCurrentUser();
  if (!actor) return unauthenticated;
  return handleForm(
    formData,
    codeSchema,
    async ({ code }) => {
      if (!(await disableMfa({ actor, code, ip: await requestClientAddress() })))
        return fieldError("code", "totpInvalid");
      revalidatePath("/account/mfa");
    },
    { secretFields, successMessage: "saved" },
  );
}
