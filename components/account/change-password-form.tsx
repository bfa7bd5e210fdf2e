"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";

/** Current password, new password, confirmation. Passwords are never re-filled after an error. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-md space-y-4">
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        errors={errors.currentPassword}
        required
        autoComplete="current-password"
        maxLength={256}
      />
      <TextField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        errors={errors.newPassword}
        required
        autoComplete="new-password"
        maxLength={256}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        errors={errors.confirmPassword}
        required
        autoComplete="new-password"
        maxLength={256}
      />
      <SubmitButton pendingLabel={t("changingPassword")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
