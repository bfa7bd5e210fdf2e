"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { endorseAction, notForwardAction, returnAtLevelAction } from "@/app/levels/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { LevelFormMessage } from "./level-form-message";

interface Props {
  movementId: string;
  unitId: string;
  dossier: {
    nominationId: string;
    nomineeName: string;
    version: number;
    levelVersion: number;
    comment: string | null;
    rank: number | null;
  };
}

/** A level's three verdicts on one dossier it holds, behind a disclosure per row: endorse, return, do not forward. */
export function VerdictForms({ movementId, unitId, dossier }: Props) {
  const t = useTranslations("levels");
  const [endorsed, endorse] = useActionState(endorseAction, initialFormState);
  const [returned, giveBack] = useActionState(returnAtLevelAction, initialFormState);
  const [stopped, stop] = useActionState(notForwardAction, initialFormState);
  const prefix = `verdict-${dossier.nominationId}`;
  const hidden = (
    <>
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="nominationId" value={dossier.nominationId} />
    </>
  );
  return (
    <details className="group">
      <summary className="cursor-pointer text-brand-700 underline">
        {t("act", { nominee: dossier.nomineeName })}
      </summary>
      <div className="mt-2 grid min-w-64 gap-4">
        <form action={endorse} noValidate className="space-y-2">
          <h3 className="font-semibold">{t("endorseTitle")}</h3>
          <LevelFormMessage state={endorsed} />
          {hidden}
          <input type="hidden" name="levelVersion" value={dossier.levelVersion} />
          <TextAreaField
            idPrefix={`${prefix}-endorse`}
            name="comment"
            label={t("endorseComment")}
            rows={2}
            maxLength={2000}
            defaultValue={endorsed.values?.comment ?? dossier.comment ?? ""}
            errors={endorsed.fieldErrors?.comment}
          />
          <TextField
            idPrefix={`${prefix}-endorse`}
            name="rank"
            label={t("endorseRank")}
            inputMode="numeric"
            defaultValue={endorsed.values?.rank ?? (dossier.rank === null ? "" : String(dossier.rank))}
            errors={endorsed.fieldErrors?.rank}
          />
          <SubmitButton pendingLabel={t("saving")}>{t("endorse")}</SubmitButton>
        </form>
        <form action={giveBack} noValidate className="space-y-2">
          <h3 className="font-semibold">{t("returnTitle")}</h3>
          <LevelFormMessage state={returned} />
          {hidden}
          <input type="hidden" name="version" value={dossier.version} />
          <TextAreaField
            idPrefix={`${prefix}-return`}
            name="comment"
            label={t("returnComment")}
            rows={2}
            maxLength={2000}
            required
            defaultValue={returned.values?.comment ?? ""}
            errors={returned.fieldErrors?.comment}
          />
          <SubmitButton pendingLabel={t("saving")}>{t("return")}</SubmitButton>
        </form>
        <form action={stop} noValidate className="space-y-2">
          <h3 className="font-semibold">{t("notForwardTitle")}</h3>
          <LevelFormMessage state={stopped} />
          {hidden}
          <input type="hidden" name="version" value={dossier.version} />
          <TextAreaField
            idPrefix={`${prefix}-stop`}
            name="reason"
            label={t("notForwardReason")}
            rows={2}
            maxLength={2000}
            required
            defaultValue={stopped.values?.reason ?? ""}
            errors={stopped.fieldErrors?.reason}
          />
          <SubmitButton pendingLabel={t("saving")}>{t("notForward")}</SubmitButton>
        </form>
      </div>
    </details>
  );
}
