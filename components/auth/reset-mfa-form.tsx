"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetMfaAction } from "@/app/admin/users/[id]/mfa-actions";
import type { MfaFormState } from "@/lib/auth/mfa";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** For the administrator's user page: clears a person's second factor and signs them out everywhere. */
export function ResetMfaForm({ userId, isEnrolled }: { userId: string; isEnrolled: boolean }) {
  const t = useTranslations("mfa");
  const [state, action] = useActionState<MfaFormState, FormData>(resetMfaAction, { status: "idle" });
  return (
    <section aria-labelledby="reset-mfa-title">
      <h2 id="reset-mfa-title" className="text-lg font-semibold">
        {t("resetTitle")}
      </h2>
      {state.status === "success" ? (
        <p role="status" className="mt-2 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("resetDone")}
        </p>
      ) : isEnrolled ? (
        <form action={action} className="mt-2 space-y-3">
          <p className="text-stone-700">{t("resetIntro")}</p>
          <FormMessage state={state} />
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton pendingLabel={t("resetting")}>{t("reset")}</SubmitButton>
        </form>
      ) : (
        <p className="mt-2 text-stone-700">{t("notEnrolled")}</p>
      )}
    </section>
  );
}
