"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { openVoteAction } from "@/app/admin/movements/[id]/vote/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

/** Opens the council's vote, with an optional quorum (share of the members who must vote). */
export function VoteOpenForm({ movementId }: { movementId: string }) {
  const t = useTranslations("vote");
  const [state, action] = useActionState(openVoteAction, initialFormState);
  const values = state.values ?? {};
  return (
    <form action={action} noValidate className="mt-4 max-w-md space-y-4">
      <input type="hidden" name="movementId" value={movementId} />
      <FormMessage state={state} />
      <ReviewRefusals state={state} />
      <TextField
        name="quorumPercent"
        label={t("quorumPercent")}
        hint={t("quorumHint")}
        inputMode="numeric"
        defaultValue={values.quorumPercent}
        errors={state.fieldErrors?.quorumPercent}
        maxLength={3}
      />
      <SubmitButton pendingLabel={t("opening")}>{t("openVote")}</SubmitButton>
    </form>
  );
}
