"use client";

import { useTranslations } from "next-intl";
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
      <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("frozenExplanation", { count: nominationCount })}</p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="p-2 text-left font-semibold">{t("criteriaTitle")}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">{t("criterionName")}</th>
              <th scope="col" className="p-2 text-right">{t("weight")}</th>
              <th scope="col" className="p-2 text-right">{t("maxScore")}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c, i) => (
              <tr key={i} className="border-t border-stone-200 align-top">
                <td className="p-2">
                  <span className="font-medium">{c.name}</span>
                  {c.guidance ? <span className="block text-stone-600">{c.guidance}</span> : null}
                  <HiddenRow prefix={`criteria.${i}`} values={c} />
                </td>
                <td className="p-2 text-right">{c.weight}</td>
                <td className="p-2 text-right">{c.maxScore}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("titlesTitle")}>
        {titles.map((title, i) => (
          <li key={i} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
            <span className="block font-semibold">{title.name}</span>
            <span className="block">{tMovements(`eligibility.${title.eligibility}`)}</span>
            <span className="block">{t("frozenTitleNumbers", { threshold: title.approvalThresholdPercent, total: title.quotaTotal || "–", perUnit: title.quotaPerUnit || "–" })}</span>
            <HiddenRow prefix={`titles.${i}`} values={title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HiddenRow({ prefix, values }: { prefix: string; values: CriterionValues | TitleValues }) {
  return Object.entries(values).map(([field, value]) => <input key={field} type="hidden" name={`${prefix}.${field}`} value={value} />);
}
