"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addCouncilMemberAction, removeCouncilMemberAction } from "@/app/admin/movements/[id]/council/actions";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { CouncilOutcome } from "./council-outcome";

/** Seats one of the reviewers who are not yet on the council. */
export function CouncilAddMemberForm({
  movementId,
  candidates,
  isDisabled,
}: {
  movementId: string;
  candidates: { userId: string; name: string }[];
  isDisabled: boolean;
}) {
  const t = useTranslations("council");
  const [state, action] = useActionState(addCouncilMemberAction, initialFormState);
  if (candidates.length === 0) return <p className="mt-3 text-stone-700">{t("noCandidates")}</p>;
  return (
    <form action={action} className="mt-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="movementId" value={movementId} />
      <SelectField
        name="userId"
        label={t("addMemberLabel")}
        options={[{ value: "", label: t("choose") }, ...candidates.map((c) => ({ value: c.userId, label: c.name }))]}
        errors={state.fieldErrors?.userId}
        defaultValue={state.values?.userId ?? ""}
        disabled={isDisabled}
        className="min-w-64"
      />
      <SubmitButton pendingLabel={t("pending")}>{t("addMember")}</SubmitButton>
      <div className="w-full">
        <CouncilOutcome state={state} id="council-add-outcome" />
      </div>
    </form>
  );
}

/** Unseats a member, after the browser asks for confirmation. */
export function CouncilRemoveMemberForm({
  movementId,
  userId,
  name,
  isDisabled,
}: {
  movementId: string;
  userId: string;
  name: string;
  isDisabled: boolean;
}) {
  const t = useTranslations("council");
  const [state, action] = useActionState(removeCouncilMemberAction, initialFormState);
  const outcomeId = `council-remove-${userId}`;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("removeConfirm", { name }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={isDisabled}
        aria-label={t("removeLabel", { name })}
        aria-describedby={state.status === "error" ? outcomeId : undefined}
        className="rounded border border-stone-500 px-3 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
      >
        {t("remove")}
      </button>
      <CouncilOutcome state={state} id={outcomeId} />
    </form>
  );
}
