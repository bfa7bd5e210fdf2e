"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction, setUserActiveAction, type UserFormState } from "@/app/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { TemporaryPassword } from "./temporary-password";

/** Deactivate or reactivate. Hidden for one's own account: the server refuses self-deactivation. */
export function AccountStatusForm({
  userId,
  isActive,
  isSelf,
}: {
  userId: string;
  isActive: boolean;
  isSelf: boolean;
}) {
  const t = useTranslations("users");
  const [state, action] = useActionState(setUserActiveAction, initialFormState);
  if (isSelf && isActive) return <p className="text-stone-600">{t("cannotDeactivateSelf")}</p>;
  return (
    <form action={action} className="space-y-2">
      <p>{isActive ? t("deactivateHint") : t("reactivateHint")}</p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      <SubmitButton pendingLabel={t("working")}>{isActive ? t("deactivate") : t("reactivate")}</SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

const initialResetState: UserFormState = { status: "idle" };

/** Issues a new temporary password, shown here once. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("users");
  const [state, action] = useActionState(resetPasswordAction, initialResetState);
  return (
    <form action={action} className="space-y-2">
      <p>{t("resetPasswordHint")}</p>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pendingLabel={t("working")}>{t("resetPassword")}</SubmitButton>
      {state.temporaryPassword ? (
        <TemporaryPassword password={state.temporaryPassword} />
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
