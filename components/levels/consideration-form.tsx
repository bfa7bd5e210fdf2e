"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordConsiderationAction } from "@/app/levels/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { Field } from "@/components/ui/field";
import { initialFormState } from "@/lib/forms";
import { LevelFormMessage } from "./level-form-message";

/** Records the level council's vote on what it received, with its minutes PDF when there is one. */
export function ConsiderationForm({ movementId, unitId }: { movementId: string; unitId: string }) {
  const t = useTranslations("levels");
  const [state, action] = useActionState(recordConsiderationAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form action={action} noValidate className="mt-3 max-w-2xl space-y-3">
      <LevelFormMessage state={state} />
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="unitId" value={unitId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          idPrefix="consideration"
          name="totalMembers"
          label={t("totalMembers")}
          inputMode="numeric"
          required
          defaultValue={value("totalMembers")}
          errors={errors.totalMembers}
        />
        <TextField
          idPrefix="consideration"
          name="membersPresent"
          label={t("membersPresent")}
          inputMode="numeric"
          required
          defaultValue={value("membersPresent")}
          errors={errors.membersPresent}
        />
        <TextField
          idPrefix="consideration"
          name="votesFor"
          label={t("votesFor")}
          inputMode="numeric"
          required
          defaultValue={value("votesFor")}
          errors={errors.votesFor}
        />
        <TextField
          idPrefix="consideration"
          name="votesAgainst"
          label={t("votesAgainst")}
          inputMode="numeric"
          required
          defaultValue={value("votesAgainst")}
          errors={errors.votesAgainst}
        />
      </div>
      <TextAreaField
        idPrefix="consideration"
        name="note"
        label={t("note")}
        rows={2}
        maxLength={2000}
        defaultValue={value("note")}
        errors={errors.note}
      />
      <Field idPrefix="consideration" name="minutes" label={t("minutes")} errors={errors.minutes}>
        {(control) => (
          <input {...control} type="file" accept="application/pdf,.pdf" className="mt-1 block w-full text-sm" />
        )}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("recordConsideration")}</SubmitButton>
    </form>
  );
}
