"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUnitAction } from "@/app/admin/units/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { UnitFormMessage } from "./unit-form-message";
import { UnitSelect, type UnitOption } from "./unit-select";

/** New unit: name, code and parent; on success the action opens the new unit. */
export function UnitCreateForm({ parents, defaultParentId }: { parents: UnitOption[]; defaultParentId: string }) {
  const t = useTranslations("units");
  const [state, action] = useActionState(createUnitAction, initialFormState);
  const values = state.values ?? {};
  return (
    <form action={action} noValidate className="mt-6 max-w-xl space-y-4">
      <UnitFormMessage state={state} />
      <TextField
        name="name"
        label={t("name")}
        defaultValue={values.name ?? ""}
        errors={state.fieldErrors?.name}
        required
        maxLength={200}
      />
      <TextField
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        defaultValue={values.code ?? ""}
        errors={state.fieldErrors?.code}
        required
        maxLength={20}
        autoCapitalize="characters"
        className="max-w-xs"
      />
      <UnitSelect
        name="parentId"
        label={t("parent")}
        options={parents}
        defaultValue={values.parentId ?? defaultParentId}
        emptyLabel={t("topLevel")}
        errors={state.fieldErrors?.parentId}
      />
      <TextField
        name="headcount"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        label={t("headcount")}
        hint={t("headcountHint")}
        defaultValue={values.headcount ?? ""}
        errors={state.fieldErrors?.headcount}
        className="max-w-xs"
      />
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
