"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forwardAction } from "@/app/levels/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { LevelFormMessage } from "./level-form-message";

/** The id of the forward form: the table's checkboxes belong to it through their `form` attribute. */
export const forwardFormId = "forward-form";

/** Forwards the dossiers ticked in the inbox table (checkboxes "selected.<id>" outside this element). */
export function ForwardForm({
  movementId,
  unitId,
  organizerName,
}: {
  movementId: string;
  unitId: string;
  organizerName: string;
}) {
  const t = useTranslations("levels");
  const [state, action] = useActionState(forwardAction, initialFormState);
  return (
    <form id={forwardFormId} action={action} noValidate className="space-y-2" aria-describedby="forward-hint">
      <h2 className="text-lg font-semibold">{t("forwardTitle")}</h2>
      <p id="forward-hint" className="text-sm text-stone-700">
        {t("forwardHint", { organizer: organizerName })}
      </p>
      <LevelFormMessage state={state} />
      {state.fieldErrors?.selected ? (
        <p className="text-sm text-red-700" role="alert">
          {t("outcomes.fixErrors")}
        </p>
      ) : null}
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="unitId" value={unitId} />
      <SubmitButton pendingLabel={t("forwarding")}>{t("forward")}</SubmitButton>
    </form>
  );
}
