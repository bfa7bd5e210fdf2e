"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateProfileAction } from "@/app/account/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import type { OwnProfile } from "@/lib/users/queries";

/** One's own name, position and language. The email is shown, not editable: it is the sign-in name. */
export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const t = useTranslations("account");
  const tForms = useTranslations("forms");
  const tLocale = useTranslations("locale");
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={values.version ?? profile.version} />
      <div>
        <p className="font-medium">{t("email")}</p>
        <p className="mt-1 text-stone-700">{profile.email}</p>
      </div>
      <TextField
        name="fullName"
        label={t("fullName")}
        defaultValue={values.fullName ?? profile.fullName}
        errors={errors.fullName}
        required
        maxLength={200}
        autoComplete="name"
      />
      <TextField
        name="position"
        label={t("position")}
        defaultValue={values.position ?? profile.position ?? ""}
        errors={errors.position}
        maxLength={200}
      />
      <SelectField
        name="locale"
        label={t("locale")}
        defaultValue={values.locale ?? profile.locale}
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
