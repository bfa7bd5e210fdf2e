"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { TextField } from "@/components/ui/text-field";
import { maxTargets } from "@/lib/registrations/limits";
import { emptyRow, type TargetField, type TargetRow } from "./target-rows";

interface Props {
  rows: TargetRow[];
  onChange(rows: TargetRow[]): void;
  fieldErrors?: Record<string, string[]>;
  /** The movement's period: the date inputs offer only its days. */
  period: { startsOn: string; endsOn: string };
}

/** Repeated target rows (what, how much, unit of measure, by when) with add and remove buttons. */
export function TargetsEditor({ rows, onChange, fieldErrors, period }: Props) {
  const t = useTranslations("registrations");
  const tValidation = useTranslations("validation");
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding or removing a row, keyboard focus moves somewhere sensible instead of being lost.
  const pendingFocus = useRef<{ row: number } | "add" | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === "add") addRef.current?.focus();
    else listRef.current?.querySelectorAll<HTMLInputElement>("input[name$='.description']")[target.row]?.focus();
  });

  const update = (index: number, field: TargetField, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const add = () => {
    onChange([...rows, emptyRow()]);
    pendingFocus.current = { row: rows.length };
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next.length > 0 ? next : [emptyRow()]);
    pendingFocus.current = index > 0 ? { row: index - 1 } : "add";
  };
  const errorsOf = (index: number, field: string) => fieldErrors?.[`targets.${index}.${field}`];
  const listErrors = fieldErrors?.targets;

  return (
    <fieldset className="space-y-3" aria-describedby={listErrors?.length ? "targets-error" : "targets-hint"}>
      <legend className="font-medium">{t("targets")}</legend>
      <p id="targets-hint" className="text-sm text-stone-600">
        {t("targetsHint")}
      </p>
      {listErrors?.length ? (
        <p id="targets-error" className="text-sm text-red-700">
          {listErrors.map((code) => tValidation(code as never)).join(" ")}
        </p>
      ) : null}
      <ol ref={listRef} className="space-y-3">
        {rows.map((row, index) => {
          const n = index + 1;
          const name = (field: string) => `targets.${index}.${field}`;
          return (
            <li key={row.key} className="rounded border border-stone-200 bg-stone-50 p-3">
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold">{t("targetHeading", { n })}</h3>
                <button
                  type="button"
                  onClick={() => remove(index)}
                  className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
                >
                  {t("removeTarget", { n })}
                </button>
              </div>
              {row.id ? <input type="hidden" name={name("id")} value={row.id} /> : null}
              <div className="mt-2 grid gap-3 sm:grid-cols-6">
                <TextField
                  name={name("description")}
                  label={t("targetDescription", { n })}
                  value={row.description}
                  onChange={(e) => update(index, "description", e.target.value)}
                  errors={errorsOf(index, "description")}
                  maxLength={500}
                  className="sm:col-span-6"
                />
                <TextField
                  name={name("targetValue")}
                  label={t("targetValue", { n })}
                  value={row.targetValue}
                  onChange={(e) => update(index, "targetValue", e.target.value)}
                  errors={errorsOf(index, "targetValue")}
                  inputMode="decimal"
                  className="sm:col-span-2"
                />
                <TextField
                  name={name("measureUnit")}
                  label={t("measureUnit", { n })}
                  value={row.measureUnit}
                  onChange={(e) => update(index, "measureUnit", e.target.value)}
                  errors={errorsOf(index, "measureUnit")}
                  maxLength={50}
                  className="sm:col-span-2"
                />
                <TextField
                  name={name("dueOn")}
                  label={t("dueOn", { n })}
                  type="date"
                  value={row.dueOn}
                  onChange={(e) => update(index, "dueOn", e.target.value)}
                  errors={errorsOf(index, "dueOn")}
                  min={period.startsOn}
                  max={period.endsOn}
                  className="sm:col-span-2"
                />
              </div>
            </li>
          );
        })}
      </ol>
      {rows.length < maxTargets ? (
        <button
          ref={addRef}
          type="button"
          onClick={add}
          className="rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("addTarget")}
        </button>
      ) : (
        <p className="text-sm text-stone-600">{t("targetLimit", { max: maxTargets })}</p>
      )}
    </fieldset>
  );
}
