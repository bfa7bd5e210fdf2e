"use client";

import { useFormatter, useTranslations } from "next-intl";
import { RichTextEditor } from "./rich-text-editor";

interface Props {
  html: string;
  initialHtml: string;
  maxLength: number;
  errors?: string[];
  onChange(html: string): void;
}

/**
 * The achievement summary: the editor, its HTML in a hidden "achievementSummary" field, and a
 * counter of the characters stored (formatting included), which turns into a refusal past the
 * limit (the server refuses it too, never cutting it short).
 */
export function SummaryField({ html, initialHtml, maxLength, errors, onChange }: Props) {
  const t = useTranslations("nominations.fields");
  const tValidation = useTranslations("validation");
  const format = useFormatter();
  const isOver = html.length > maxLength;
  const describedBy = ["summary-hint", "summary-count", errors?.length ? "summary-error" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <p id="summary-label" className="block font-medium">
        {t("achievementSummary")}
      </p>
      <p id="summary-hint" className="text-sm text-stone-600">
        {t("achievementSummaryHint")}
      </p>
      <RichTextEditor
        id="field-achievementSummary"
        labelId="summary-label"
        describedBy={describedBy}
        initialHtml={initialHtml}
        isInvalid={isOver || Boolean(errors?.length)}
        onChange={onChange}
      />
      <input type="hidden" name="achievementSummary" value={html} />
      <p id="summary-count" className="mt-1 text-sm text-stone-600">
        {t("summaryCount", { count: format.number(html.length), max: format.number(maxLength) })}
      </p>
      {isOver ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-700">
          {t("summaryOver", { max: format.number(maxLength) })}
        </p>
      ) : null}
      {errors?.length ? (
        <p id="summary-error" className="mt-1 text-sm text-red-700">
          {errors.map((code) => tValidation(code as never)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
