"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reopenReviewAction } from "@/app/reviews/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

/** An administrator's "reopen" of a submitted review. */
export function ScoreReopen({ reviewId }: { reviewId: string }) {
  const t = useTranslations("reviewing");
  const tForms = useTranslations("forms");
  const [state, action] = useActionState(reopenReviewAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <SubmitButton pendingLabel={tForms("saving")}>{t("reopen")}</SubmitButton>
      {state.message === "reopened" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("reopened")}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <ReviewRefusals state={state} />
    </form>
  );
}
