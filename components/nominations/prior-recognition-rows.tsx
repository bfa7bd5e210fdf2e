"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { DossierValues } from "./dossier-types";

interface Props {
  initial: DossierValues["priorRecognitions"];
  maxRows: number;
  fieldErrors?: Record<string, string[]>;
  /** A row was added or removed (typing inside a row reaches the form's own change handler). */
  onRowsChange(): void;
}

interface Row {
  key: number;
  title: string;
  year: string;
  decisionRef: string;
}

/**
 * Recognitions the nominee already holds (a title's prerequisite may need one), one row each,
 * posted as "priorRecognitions.N.{title,year,decisionRef}". The inputs keep what was typed; only
 * the row list is state.
 */
export function PriorRecognitionRows({ initial, maxRows, fieldErrors, onRowsChange }: Props) {
  const t = useTranslations("nominations.prior");
  const nextKey = useRef(initial.length + 1);
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((row, i) => ({ key: i, title: row.title, year: String(row.year), decisionRef: row.decisionRef ?? "" })),
  );
  const add = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, title: "", year: "", decisionRef: "" }]);
    onRowsChange();
    requestAnimationFrame(() => document.getElementById(`field-priorRecognitions.${rows.length}.title`)?.focus());
  };
  const remove = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    onRowsChange();
  };
  return (
    <fieldset id="field-priorRecognitions" tabIndex={-1} className="space-y-3">
      <legend className="mb-1 text-lg font-semibold">{t("title")}</legend>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      {fieldErrors?.priorRecognitions ? <p className="text-sm text-red-700">{t("tooMany", { max: maxRows })}</p> : null}
      {rows.length === 0 ? <p className="text-stone-600">{t("none")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const name = (field: string) => `priorRecognitions.${i}.${field}`;
          return (
            <li
              key={row.key}
              className="grid gap-3 rounded border border-stone-200 p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
            >
              <TextField
                name={name("title")}
                label={t("rowTitle", { n: i + 1 })}
                defaultValue={row.title}
                maxLength={200}
                errors={fieldErrors?.[name("title")]}
              />
              <TextField
                name={name("year")}
                label={t("rowYear", { n: i + 1 })}
                defaultValue={row.year}
                inputMode="numeric"
                maxLength={4}
                errors={fieldErrors?.[name("year")]}
              />
              <TextField
                name={name("decisionRef")}
                label={t("rowDecision", { n: i + 1 })}
                defaultValue={row.decisionRef}
                maxLength={100}
                errors={fieldErrors?.[name("decisionRef")]}
              />
              <button
                type="button"
                onClick={() => remove(row.key)}
                className="rounded border border-stone-400 px-3 py-2 hover:bg-stone-100"
              >
                {t("remove", { n: i + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length < maxRows ? (
        <button
          type="button"
          onClick={add}
          className="rounded border border-brand-700 px-3 py-2 text-brand-700 hover:bg-brand-50"
        >
          {t("add")}
        </button>
      ) : null}
    </fieldset>
  );
}
