"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { correctDecisionAction } from "@/app/admin/movements/[id]/vote/decision-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { initialFormState } from "@/lib/forms";
import { maxReasonLength } from "@/lib/reviews/decision/schemas";
import { DecisionFields, type DecisionFieldValues } from "./decision-fields";
import { ReviewRefusals } from "./review-refusals";

/** Corrects a recorded decision: the new values and the reason, against the version the page showed. */
export function DecisionCorrectionForm({
  movementId,
  decision,
  today,
}: {
  movementId: string;
  decision: DecisionFieldValues & { id: string; version: number };
  today: string;
}) {
  const t = useTranslations("decision");
  const [state, action] = useActionState(correctDecisionAction, initialFormState);
  const typed = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="decision-correct-title"
      className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h3 id="decision-correct-title" className="text-lg font-semibold">
        {t("correctTitle")}
      </h3>
      <p className="text-sm text-stone-700">{t("correctIntro")}</p>
      <FormMessage state={state} />
      <ReviewRefusals state={state} />
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="decisionId" value={decision.id} />
      {/* The version the page was rendered from: a correction made meanwhile makes this one a conflict. */}
      <input type="hidden" name="version" value={decision.version} />
      <DecisionFields state={state} today={today} values={decision} />
      <TextAreaField
        name="reason"
        label={t("reason")}
        defaultValue={typed.reason ?? ""}
        errors={state.fieldErrors?.reason}
        required
        minLength={10}
        maxLength={maxReasonLength}
        rows={3}
      />
      <SubmitButton pendingLabel={t("correcting")}>{t("correct")}</SubmitButton>
    </form>
  );
}
