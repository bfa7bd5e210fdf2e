"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { declareConflictAction } from "@/app/reviews/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { initialFormState } from "@/lib/forms";
import { maxConflictReasonLength } from "@/lib/reviews/reviewing/schemas";
import { ReviewRefusals } from "./review-refusals";

/** "Khai báo xung đột lợi ích": the reviewer gives a reason; the assignment is removed. */
export function ScoreConflict({ reviewId }: { reviewId: string }) {
  const t = useTranslations("reviewing");
  const tForms = useTranslations("forms");
  const [state, action] = useActionState(declareConflictAction, initialFormState);
  return (
    <section aria-labelledby="score-conflict-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="score-conflict-heading" className="text-lg font-semibold">
        {t("conflictHeading")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("conflictIntro")}</p>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="reviewId" value={reviewId} />
        <TextAreaField
          name="reason"
          label={t("conflictReason")}
          rows={3}
          maxLength={maxConflictReasonLength}
          required
          defaultValue={state.values?.reason ?? ""}
          errors={state.fieldErrors?.reason}
        />
        <FormMessage state={state} />
        <ReviewRefusals state={state} />
        <SubmitButton pendingLabel={tForms("saving")}>{t("conflictSubmit")}</SubmitButton>
      </form>
    </section>
  );
}
