"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { CriterionValues, TitleValues } from "./editor-values";

interface Props {
  criteria: readonly CriterionValues[];
  titles: readonly TitleValues[];
  nominationCount: number;
}

/**
 * Criteria and titles once nominations exist: shown, not editable, and sent back unchanged
 * as hidden fields so the rest of the definition still saves (lib/movements/commands.ts
 * refuses any change to them).
 */
export function EditorFrozen({ criteria, titles, nominationCount }: Props) {
  const t = useTranslations("movementAdmin");
  const tMovements = useTranslations("movements");
  return (
    <section aria-labelledby="editor-frozen" className="space-y-3">
      <h2 id="editor-frozen" className="text-xl font-semibold">
        {t("frozenTitle")}
      </h2>
      <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
        {t("frozenExplanation", { count: nominationCount })}
      </p>
      <DataTable
        caption={t("criteriaTitle")}
        isCaptionVisible
        rows={criteria}
        rowKey={(_, i) => String(i)}
        rowClassName="align-top"
        columns={[
          {
            key: "name",
            header: t("criterionName"),
            cell: (c, i) => (
              <>
                <span className="font-medium">{c.name}</span>
                {c.guidance ? <span className="block text-stone-600">{c.guidance}</span> : null}
                <HiddenRow prefix={`criteria.${i}`} values={c} />
              </>
            ),
          },
          { key: "weight", header: t("weight"), align: "end", cell: (c) => c.weight },
          { key: "maxScore", header: t("maxScore"), align: "end", cell: (c) => c.maxScore },
        ]}
      />
      <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("titlesTitle")}>
        {titles.map((title, i) => (
          <li key={i} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
            <span className="block font-semibold">{title.name}</span>
            <span className="block">{tMovements(`eligibility.${title.eligibility}`)}</span>
            <span className="block">
              {t("frozenTitleNumbers", {
                threshold: title.approvalThresholdPercent,
                total: title.quotaTotal || "–",
                perUnit: title.quotaPerUnit || "–",
              })}
            </span>
            <span className="block">
              {t("frozenTitleRules", {
                percent: title.quotaPerUnitPercent || "–",
                prior: title.requiredPriorTitle || "–",
                months: title.minServiceMonths || "–",
                days: title.maxAbsenceDays || "–",
              })}
            </span>
            {title.excludesDisciplined ? <span className="block">{t("frozenDisciplined")}</span> : null}
            <HiddenRow prefix={`titles.${i}`} values={title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HiddenRow({ prefix, values }: { prefix: string; values: CriterionValues | TitleValues }) {
  return Object.entries(values).map(([field, value]) => (
    <input key={field} type="hidden" name={`${prefix}.${field}`} value={String(value)} />
  ));
}
