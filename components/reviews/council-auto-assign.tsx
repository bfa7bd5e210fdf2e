"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { autoAssignAction, type AutoAssignState } from "@/app/admin/movements/[id]/council/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { CouncilOutcome } from "./council-outcome";

const initialState: AutoAssignState = { status: "idle" };

/** "Phân công tự động": assigns every dossier under review, then says how many and which lack reviewers. */
export function CouncilAutoAssign({ movementId, isDisabled }: { movementId: string; isDisabled: boolean }) {
  const t = useTranslations("council");
  const [state, action] = useActionState(autoAssignAction, initialState);
  return (
    <form action={action} className="mt-4">
      <input type="hidden" name="movementId" value={movementId} />
      {isDisabled ? (
        <button type="submit" disabled className="rounded bg-brand-700 px-4 py-2 font-semibold text-white opacity-60">
          {t("autoAssign")}
        </button>
      ) : (
        <SubmitButton pendingLabel={t("pending")}>{t("autoAssign")}</SubmitButton>
      )}
      {state.status === "success" ? (
        <div role="status" className="mt-3 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          <p>{t("autoAssigned", { count: state.assigned ?? 0 })}</p>
          {state.shortfalls?.length ? (
            <>
              <p className="mt-2 font-semibold">{t("shortfallHeading", { count: state.shortfalls.length })}</p>
              <ul className="mt-1 list-disc pl-6">
                {state.shortfalls.map((shortfall, i) => (
                  <li key={i}>{t("shortfallItem", { nominee: shortfall.nomineeName, missing: shortfall.missing })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : (
        <CouncilOutcome state={state} id="council-auto-outcome" />
      )}
    </form>
  );
}
