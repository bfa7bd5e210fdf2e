"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";
import { NominationProblems } from "./nomination-problems";

const outcomes = ["submitted", "withdrawn", "returned"] as const;
type Outcome = (typeof outcomes)[number];
const isOutcome = (message: string | undefined): message is Outcome =>
  (outcomes as readonly (string | undefined)[]).includes(message);

/** The outcome of a workflow step (submit, withdraw, return), or every reason it was refused. */
export function NominationMessage({ state }: { state: FormState }) {
  const t = useTranslations("nominations.outcomes");
  if (state.reasons?.length) {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
        <p className="font-semibold">{t("refused")}</p>
        <NominationProblems reasons={state.reasons} criterionNames={{}} isCollective={false} />
      </div>
    );
  }
  if (!isOutcome(state.message)) return <FormMessage state={state} />;
  return (
    <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
      {t(state.message)}
    </p>
  );
}
