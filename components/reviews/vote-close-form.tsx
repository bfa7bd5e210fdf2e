"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { closeVoteAction } from "@/app/admin/movements/[id]/vote/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

/** Closing the vote cannot be undone: a first button asks, the second closes. */
export function VoteCloseForm({ movementId }: { movementId: string }) {
  const t = useTranslations("vote");
  const [state, action] = useActionState(closeVoteAction, initialFormState);
  const [isConfirming, setConfirming] = useState(false);
  return (
    <div className="mt-4">
      <FormMessage state={state} />
      <ReviewRefusals state={state} />
      {isConfirming ? (
        <form
          action={action}
          className="mt-2 space-y-3 rounded border border-amber-400 bg-amber-50 p-4"
          aria-labelledby="close-vote-confirm"
        >
          <input type="hidden" name="movementId" value={movementId} />
          <p id="close-vote-confirm">{t("closeConfirm")}</p>
          <div className="flex flex-wrap gap-4">
            <SubmitButton pendingLabel={t("closing")}>{t("closeVoteNow")}</SubmitButton>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="rounded border border-stone-400 px-4 py-2"
            >
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("closeVote")}
        </button>
      )}
    </div>
  );
}
