"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordDecisionAction } from "@/app/admin/movements/[id]/vote/decision-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { DecisionFields } from "./decision-fields";
import { ReviewRefusals } from "./review-refusals";

/** Records the decision of a movement whose vote is closed; a refusal (e.g. unanswered objections) links to the posting page. */
export function DecisionForm({
  movementId,
  today,
  defaultAuthority,
}: {
  movementId: string;
  today: string;
  defaultAuthority: string;
}) {
  const t = useTranslations("decision");
  const [state, action] = useActionState(recordDecisionAction, initialFormState);
  const objectionsRefused = state.reasons?.some((reason) => reason.code === "objectionsUnresolved") ?? false;
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="decision-form-title"
      className="space-y-4 rounded-lg border border-stone-300 bg-white p-4"
    >
      <h3 id="decision-form-title" className="text-lg font-semibold">
        {t("record")}
      </h3>
      <FormMessage state={state} />
      <ReviewRefusals state={state} />
      {objectionsRefused ? (
        <p>
          <Link
            href={`/admin/movements/${movementId}/posting`}
            className="text-brand-700 underline hover:text-brand-800"
          >
            {t("objectionsLink")}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="movementId" value={movementId} />
      <DecisionFields
        state={state}
        today={today}
        values={{ number: "", issuedOn: today, signerName: "", issuingAuthority: defaultAuthority }}
      />
      <SubmitButton pendingLabel={t("recording")}>{t("record")}</SubmitButton>
    </form>
  );
}
