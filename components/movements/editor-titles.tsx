"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TitleEligibility } from "@/lib/generated/prisma/enums";
import { emptyTitle, type TitleValues } from "./editor-values";
import { EditorRow } from "./editor-row";
import { rowFieldBinder, useRows } from "./editor-rows";
import { SectionErrors } from "./editor-section-errors";

interface Props {
  initial: readonly TitleValues[];
  errors: Record<string, string[]>;
}

/** The award titles the movement can confer: who for, how many, and the council's threshold. */
export function EditorTitles({ initial, errors }: Props) {
  const t = useTranslations("movementAdmin");
  const tMovements = useTranslations("movements");
  const { rows, add, change, remove, move } = useRows("titles", initial, emptyTitle);
  return (
    <section aria-labelledby="editor-titles" className="space-y-3">
      <h2 id="editor-titles" className="text-xl font-semibold">
        {t("titlesTitle")}
      </h2>
      <p className="text-sm text-stone-600">{t("titlesHint")}</p>
      <SectionErrors name="titles" errors={errors.titles} />
      <ol className="space-y-3">
        {rows.map(({ key, value }, i) => {
          const heading = t("titleHeading", { n: i + 1 });
          const label = (field: string) => t("rowField", { row: heading, field });
          const field = rowFieldBinder("titles", i, value, errors, change);
          return (
            <EditorRow
              key={key}
              prefix="titles"
              rowKey={key}
              index={i}
              count={rows.length}
              heading={heading}
              labels={{
                up: t("moveTitleUp", { n: i + 1 }),
                down: t("moveTitleDown", { n: i + 1 }),
                remove: t("removeTitle", { n: i + 1 }),
              }}
              onMove={(delta) => move(i, delta)}
              onRemove={() => remove(i)}
            >
              <TextField
                {...field("name")}
                label={t("titleName")}
                aria-label={label(t("titleName"))}
                maxLength={200}
                className="sm:col-span-2"
              />
              <TextField
                {...field("nameEn")}
                label={t("titleNameEn")}
                aria-label={label(t("titleNameEn"))}
                maxLength={200}
              />
              <SelectField
                {...field("eligibility")}
                label={t("eligibility")}
                aria-label={label(t("eligibility"))}
                options={Object.values(TitleEligibility).map((value) => ({
                  value,
                  label: tMovements(`eligibility.${value}`),
                }))}
              />
              <TextField
                {...field("quotaTotal")}
                label={t("quotaTotal")}
                aria-label={label(t("quotaTotal"))}
                hint={t("quotaHint")}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
              />
              <TextField
                {...field("quotaPerUnit")}
                label={t("quotaPerUnit")}
                aria-label={label(t("quotaPerUnit"))}
                hint={t("quotaHint")}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
              />
              <TextField
                {...field("approvalThresholdPercent")}
                label={t("threshold")}
                aria-label={label(t("threshold"))}
                hint={t("thresholdHint")}
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                step={1}
              />
              <SelectField
                {...field("thresholdStrict")}
                label={t("thresholdRule")}
                aria-label={label(t("thresholdRule"))}
                options={[
                  { value: "false", label: t("thresholdAtLeast") },
                  { value: "true", label: t("thresholdMoreThan") },
                ]}
              />
              <TextField
                {...field("quotaPerUnitPercent")}
                label={t("quotaPerUnitPercent")}
                aria-label={label(t("quotaPerUnitPercent"))}
                hint={t("quotaPerUnitPercentHint")}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
              />
              <fieldset className="rounded border border-stone-200 p-3 sm:col-span-2">
                <legend className="px-1 font-medium">{t("eligibilityRules")}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField
                    {...field("requiredPriorTitle")}
                    label={t("requiredPriorTitle")}
                    aria-label={label(t("requiredPriorTitle"))}
                    hint={t("requiredPriorTitleHint")}
                    maxLength={200}
                    className="sm:col-span-2"
                  />
                  <TextField
                    {...field("minServiceMonths")}
                    label={t("minServiceMonths")}
                    aria-label={label(t("minServiceMonths"))}
                    hint={t("ruleBlankHint")}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                  />
                  <TextField
                    {...field("maxAbsenceDays")}
                    label={t("maxAbsenceDays")}
                    aria-label={label(t("maxAbsenceDays"))}
                    hint={t("maxAbsenceDaysHint")}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                  />
                  <label className="flex items-start gap-2 sm:col-span-2">
                    <input
                      type="checkbox"
                      name={`titles.${i}.excludesDisciplined`}
                      checked={value.excludesDisciplined}
                      onChange={(event) => change(i, { excludesDisciplined: event.target.checked })}
                      className="mt-1 size-4"
                    />
                    <span>{t("excludesDisciplined")}</span>
                  </label>
                </div>
              </fieldset>
            </EditorRow>
          );
        })}
      </ol>
      <button
        type="button"
        id="titles-add"
        onClick={add}
        className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("addTitle")}
      </button>
    </section>
  );
}
