"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLevelDeadlineAction } from "@/app/admin/movements/[id]/route/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { LevelFormMessage } from "./level-form-message";

/** One level's own forward deadline (an extension); blank: counted back from the level above. */
export function LevelDeadlineForm({
  movementId,
  unit,
  ownDeadline,
}: {
  movementId: string;
  unit: { id: string; name: string };
  ownDeadline: string | null;
}) {
  const t = useTranslations("levels");
  const [state, action] = useActionState(setLevelDeadlineAction, initialFormState);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="unitId" value={unit.id} />
      <TextField
        idPrefix={`deadline-${unit.id}`}
        name="forwardBy"
        type="date"
        label={t("ownDeadlineLabel", { unit: unit.name })}
        defaultValue={state.values?.forwardBy ?? ownDeadline ?? ""}
        errors={state.fieldErrors?.forwardBy}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("saveDeadline")}</SubmitButton>
      <div className="w-full">
        <LevelFormMessage state={state} />
      </div>
    </form>
  );
}
