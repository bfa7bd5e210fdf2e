"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { moveUnitAction } from "@/app/admin/units/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { UnitFormMessage } from "./unit-form-message";
import { UnitSelect, type UnitOption } from "./unit-select";

interface Props {
  unit: { id: string; version: number; parentId: string | null };
  /** Possible parents: active units outside this unit's subtree. */
  parents: UnitOption[];
}

/** Moves the unit (and everything below it) under another parent. */
export function UnitMoveForm({ unit, parents }: Props) {
  const t = useTranslations("units");
  const [state, action] = useActionState(moveUnitAction, initialFormState);
  const selected = state.status === "error" ? state.values?.parentId : undefined;
  return (
    <form action={action} noValidate aria-labelledby="unit-move-title" className="space-y-4">
      <h2 id="unit-move-title" className="text-lg font-semibold">
        {t("moveTitle")}
      </h2>
      <UnitFormMessage state={state} />
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <UnitSelect
        name="parentId"
        label={t("moveParent")}
        hint={t("moveHint")}
        options={parents}
        defaultValue={selected ?? unit.parentId ?? ""}
        emptyLabel={t("topLevel")}
        errors={state.fieldErrors?.parentId}
      />
      <SubmitButton pendingLabel={t("moving")}>{t("move")}</SubmitButton>
    </form>
  );
}
