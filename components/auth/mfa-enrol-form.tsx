"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEnrolmentAction } from "@/app/account/mfa/actions";
import type { MfaFormState } from "@/lib/auth/mfa";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { RecoveryCodes } from "./recovery-codes";

/** Confirms enrolment with a code; `token` is the server-sealed pending secret. */
export function MfaEnrolForm({ token }: { token: string }) {
  const t = useTranslations("mfa");
  const [state, action] = useActionState<MfaFormState, FormData>(confirmEnrolmentAction, { status: "idle" });
  if (state.status === "success" && state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  return (
    <form action={action} noValidate className="mt-3 max-w-sm space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="code"
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
    </form>
  );
}
