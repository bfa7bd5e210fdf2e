"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setUnitActiveAction } from "@/app/admin/units/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { UnitFormMessage } from "./unit-form-message";

/** Deactivate or reactivate: one button that flips the current state. */
export function UnitStatusForm({ unit }: { unit: { id: string; version: number; isActive: boolean } }) {
  const t = useTranslations("units");
  const [state, action] = useActionState(setUnitActiveAction, initialFormState);
  return (
    <form action={action} aria-labelledby="unit-status-title" className="space-y-3">
      <h2 id="unit-status-title" className="text-lg font-semibold">
        {t("activeTitle")}
      </h2>
      <p>{unit.isActive ? t("statusActive") : t("statusInactive")}</p>
      <p className="text-sm text-stone-600">{unit.isActive ? t("deactivateHint") : t("reactivateHint")}</p>
      <UnitFormMessage state={state} />
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <input type="hidden" name="isActive" value={unit.isActive ? "false" : "true"} />
      <SubmitButton pendingLabel={t("applying")}>{unit.isActive ? t("deactivate") : t("reactivate")}</SubmitButton>
    </form>
  );
}
