"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

/** A council form's outcome: its refusals, or the form-level message (saved, conflict, failed…). */
export function CouncilOutcome({ state, id }: { state: FormState; id: string }) {
  const tForms = useTranslations("forms");
  const t = useTranslations("council");
  if (state.reasons?.length) {
    // A conflict names its kind (nominator, sameUnit…): said in words before the refusal is shown.
    const reasons = state.reasons.map((reason) =>
      reason.values?.kind
        ? { ...reason, values: { ...reason.values, kind: t(`conflictKinds.${reason.values.kind}` as never) } }
        : reason,
    );
    return <ReviewRefusals state={{ ...state, reasons }} id={id} />;
  }
  if (!state.message) return null;
  const isError = state.status === "error";
  return (
    <p
      id={id}
      role={isError ? "alert" : "status"}
      className={isError ? "mt-1 text-sm text-red-800" : "mt-1 text-sm text-green-900"}
    >
      {tForms(state.message as never)}
    </p>
  );
}
