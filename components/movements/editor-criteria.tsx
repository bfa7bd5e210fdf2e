"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { emptyCriterion, weightTotal, type CriterionValues } from "./editor-values";
import { EditorRow } from "./editor-row";
import { rowFieldBinder, useRows } from "./editor-rows";
import { SectionErrors } from "./editor-section-errors";

interface Props {
  initial: readonly CriterionValues[];
  errors: Record<string, string[]>;
}

/** The criteria rows, with the running total of their weights said before saving. */
export function EditorCriteria({ initial, errors }: Props) {
  const t = useTranslations("movementAdmin");
  const { rows, add, change, remove, move } = useRows("criteria", initial, emptyCriterion);
  const total = weightTotal(rows.map((row) => row.value));
  const isComplete = total === 100;
  return (
    <section aria-labelledby="editor-criteria" className="space-y-3">
      <h2 id="editor-criteria" className="text-xl font-semibold">
        {t("criteriaTitle")}
      </h2>
      <p className="text-sm text-stone-600">{t("criteriaHint")}</p>
      <SectionErrors name="criteria" errors={errors.criteria} />
      <ol className="space-y-3">
        {rows.map(({ key, value }, i) => {
          const heading = t("criterionHeading", { n: i + 1 });
          const label = (field: string) => t("rowField", { row: heading, field });
          const field = rowFieldBinder("criteria", i, value, errors, change);
          return (
            <EditorRow
              key={key}
              prefix="criteria"
              rowKey={key}
              index={i}
              count={rows.length}
              heading={heading}
              labels={{
                up: t("moveCriterionUp", { n: i + 1 }),
                down: t("moveCriterionDown", { n: i + 1 }),
                remove: t("removeCriterion", { n: i + 1 }),
              }}
              onMove={(delta) => move(i, delta)}
              onRemove={() => remove(i)}
            >
              <TextField
                {...field("name")}
                label={t("criterionName")}
                aria-label={label(t("criterionName"))}
                maxLength={300}
                className="sm:col-span-2"
              />
              <TextField
                {...field("nameEn")}
                label={t("criterionNameEn")}
                aria-label={label(t("criterionNameEn"))}
                maxLength={300}
                className="sm:col-span-2"
              />
              <TextAreaField
                {...field("guidance")}
                label={t("guidance")}
                aria-label={label(t("guidance"))}
                maxLength={2000}
                rows={3}
                className="sm:col-span-2"
              />
              <TextField
                {...field("weight")}
                label={t("weight")}
                aria-label={label(t("weight"))}
                inputMode="numeric"
                type="number"
                min={1}
                max={100}
                step={1}
              />
              <TextField
                {...field("maxScore")}
                label={t("maxScore")}
                aria-label={label(t("maxScore"))}
                inputMode="numeric"
                type="number"
                min={1}
                step={1}
              />
            </EditorRow>
          );
        })}
      </ol>
      <p
        id="criteria-total"
        aria-live="polite"
        className={`rounded p-2 font-semibold ${isComplete ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}
      >
        {isComplete ? t("weightTotalOk", { total }) : t("weightTotalWrong", { total })}
      </p>
      <button
        type="button"
        id="criteria-add"
        onClick={add}
        className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("addCriterion")}
      </button>
    </section>
  );
}
