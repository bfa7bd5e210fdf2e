"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";

/**
 * Why a review-and-decision step was refused (FormState.reasons from app/review-action.ts), one
 * line each, in the "reviewRefusals" namespace; a `stage` value is shown in words.
 */
export function ReviewRefusals({ state, id }: { state: FormState; id?: string }) {
  const t = useTranslations("reviewRefusals");
  const tStage = useTranslations("reviewStages");
  if (!state.reasons?.length) return null;
  return (
    <ul
      id={id}
      role="alert"
      className="mt-2 list-disc space-y-1 rounded border border-red-300 bg-red-50 p-3 pl-8 text-red-800"
    >
      {state.reasons.map((reason, i) => {
        const values = { ...reason.values };
        if (values.stage) values.stage = tStage(values.stage as never);
        return <li key={i}>{t(reason.code as never, values as never)}</li>;
      })}
    </ul>
  );
}
