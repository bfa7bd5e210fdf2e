"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createUserAction, type UserFormState } from "@/app/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { UnitOption } from "@/lib/users/queries";
import { roles } from "@/lib/users/roles";
import { unitSelectOptions } from "./options";
import { TemporaryPassword } from "./temporary-password";

const initialState: UserFormState = { status: "idle" };

/** New account form; "add another" remounts it so the previous result (and password) is gone. */
export function CreateUserForm({ units }: { units: UnitOption[] }) {
  const [round, setRound] = useState(0);
  return <CreateUserRound key={round} units={units} onAnother={() => setRound((r) => r + 1)} />;
}

/** Details and one role on a unit; afterwards the temporary password, shown once. */
function CreateUserRound({ units, onAnother }: { units: UnitOption[]; onAnother: () => void }) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const tLocale = useTranslations("locale");
  const [state, action] = useActionState(createUserAction, initialState);
  if (state.status === "success" && state.temporaryPassword && state.userId) {
    return (
      <div className="mt-6 space-y-4">
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("created")}
        </p>
        <TemporaryPassword password={state.temporaryPassword} />
        <div className="flex gap-4">
          <Link href={`/admin/users/${state.userId}`} className="font-semibold text-brand-700 underline">
            {t("openCreated")}
          </Link>
          <button type="button" onClick={onAnother} className="text-brand-700 underline">
            {t("createAnother")}
          </button>
        </div>
      </div>
    );
  }
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="mt-6 max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        defaultValue={values.email}
        errors={errors.email}
        required
        maxLength={254}
        autoComplete="off"
      />
      <TextField
        name="fullName"
        label={t("fullName")}
        defaultValue={values.fullName}
        errors={errors.fullName}
        required
        maxLength={200}
      />
      <TextField
        name="position"
        label={t("position")}
        defaultValue={values.position}
        errors={errors.position}
        maxLength={200}
      />
      <SelectField
        name="locale"
        label={t("locale")}
        defaultValue={values.locale ?? "vi"}
        errors={errors.locale}
        options={[
          { value: "vi", label: tLocale("vi") },
          { value: "en", label: tLocale("en") },
        ]}
      />
      <SelectField
        name="role"
        label={t("role")}
        defaultValue={values.role ?? "STAFF"}
        errors={errors.role}
        options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
      />
      <SelectField
        name="unitId"
        label={t("unit")}
        defaultValue={values.unitId}
        errors={errors.unitId}
        options={unitSelectOptions(units)}
      />
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
