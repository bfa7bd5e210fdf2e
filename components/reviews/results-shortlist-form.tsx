"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { setShortlistedAction } from "@/app/admin/movements/[id]/results/actions";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

interface Props {
  nominationId: string;
  nominee: string;
  isShortlisted: boolean;
  /** Why the button is disabled (already a translated sentence), or null when it may be used. */
  disabledReason: string | null;
}

function Button({
  isShortlisted,
  nominee,
  disabledReason,
  describedBy,
}: Omit<Props, "nominationId"> & { describedBy?: string }) {
  const t = useTranslations("results");
  const { pending } = useFormStatus();
  const isDisabled = pending || disabledReason !== null;
  return (
    <button
      type="submit"
      disabled={isDisabled}
      aria-describedby={describedBy}
      aria-label={isShortlisted ? t("unshortlistLabel", { nominee }) : t("shortlistLabel", { nominee })}
      className={
        isShortlisted
          ? "rounded border border-stone-500 px-3 py-1 font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
          : "rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      }
    >
      {pending ? t("pending") : isShortlisted ? t("unshortlist") : t("shortlist")}
    </button>
  );
}

/** One row's shortlist / remove button: a small form, so it works without JavaScript too. */
export function ResultsShortlistForm({ nominationId, nominee, isShortlisted, disabledReason }: Props) {
  const t = useTranslations("results");
  const tForms = useTranslations("forms");
  const [state, action] = useActionState(setShortlistedAction, initialFormState);
  const reasonId = `shortlist-reason-${nominationId}`;
  const errorId = `shortlist-error-${nominationId}`;
  const describedBy =
    [disabledReason ? reasonId : null, state.reasons?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <form action={action}>
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="shortlisted" value={isShortlisted ? "false" : "true"} />
      <Button
        isShortlisted={isShortlisted}
        nominee={nominee}
        disabledReason={disabledReason}
        describedBy={describedBy}
      />
      {disabledReason ? (
        <p id={reasonId} className="mt-1 text-xs text-stone-600">
          {disabledReason}
        </p>
      ) : null}
      <ReviewRefusals state={state} id={errorId} />
      {state.status === "error" && !state.reasons?.length ? (
        <p role="alert" className="mt-1 text-xs text-red-800">
          {tForms((state.message ?? "failed") as never)}
        </p>
      ) : null}
      {state.status === "success" ? (
        <p role="status" className="sr-only">
          {t("changed")}
        </p>
      ) : null}
    </form>
  );
}
