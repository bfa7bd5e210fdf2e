"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { recordResultsAction } from "@/app/movements/[id]/registrations/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import type { PlainTarget } from "@/lib/registrations/queries";
import { RegistrationFormMessage } from "./registration-form-message";
import { pledgedText } from "./target-format";

interface Props {
  registration: { id: string; version: number; resultsSummary: string | null; targets: PlainTarget[] };
}

type Results = { summary: string; rows: Record<string, { achievedValue: string; resultNote: string }> };

const resultsOf = (registration: Props["registration"]): Results => ({
  summary: registration.resultsSummary ?? "",
  rows: Object.fromEntries(
    registration.targets.map((target) => [
      target.id,
      { achievedValue: target.achievedValue ?? "", resultNote: target.resultNote ?? "" },
    ]),
  ),
});

/** Records the result achieved against each target and a summary; typed values stay after a refusal. */
export function RegistrationResultsForm({ registration }: Props) {
  const t = useTranslations("registrations");
  const format = useFormatter();
  const [state, action] = useActionState(recordResultsAction, initialFormState);
  const [results, setResults] = useState(() => resultsOf(registration));
  const [shownVersion, setShownVersion] = useState(registration.version);
  if (shownVersion !== registration.version) {
    setShownVersion(registration.version);
    setResults(resultsOf(registration));
  }
  const update = (id: string, field: "achievedValue" | "resultNote", value: string) =>
    setResults((current) => ({
      ...current,
      rows: { ...current.rows, [id]: { achievedValue: "", resultNote: "", ...current.rows[id], [field]: value } },
    }));
  return (
    <form action={action} noValidate aria-labelledby="results-title" className="space-y-5">
      <h2 id="results-title" className="text-xl font-semibold">
        {t("resultsTitle")}
      </h2>
      <p className="text-stone-700">{t("resultsHint")}</p>
      <RegistrationFormMessage state={state} />
      <input type="hidden" name="id" value={registration.id} />
      <input type="hidden" name="version" value={registration.version} />
      {registration.targets.length === 0 ? <p className="text-stone-600">{t("noTargets")}</p> : null}
      <ol className="space-y-3">
        {registration.targets.map((target, index) => {
          const n = index + 1;
          const name = (field: string) => `targets.${index}.${field}`;
          const row = results.rows[target.id];
          return (
            <li key={target.id} className="rounded border border-stone-200 bg-stone-50 p-3">
              <h3 className="font-semibold">
                {t("targetHeading", { n })}: {target.description}
              </h3>
              <p className="text-sm text-stone-700">{t("pledgedLine", { value: pledgedText(target, format) })}</p>
              <input type="hidden" name={name("id")} value={target.id} />
              <div className="mt-2 grid gap-3 sm:grid-cols-3">
                <TextField
                  name={name("achievedValue")}
                  label={t("achievedValue", { n })}
                  value={row?.achievedValue ?? ""}
                  onChange={(e) => update(target.id, "achievedValue", e.target.value)}
                  errors={state.fieldErrors?.[name("achievedValue")]}
                  inputMode="decimal"
                />
                <TextField
                  name={name("resultNote")}
                  label={t("resultNote", { n })}
                  value={row?.resultNote ?? ""}
                  onChange={(e) => update(target.id, "resultNote", e.target.value)}
                  errors={state.fieldErrors?.[name("resultNote")]}
                  maxLength={2000}
                  className="sm:col-span-2"
                />
              </div>
            </li>
          );
        })}
      </ol>
      <TextAreaField
        name="resultsSummary"
        label={t("resultsSummary")}
        value={results.summary}
        onChange={(e) => setResults((current) => ({ ...current, summary: e.target.value }))}
        errors={state.fieldErrors?.resultsSummary}
        rows={4}
        maxLength={5000}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("saveResults")}</SubmitButton>
    </form>
  );
}
