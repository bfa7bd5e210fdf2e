"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { saveReviewAction, submitReviewAction, type ScoreFormState } from "@/app/reviews/actions";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";
import { weightedTotal } from "./score-total";

export interface ScoreCriterion {
  id: string;
  n: number;
  name: string;
  guidance: string;
  weight: number;
  max: number;
}

interface Props {
  reviewId: string;
  version: number;
  criteria: ScoreCriterion[];
  scores: Record<string, { score: string; comment: string }>;
  overallComment: string;
}

const inputClass = "mt-1 w-full rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-600";
const buttonClass =
  "rounded px-4 py-2 font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-70";

/** Save, save-and-next, and submit share one state: which one ran is the submitter's `intent`. */
function runIntent(previous: ScoreFormState, formData: FormData): Promise<ScoreFormState> {
  return formData.get("intent") === "submit"
    ? submitReviewAction(previous, formData)
    : saveReviewAction(previous, formData);
}

/**
 * The reviewer's scoring form (phiếu chấm), built for the keyboard: one labelled score and one
 * comment per criterion in Tab order, focus on the first empty score, Enter in a field never
 * sends the form, Ctrl/⌘+S saves, Ctrl/⌘+Enter saves and opens the next dossier. Fields are
 * controlled, so a refusal or a conflict keeps everything typed.
 */
export function ScoreForm({
  reviewId,
  version,
  criteria,
  scores: initialScores,
  overallComment: initialOverall,
}: Props) {
  const t = useTranslations("reviewing");
  const tValidation = useTranslations("validation");
  const format = useFormatter();
  const [state, dispatch, isPending] = useActionState(runIntent, initialFormState as ScoreFormState);
  const [scores, setScores] = useState(() =>
    Object.fromEntries(criteria.map((c) => [c.id, initialScores[c.id]?.score ?? ""])),
  );
  const [comments, setComments] = useState(() =>
    Object.fromEntries(criteria.map((c) => [c.id, initialScores[c.id]?.comment ?? ""])),
  );
  const [overall, setOverall] = useState(initialOverall);
  const [isConfirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const currentVersion = Math.max(version, state.version ?? 0);
  const { total, missing } = weightedTotal(criteria, scores);

  useEffect(() => {
    const first = criteria.find((c) => !initialScores[c.id]?.score) ?? criteria[0];
    if (first) document.getElementById(scoreId(first.id))?.focus();
    // Only on arriving at this review: later renders must not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const isCommand = event.ctrlKey || event.metaKey;
    if (isCommand && event.key.toLowerCase() === "s") {
      event.preventDefault();
      if (!isPending) formRef.current?.requestSubmit(saveRef.current);
    } else if (isCommand && event.key === "Enter") {
      event.preventDefault();
      if (!isPending) formRef.current?.requestSubmit(nextRef.current);
    } else if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      // Enter in a score field does not send the form by accident.
      event.preventDefault();
    }
  }

  const errorsOf = (field: string) => state.fieldErrors?.[field] ?? [];
  const sayError = (code: string, max: number) =>
    code === "scoreOutOfRange" ? t("scoreOutOfRange", { max }) : tValidation(code as never);

  return (
    <form
      ref={formRef}
      action={dispatch}
      onKeyDown={onKeyDown}
      aria-labelledby="score-form-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="score-form-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h2>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="version" value={currentVersion} />
      {criteria.map((criterion) => {
        const id = scoreId(criterion.id);
        const errors = errorsOf(`scores.${criterion.id}.score`);
        const describedBy =
          [criterion.guidance ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") ||
          undefined;
        return (
          <fieldset
            key={criterion.id}
            className="space-y-2 border-t border-stone-200 pt-4 first-of-type:border-t-0 first-of-type:pt-0"
          >
            <div>
              <label htmlFor={id} className="block font-medium">
                {t("criterionLabel", {
                  n: criterion.n,
                  name: criterion.name,
                  weight: criterion.weight,
                  max: criterion.max,
                })}
              </label>
              {criterion.guidance ? (
                <p id={`${id}-hint`} className="text-sm text-stone-600">
                  {criterion.guidance}
                </p>
              ) : null}
              <input
                id={id}
                name={`scores.${criterion.id}.score`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={scores[criterion.id] ?? ""}
                onChange={(event) => setScores((previous) => ({ ...previous, [criterion.id]: event.target.value }))}
                aria-invalid={errors.length ? true : undefined}
                aria-describedby={describedBy}
                className={`${inputClass} max-w-32`}
              />
              {errors.length ? (
                <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                  {errors.map((code) => sayError(code, criterion.max)).join(" ")}
                </p>
              ) : null}
            </div>
            <div>
              <label htmlFor={`${id}-comment`} className="block text-sm font-medium">
                {t("commentLabel", { n: criterion.n })}
              </label>
              <textarea
                id={`${id}-comment`}
                name={`scores.${criterion.id}.comment`}
                rows={2}
                value={comments[criterion.id] ?? ""}
                onChange={(event) => setComments((previous) => ({ ...previous, [criterion.id]: event.target.value }))}
                className={inputClass}
              />
            </div>
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="field-overallComment" className="block font-medium">
          {t("overallLabel")}
        </label>
        <textarea
          id="field-overallComment"
          name="overallComment"
          rows={3}
          value={overall}
          onChange={(event) => setOverall(event.target.value)}
          aria-invalid={errorsOf("overallComment").length ? true : undefined}
          className={inputClass}
        />
      </div>
      <p aria-live="polite" className="rounded bg-brand-50 p-3 text-lg font-semibold">
        {missing === 0
          ? t("total", { total: format.number(total, { maximumFractionDigits: 2 }) })
          : t("totalIncomplete", { total: format.number(total, { maximumFractionDigits: 2 }), count: missing })}
      </p>
      {state.message && state.message !== "submitted" ? <FormMessage state={state} /> : null}
      <ReviewRefusals state={state} />
      <div className="flex flex-wrap gap-3">
        <button
          ref={saveRef}
          type="submit"
          name="intent"
          value="save"
          disabled={isPending}
          className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}
        >
          {isPending ? t("saving") : t("save")}
        </button>
        <button
          ref={nextRef}
          type="submit"
          name="intent"
          value="next"
          disabled={isPending}
          className={`${buttonClass} border border-brand-700 text-brand-800 hover:bg-brand-50`}
        >
          {t("saveNext")}
        </button>
        <button
          ref={submitRef}
          type="button"
          disabled={isPending}
          aria-expanded={isConfirming}
          aria-controls="score-submit-confirm"
          onClick={() => setConfirming(true)}
          className={`${buttonClass} border border-stone-400 hover:bg-stone-100`}
        >
          {t("submit")}
        </button>
      </div>
      <div id="score-submit-confirm" hidden={!isConfirming} className="rounded border border-amber-300 bg-amber-50 p-3">
        <p>{t("confirmSubmitText")}</p>
        <div className="mt-2 flex gap-3">
          <button
            ref={confirmRef}
            type="submit"
            name="intent"
            value="submit"
            disabled={isPending}
            className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}
          >
            {t("confirmSubmit")}
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              submitRef.current?.focus();
            }}
            className={`${buttonClass} border border-stone-400 hover:bg-stone-100`}
          >
            {t("cancel")}
          </button>
        </div>
      </div>
      <section aria-labelledby="score-shortcuts" className="text-sm text-stone-700">
        <h3 id="score-shortcuts" className="font-semibold">
          {t("shortcutsHeading")}
        </h3>
        <ul className="list-disc pl-5">
          <li>
            <kbd>{t("shortcutSave")}</kbd>
          </li>
          <li>
            <kbd>{t("shortcutNext")}</kbd>
          </li>
          <li>{t("shortcutEnter")}</li>
        </ul>
      </section>
    </form>
  );
}

const scoreId = (criterionId: string) => `score-${criterionId}`;
