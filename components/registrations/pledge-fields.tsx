"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { TargetRow } from "./target-rows";
import { TargetsEditor } from "./targets-editor";

interface Props {
  pledge: string;
  onPledgeChange: (pledge: string) => void;
  rows: TargetRow[];
  onRowsChange: (rows: TargetRow[]) => void;
  fieldErrors?: Record<string, string[]>;
  period: { startsOn: string; endsOn: string };
}

/** The pledge text and its measurable targets: the part registering and editing share. */
export function PledgeFields({ pledge, onPledgeChange, rows, onRowsChange, fieldErrors, period }: Props) {
  const t = useTranslations("registrations");
  return (
    <>
      <TextAreaField
        name="pledge"
        label={t("pledge")}
        hint={t("pledgeHint")}
        value={pledge}
        onChange={(e) => onPledgeChange(e.target.value)}
        errors={fieldErrors?.pledge}
        rows={5}
        maxLength={5000}
        required
      />
      <TargetsEditor rows={rows} onChange={onRowsChange} fieldErrors={fieldErrors} period={period} />
    </>
  );
}
