"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { TextAreaField } from "@/components/ui/text-area-field";
import {
  titlesFor,
  type DossierChoices,
  type DossierLimits,
  type DossierValues,
  type NomineeKindValue,
} from "./dossier-types";
import { NomineeFields } from "./nominee-fields";
import { PriorRecognitionRows } from "./prior-recognition-rows";
import { ConflictNotice, SaveStatusLine } from "./save-status";
import { SubmitPanel } from "./submit-panel";
import { SummaryField } from "./summary-field";
import { useDossierAutosave } from "./use-dossier-autosave";

interface Props {
  values: DossierValues;
  choices: DossierChoices;
  limits: DossierLimits;
  maxPriorRecognitions: number;
  /** The evidence and portrait uploader: its own forms, so it sits outside the dossier form. */
  files: ReactNode;
  isResubmission: boolean;
}

/**
 * The editable dossier: one form saved as a whole (Save, or by itself ~2 s after typing stops),
 * then submitted after a confirmation. Fields keep what the officer typed through saves,
 * refusals and conflicts; only the version moves on with each save.
 */
export function DossierForm({ values, choices, limits, maxPriorRecognitions, files, isResubmission }: Props) {
  const t = useTranslations("nominations");
  const isEnglish = useLocale() === "en";
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<NomineeKindValue>(values.nomineeKind);
  const [titleId, setTitleId] = useState(values.awardTitleId);
  const [summary, setSummary] = useState(values.achievementSummary);
  const [citation, setCitation] = useState(values.citation);
  const summaryRef = useRef(summary);
  const autosave = useDossierAutosave({
    formRef,
    initialVersion: values.version,
    canAutosave: () => summaryRef.current.length <= limits.summaryHtml,
  });
  const { status, fieldErrors, version, markDirty } = autosave;
  const isConflict = status.kind === "conflict";
  const criterionNames = Object.fromEntries(
    choices.criteria.map((c) => [c.id, isEnglish && c.nameEn ? c.nameEn : c.name]),
  );

  const changeKind = (next: NomineeKindValue) => {
    setKind(next);
    // A title that does not accept the new kind is dropped rather than sent.
    if (!titlesFor(choices.titles, next).some((title) => title.id === titleId)) setTitleId("");
  };
  const changeSummary = (html: string) => {
    summaryRef.current = html;
    setSummary(html);
    markDirty();
  };

  return (
    <div className="space-y-6">
      {isConflict ? <ConflictNotice /> : null}
      <form
        id="dossier-form"
        ref={formRef}
        noValidate
        aria-labelledby="dossier-title"
        onChange={markDirty}
        onSubmit={(event) => {
          event.preventDefault();
          void autosave.save();
        }}
        className="space-y-8 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="dossier-title" className="text-xl font-semibold">
          {t("dossier.editTitle")}
        </h2>
        <input type="hidden" name="id" value={values.id} />
        {/* The version this page last saved: a save by someone else meanwhile is a conflict, never overwritten. */}
        <input type="hidden" name="version" value={version} />
        <NomineeFields
          values={values}
          choices={choices}
          kind={kind}
          onKindChange={changeKind}
          titleId={titleId}
          onTitleChange={setTitleId}
          fieldErrors={fieldErrors}
        />
        <PriorRecognitionRows
          initial={values.priorRecognitions}
          maxRows={maxPriorRecognitions}
          fieldErrors={fieldErrors}
          onRowsChange={markDirty}
        />
        <fieldset className="space-y-4">
          <legend className="mb-1 text-lg font-semibold">{t("fields.achievementsSection")}</legend>
          <SummaryField
            html={summary}
            initialHtml={values.achievementSummary}
            maxLength={limits.summaryHtml}
            errors={fieldErrors?.achievementSummary}
            onChange={changeSummary}
          />
          <TextAreaField
            name="citation"
            label={t("fields.citation")}
            hint={t("fields.citationHint", { count: citation.length, max: limits.citation })}
            value={citation}
            onChange={(event) => setCitation(event.target.value)}
            maxLength={limits.citation}
            rows={3}
            errors={fieldErrors?.citation}
          />
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="mb-1 text-lg font-semibold">{t("fields.selfAssessmentsSection")}</legend>
          <p className="text-sm text-stone-600">{t("fields.selfAssessmentsHint")}</p>
          {choices.criteria.map((criterion, i) => (
            <TextAreaField
              key={criterion.id}
              name={`selfAssessments.${criterion.id}`}
              label={t("fields.criterionLabel", { n: i + 1, name: criterionNames[criterion.id] ?? criterion.name })}
              hint={criterion.guidance || undefined}
              defaultValue={values.selfAssessments[criterion.id] ?? ""}
              maxLength={limits.selfAssessment}
              rows={4}
              errors={fieldErrors?.[`selfAssessments.${criterion.id}`]}
            />
          ))}
        </fieldset>
      </form>
      {files}
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-4 rounded-lg border border-stone-200 bg-white/95 p-3 shadow">
        <button
          type="submit"
          form="dossier-form"
          disabled={isConflict || status.kind === "saving"}
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {t("dossier.save")}
        </button>
        <SaveStatusLine status={status} />
      </div>
      <SubmitPanel
        nominationId={values.id}
        flush={autosave.flush}
        currentVersion={() => autosave.versionRef.current}
        isBlocked={isConflict}
        criterionNames={criterionNames}
        isCollective={kind === "COLLECTIVE"}
        isResubmission={isResubmission}
      />
    </div>
  );
}
