"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { returnNominationAction } from "@/app/nominations/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { initialFormState } from "@/lib/forms";
import { NominationMessage } from "./nomination-message";

/** An administrator returns a submitted dossier for revision; the comment tells the officer what to fix and is sent to them. */
export function ReturnNominationForm({ nominationId, version }: { nominationId: string; version: number }) {
  const t = useTranslations("nominations.return");
  const [state, action] = useActionState(returnNominationAction, initialFormState);
  // Controlled: a refused return keeps the comment that was typed.
  const [comment, setComment] = useState("");
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="return-title"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="return-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <NominationMessage state={state} />
      <input type="hidden" name="id" value={nominationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="comment"
        label={t("comment")}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        maxLength={2000}
        rows={4}
        errors={state.fieldErrors?.comment}
        required
      />
      <SubmitButton pendingLabel={t("returning")}>{t("submit")}</SubmitButton>
    </form>
  );
}
