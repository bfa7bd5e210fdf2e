"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { disableMfaAction, regenerateRecoveryCodesAction } from "@/app/account/mfa/actions";
import type { MfaFormState } from "@/lib/auth/mfa";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { RecoveryCodes } from "./recovery-codes";

const variants = {
  regenerate: {
    action: regenerateRecoveryCodesAction,
    title: "regenerateTitle",
    intro: "regenerateIntro",
    submit: "regenerate",
    pending: "regenerating",
  },
  disable: {
    action: disableMfaAction,
    title: "disableTitle",
    intro: "disableIntro",
    submit: "disable",
    pending: "disabling",
  },
} as const;

/** A change to an enrolled account that needs a current code: new recovery codes, or turning MFA off. */
export function MfaCodeForm({ kind }: { kind: keyof typeof variants }) {
  const t = useTranslations("mfa");
  const variant = variants[kind];
  const [state, action] = useActionState<MfaFormState, FormData>(variant.action, { status: "idle" });
  const headingId = `mfa-${kind}-title`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-lg font-semibold">
        {t(variant.title)}
      </h2>
      <p className="mt-1 text-stone-700">{t(variant.intro)}</p>
      {state.status === "success" && state.recoveryCodes ? (
        <RecoveryCodes codes={state.recoveryCodes} />
      ) : (
        <form action={action} noValidate className="mt-3 max-w-sm space-y-4">
          <FormMessage state={state} />
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
          <SubmitButton pendingLabel={t(variant.pending)}>{t(variant.submit)}</SubmitButton>
        </form>
      )}
    </section>
  );
}
