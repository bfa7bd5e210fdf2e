"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordWrittenBallotAction } from "@/app/admin/movements/[id]/vote/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { ReviewRefusals } from "./review-refusals";

const choices: VoteChoice[] = ["APPROVE", "REJECT", "ABSTAIN"];

/** Records the written ballot (phiếu bằng văn bản) of an absent member on one candidate. */
export function VoteWrittenForm(props: {
  movementId: string;
  members: { id: string; name: string }[];
  candidates: { id: string; name: string }[];
}) {
  const t = useTranslations("vote");
  const [state, action] = useActionState(recordWrittenBallotAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const choiceError = errors.choice?.length ? "written-choice-error" : undefined;
  return (
    <form action={action} noValidate className="mt-4 max-w-xl space-y-4">
      <input type="hidden" name="movementId" value={props.movementId} />
      <FormMessage state={state} />
      <ReviewRefusals state={state} />
      <SelectField
        name="memberId"
        label={t("member")}
        defaultValue={values.memberId ?? ""}
        errors={errors.memberId}
        options={[{ value: "", label: t("pickMember") }, ...props.members.map((m) => ({ value: m.id, label: m.name }))]}
      />
      <SelectField
        name="nominationId"
        label={t("candidate")}
        defaultValue={values.nominationId ?? ""}
        errors={errors.nominationId}
        options={[
          { value: "", label: t("pickCandidate") },
          ...props.candidates.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <fieldset aria-describedby={choiceError} aria-invalid={choiceError ? true : undefined}>
        <legend className="font-medium">{t("writtenChoice")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {choices.map((choice) => (
            <label key={choice} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="choice"
                value={choice}
                defaultChecked={values.choice === choice}
                className="size-5 accent-brand-700"
              />
              {t(`choice.${choice}`)}
            </label>
          ))}
        </div>
        {choiceError ? (
          <p id={choiceError} className="mt-1 text-sm text-red-700">
            {t("choiceRequired")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("recordWritten")}</SubmitButton>
    </form>
  );
}
