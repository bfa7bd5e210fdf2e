"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateUnitAction } from "@/app/admin/units/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { UnitFormMessage } from "./unit-form-message";

interface Props {
  unit: { id: string; name: string; code: string; headcount: number | null; version: number };
}

/** Rename / change code. After an error the typed values stay; after success the saved ones show. */
export function UnitEditForm({ unit }: Props) {
  const t = useTranslations("units");
  const [state, action] = useActionState(updateUnitAction, initialFormState);
  const typed = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={action} noValidate aria-labelledby="unit-edit-title" className="space-y-4">
      <h2 id="unit-edit-title" className="text-lg font-semibold">
        {t("editTitle")}
      </h2>
      <UnitFormMessage state={state} />
      <input type="hidden" name="id" value={unit.id} />
      {/* The version the page was rendered from, always fresh from the server: optimistic concurrency. */}
      <input type="hidden" name="version" value={unit.version} />
      <TextField
        name="name"
        label={t("name")}
        defaultValue={typed.name ?? unit.name}
        errors={state.fieldErrors?.name}
        required
        maxLength={200}
      />
      <TextField
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        defaultValue={typed.code ?? unit.code}
        errors={state.fieldErrors?.code}
        required
        maxLength={20}
        autoCapitalize="characters"
        className="max-w-xs"
      />
      <TextField
        name="headcount"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        label={t("headcount")}
        hint={t("headcountHint")}
        defaultValue={typed.headcount ?? (unit.headcount === null ? "" : String(unit.headcount))}
        errors={state.fieldErrors?.headcount}
        className="max-w-xs"
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
