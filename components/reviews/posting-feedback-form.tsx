"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { sendFeedbackAction } from "@/app/movements/[id]/shortlist/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

/** Feedback or an objection on one posted candidate; ids carry the nomination id (one form per candidate). */
export function PostingFeedbackForm({
  movementId,
  nominationId,
  nomineeName,
}: {
  movementId: string;
  nominationId: string;
  nomineeName: string;
}) {
  const t = useTranslations("posting");
  const tValidation = useTranslations("validation");
  const [state, action] = useActionState(sendFeedbackAction, initialFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const prefix = `feedback-${nominationId}`;
  const bodyErrors = state.fieldErrors?.body ?? [];
  const kindErrors = state.fieldErrors?.kind ?? [];
  const describedBy = [`${prefix}-hint`, bodyErrors.length ? `${prefix}-body-error` : null].filter(Boolean).join(" ");
  return (
    <form
      action={action}
      aria-labelledby={`${prefix}-title`}
      className="mt-4 space-y-3 rounded border border-stone-200 bg-stone-50 p-4"
    >
      <h4 id={`${prefix}-title`} className="font-semibold">
        {t("feedbackFormTitle", { name: nomineeName })}
      </h4>
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="nominationId" value={nominationId} />
      <fieldset aria-describedby={kindErrors.length ? `${prefix}-kind-error` : undefined}>
        <legend className="font-medium">{t("feedbackKind")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["FEEDBACK", "OBJECTION"] as const).map((kind) => (
            <label key={kind} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={(values.kind ?? "FEEDBACK") === kind}
                className="h-4 w-4"
              />
              {t(`feedbackKind${kind}`)}
            </label>
          ))}
        </div>
        {kindErrors.length ? (
          <p id={`${prefix}-kind-error`} className="mt-1 text-sm text-red-700">
            {kindErrors.map((c) => tValidation(c as never)).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor={`${prefix}-body`} className="block font-medium">
          {t("feedbackBody")}
        </label>
        <p id={`${prefix}-hint`} className="text-sm text-stone-600">
          {t("feedbackBodyHint")}
        </p>
        <textarea
          id={`${prefix}-body`}
          name="body"
          rows={4}
          maxLength={2000}
          defaultValue={values.body ?? ""}
          aria-invalid={bodyErrors.length ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-600"
        />
        {bodyErrors.length ? (
          <p id={`${prefix}-body-error`} className="mt-1 text-sm text-red-700">
            {bodyErrors.map((c) => tValidation(c as never)).join(" ")}
          </p>
        ) : null}
      </div>
      {state.status === "success" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("sent")}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <ReviewRefusals state={state} />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
