"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateReviewSettingsAction } from "@/app/admin/movements/[id]/council/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { CouncilOutcome } from "./council-outcome";

interface Props {
  movementId: string;
  version: number;
  reviewersPerNomination: number;
  disagreementPoints: number;
  calibrateScores: boolean;
  isDisabled: boolean;
}

/** How many reviewers per dossier, the disagreement threshold and calibration; a stale form is a conflict. */
export function CouncilSettingsForm(props: Props) {
  const t = useTranslations("council");
  const [state, action] = useActionState(updateReviewSettingsAction, initialFormState);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const calibrate = state.values ? state.values.calibrateScores === "on" : props.calibrateScores;
  return (
    <form action={action} className="mt-4 grid max-w-xl gap-4" key={props.version}>
      <input type="hidden" name="movementId" value={props.movementId} />
      <input type="hidden" name="version" value={props.version} />
      <TextField
        name="reviewersPerNomination"
        label={t("reviewersPerNomination")}
        hint={t("reviewersPerNominationHint")}
        type="number"
        min={1}
        max={9}
        required
        defaultValue={value("reviewersPerNomination", String(props.reviewersPerNomination))}
        errors={state.fieldErrors?.reviewersPerNomination}
        disabled={props.isDisabled}
      />
      <TextField
        name="disagreementPoints"
        label={t("disagreementPoints")}
        hint={t("disagreementPointsHint")}
        type="number"
        min={1}
        max={100}
        required
        defaultValue={value("disagreementPoints", String(props.disagreementPoints))}
        errors={state.fieldErrors?.disagreementPoints}
        disabled={props.isDisabled}
      />
      <div className="flex items-start gap-2">
        <input
          id="calibrateScores"
          name="calibrateScores"
          type="checkbox"
          defaultChecked={calibrate}
          disabled={props.isDisabled}
          aria-describedby="calibrateScores-hint"
          className="mt-1 h-4 w-4"
        />
        <div>
          <label htmlFor="calibrateScores" className="font-semibold">
            {t("calibrateScores")}
          </label>
          <p id="calibrateScores-hint" className="text-sm text-stone-600">
            {t("calibrateScoresHint")}
          </p>
        </div>
      </div>
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("saveSettings")}</SubmitButton>
      </div>
      <CouncilOutcome state={state} id="council-settings-outcome" />
    </form>
  );
}
