"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { RosterFormState } from "@/lib/roster/publishing-schemas";

/**
 * The outcome of a roster form: a refusal with its reasons ("rosterAdmin.refusals") or another
 * error ("forms"), or on success the count of honorees the step listed or unlisted.
 */
export function RosterFormMessage({ state }: { state: RosterFormState }) {
  const t = useTranslations("rosterAdmin");
  if (state.status === "success") {
    if (state.message !== "published" && state.message !== "unpublished") return null;
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t(state.message, { count: state.count ?? 0 })}
      </p>
    );
  }
  return (
    <>
      <FormMessage state={state} />
      {state.reasons?.length ? (
        <ul role="alert" className="list-disc space-y-1 rounded border border-red-300 bg-red-50 p-3 pl-8 text-red-800">
          {state.reasons.map((reason) => (
            <li key={reason.code}>{t(`refusals.${reason.code}` as never)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
