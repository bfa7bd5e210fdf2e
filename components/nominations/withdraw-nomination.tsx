"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { withdrawNominationAction } from "@/app/nominations/actions";
import { initialFormState } from "@/lib/forms";
import { NominationMessage } from "./nomination-message";

/** Withdraws the nomination before review starts, after an explicit confirmation. */
export function WithdrawNomination({
  nominationId,
  version,
  nomineeName,
}: {
  nominationId: string;
  version: number;
  nomineeName: string;
}) {
  const t = useTranslations("nominations.withdraw");
  const [state, action, isPending] = useActionState(withdrawNominationAction, initialFormState);
  const [isConfirming, setIsConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);
  return (
    <section aria-labelledby="withdraw-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="withdraw-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <NominationMessage state={state} />
      {isConfirming ? (
        <div
          role="group"
          aria-labelledby="withdraw-question"
          className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3"
          onKeyDown={(event) => event.key === "Escape" && setIsConfirming(false)}
        >
          <p id="withdraw-question" ref={questionRef} tabIndex={-1} className="font-medium">
            {t("question", { name: nomineeName })}
          </p>
          <form action={action} className="flex flex-wrap gap-2">
            <input type="hidden" name="id" value={nominationId} />
            <input type="hidden" name="version" value={version} />
            <button
              type="submit"
              disabled={isPending}
              className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70"
            >
              {isPending ? t("withdrawing") : t("confirm")}
            </button>
            <button
              type="button"
              onClick={() => setIsConfirming(false)}
              className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
            >
              {t("cancel")}
            </button>
          </form>
        </div>
      ) : (
        <>
          <p className="text-sm text-stone-700">{t("intro")}</p>
          <button
            type="button"
            onClick={() => setIsConfirming(true)}
            className="rounded border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
          >
            {t("open")}
          </button>
        </>
      )}
    </section>
  );
}
