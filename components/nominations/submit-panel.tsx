"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { submitNominationAction } from "@/app/nominations/actions";
import { initialFormState, type FormState } from "@/lib/forms";
import { NominationProblems } from "./nomination-problems";

interface Props {
  nominationId: string;
  /** Saves what is pending first; false when it could not (conflict, invalid fields). */
  flush(): Promise<boolean>;
  currentVersion(): number;
  isBlocked: boolean;
  criterionNames: Record<string, string>;
  isCollective: boolean;
  isResubmission: boolean;
}

const failureKey = (message: string | undefined) =>
  message === "notSaved" || message === "conflict" || message === "unavailable" ? message : "failed";

/**
 * Submit, after an explicit confirmation: saves what is pending, then submits that version.
 * The confirm button is disabled from the first click (and the server records one submission
 * per version anyway); a refusal lists every problem with a link to its field.
 */
export function SubmitPanel({
  nominationId,
  flush,
  currentVersion,
  isBlocked,
  criterionNames,
  isCollective,
  isResubmission,
}: Props) {
  const t = useTranslations("nominations.submit");
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [result, setResult] = useState<FormState | null>(null);
  const busy = useRef(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);
  useEffect(() => {
    if (result?.status === "error") resultRef.current?.focus();
  }, [result]);

  async function confirm() {
    if (busy.current) return;
    busy.current = true;
    setIsSubmitting(true);
    try {
      if (!(await flush())) {
        setResult({ status: "error", message: "notSaved" });
        return;
      }
      const data = new FormData();
      data.set("id", nominationId);
      data.set("version", String(currentVersion()));
      const state = await submitNominationAction(initialFormState, data);
      setResult(state);
      if (state.status === "success") router.refresh();
    } finally {
      busy.current = false;
      setIsSubmitting(false);
      setIsConfirming(false);
    }
  }

  return (
    <section aria-labelledby="submit-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="submit-title" className="text-lg font-semibold">
        {isResubmission ? t("resubmitTitle") : t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {result?.status === "error" ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-red-800"
        >
          <p className="font-semibold">{result.reasons?.length ? t("refused") : t(failureKey(result.message))}</p>
          {result.reasons?.length ? (
            <NominationProblems reasons={result.reasons} criterionNames={criterionNames} isCollective={isCollective} />
          ) : null}
        </div>
      ) : null}
      {result?.status === "success" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("done")}
        </p>
      ) : null}
      {isConfirming ? (
        <div
          role="group"
          aria-labelledby="submit-question"
          className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3"
          onKeyDown={(event) => event.key === "Escape" && setIsConfirming(false)}
        >
          <p id="submit-question" ref={questionRef} tabIndex={-1} className="font-medium">
            {t("question")}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={confirm}
              disabled={isSubmitting}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {isSubmitting ? t("submitting") : t("confirm")}
            </button>
            <button
              type="button"
              onClick={() => setIsConfirming(false)}
              disabled={isSubmitting}
              className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
            >
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setIsConfirming(true)}
          disabled={isBlocked}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {isResubmission ? t("resubmit") : t("open")}
        </button>
      )}
    </section>
  );
}
