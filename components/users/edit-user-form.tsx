"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateUserAction } from "@/app/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import type { UserDetail } from "@/lib/users/queries";

/** An account's details; the version travels with the form so a concurrent change is caught, not overwritten. */
export function EditUserForm({
  user,
}: {
  user: Pick<UserDetail, "id" | "version" | "fullName" | "position" | "locale">;
}) {
  const t = useTranslations("users");
  const tForms = useTranslations("forms");
  const tLocale = useTranslations("locale");
  const [state, action] = useActionState(updateUserAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={values.version ?? user.version} />
      <TextField
        name="fullName"
        label={t("fullName")}
        defaultValue={values.fullName ?? user.fullName}
        errors={errors.fullName}
        required
        maxLength={200}
      />
      <TextField
        name="position"
        label={t("position")}
        defaultValue={values.position ?? user.position ?? ""}
        errors={errors.position}
        maxLength={200}
      />
      <SelectField
        name="locale"
        label={t("locale")}
        defaultValue={values.locale ?? user.locale}
        errors={errors.locale}
        options={[
          { value: "vi", label: tLocale("vi") },
          { value: "en", label: tLocale("en") },
        ]}
      />
      <SubmitButton pendingLabel={tForms("saving")}>{tForms("save")}</SubmitButton>
    </form>
  );
}
