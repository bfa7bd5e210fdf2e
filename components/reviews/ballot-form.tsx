"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { castBallotsAction } from "@/app/council/[movementId]/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import type { Candidate } from "@/lib/reviews/voting/queries";
import { ReviewRefusals } from "./review-refusals";

const choices: VoteChoice[] = ["APPROVE", "REJECT", "ABSTAIN"];

/**
 * A council member's ballot sheet: one fieldset per candidate with the three choices, checked
 * with the member's own current ballot. A candidate whose written ballot an administrator
 * recorded is shown read-only.
 */
export function BallotForm(props: {
  movementId: string;
  candidates: Candidate[];
  current: Record<string, VoteChoice>;
  written: string[];
  isEnglish: boolean;
}) {
  const t = useTranslations("vote");
  const [state, action] = useActionState(castBallotsAction, initialFormState);
  const values = state.values ?? {};
  return (
    <form action={action} className="mt-6 space-y-4" aria-describedby="ballot-secret-note">
      <input type="hidden" name="movementId" value={props.movementId} />
      <FormMessage state={state} />
      <ReviewRefusals state={state} />
      {props.candidates.map((candidate) => {
        const isWritten = props.written.includes(candidate.id);
        const field = `choices.${candidate.id}`;
        const checked = values[field] ?? props.current[candidate.id];
        const title = props.isEnglish && candidate.titleNameEn ? candidate.titleNameEn : candidate.titleName;
        return (
          <fieldset
            key={candidate.id}
            className="rounded border border-stone-300 p-4"
            aria-describedby={`citation-${candidate.id}`}
          >
            <legend className="px-1 font-semibold">
              {t("candidateLegend", { name: candidate.nomineeName, title, unit: candidate.unitName })}
            </legend>
            <p id={`citation-${candidate.id}`} className="text-stone-700">
              {candidate.citation || t("noCitation")}
            </p>
            {isWritten ? <p className="mt-2 text-sm text-stone-700">{t("writtenLocked")}</p> : null}
            <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              {choices.map((choice) => (
                <label key={choice} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={field}
                    value={choice}
                    defaultChecked={checked === choice}
                    disabled={isWritten}
                    className="size-5 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
                  />
                  {t(`choice.${choice}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={t("saving")}>{t("saveBallot")}</SubmitButton>
        <Link href={`/movements/${props.movementId}/shortlist`} className="text-brand-700 underline">
          {t("dossierLink")}
        </Link>
      </div>
    </form>
  );
}
