"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { assignReviewerAction, unassignReviewAction } from "@/app/admin/movements/[id]/council/actions";
import { initialFormState } from "@/lib/forms";
import { CouncilOutcome } from "./council-outcome";

/** Takes back one unsubmitted assignment. */
export function CouncilUnassignForm({
  reviewId,
  reviewer,
  nominee,
  isDisabled,
}: {
  reviewId: string;
  reviewer: string;
  nominee: string;
  isDisabled: boolean;
}) {
  const t = useTranslations("council");
  const [state, action] = useActionState(unassignReviewAction, initialFormState);
  const outcomeId = `unassign-${reviewId}`;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="reviewId" value={reviewId} />
      <button
        type="submit"
        disabled={isDisabled}
        aria-label={t("unassignLabel", { reviewer, nominee })}
        className="ml-2 rounded border border-stone-400 px-2 text-xs text-stone-800 hover:bg-stone-100 disabled:opacity-60"
      >
        {t("unassign")}
      </button>
      <CouncilOutcome state={state} id={outcomeId} />
    </form>
  );
}

/** Assigns one of the eligible council members to a dossier by hand. */
export function CouncilAssignForm({
  nominationId,
  nominee,
  eligible,
  isDisabled,
}: {
  nominationId: string;
  nominee: string;
  eligible: { userId: string; name: string }[];
  isDisabled: boolean;
}) {
  const t = useTranslations("council");
  const [state, action] = useActionState(assignReviewerAction, initialFormState);
  const selectId = `assign-${nominationId}`;
  const outcomeId = `assign-outcome-${nominationId}`;
  if (eligible.length === 0) return <p className="text-xs text-stone-600">{t("noEligible")}</p>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="nominationId" value={nominationId} />
      <label htmlFor={selectId} className="sr-only">
        {t("assignLabel", { nominee })}
      </label>
      <select
        id={selectId}
        name="reviewerId"
        defaultValue={state.values?.reviewerId ?? ""}
        disabled={isDisabled}
        aria-describedby={state.status === "error" ? outcomeId : undefined}
        aria-invalid={state.fieldErrors?.reviewerId ? true : undefined}
        className="rounded border border-stone-400 bg-white px-2 py-1 text-sm"
      >
        <option value="">{t("choose")}</option>
        {eligible.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={isDisabled}
        className="rounded bg-brand-700 px-2 py-1 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("assign")}
      </button>
      {state.fieldErrors?.reviewerId ? (
        <p id={outcomeId} role="alert" className="w-full text-xs text-red-800">
          {t("chooseReviewer")}
        </p>
      ) : (
        <CouncilOutcome state={state} id={outcomeId} />
      )}
    </form>
  );
}
