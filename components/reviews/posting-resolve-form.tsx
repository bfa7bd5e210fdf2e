"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resolveObjectionAction } from "@/app/admin/movements/[id]/posting/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

/** The answer to one objection (one form per row: ids carry the feedback id). */
export function PostingResolveForm({ feedbackId }: { feedbackId: string }) {
  const t = useTranslations("posting");
  const tValidation = useTranslations("validation");
  const [state, action] = useActionState(resolveObjectionAction, initialFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const id = `resolution-${feedbackId}`;
  const errors = state.fieldErrors?.resolution ?? [];
  return (
    <form action={action} className="min-w-64 space-y-2">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <label htmlFor={id} className="block font-medium">
        {t("resolution")}
      </label>
      <textarea
        id={id}
        name="resolution"
        rows={3}
        maxLength={2000}
        defaultValue={values.resolution ?? ""}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        className="w-full rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-600"
      />
      {errors.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.map((c) => tValidation(c as never)).join(" ")}
        </p>
      ) : null}
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <ReviewRefusals state={state} />
      <SubmitButton pendingLabel={t("resolving")}>{t("resolve")}</SubmitButton>
    </form>
  );
}
