"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteUnitAction } from "@/app/admin/units/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { UnitFormMessage } from "./unit-form-message";

/** Delete, offered only for a unit nothing refers to; otherwise explains why not. */
export function UnitDeleteForm({ unit, isDeletable }: { unit: { id: string; version: number }; isDeletable: boolean }) {
  const t = useTranslations("units");
  const [state, action] = useActionState(deleteUnitAction, initialFormState);
  return (
    <section aria-labelledby="unit-delete-title" className="space-y-3">
      <h2 id="unit-delete-title" className="text-lg font-semibold">
        {t("deleteTitle")}
      </h2>
      {isDeletable ? (
        <form action={action} className="space-y-3">
          <p className="text-sm text-stone-600">{t("deleteHint")}</p>
          <UnitFormMessage state={state} />
          <input type="hidden" name="id" value={unit.id} />
          <input type="hidden" name="version" value={unit.version} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" required className="h-4 w-4" />
            {t("deleteConfirm")}
          </label>
          <SubmitButton pendingLabel={t("deleting")}>{t("delete")}</SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-stone-700">{t("notDeletable")}</p>
      )}
    </section>
  );
}
