"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms";

export interface DecisionFieldValues {
  number: string;
  issuedOn: string;
  signerName: string;
  issuingAuthority: string;
}

/** The four fields of a decision (number, date signed, signer, issuing authority), shared by the record and correction forms. */
export function DecisionFields({
  state,
  values,
  today,
}: {
  state: FormState;
  values: DecisionFieldValues;
  today: string;
}) {
  const t = useTranslations("decision");
  const typed = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="number"
        label={t("number")}
        hint={t("numberHint")}
        defaultValue={typed.number ?? values.number}
        errors={state.fieldErrors?.number}
        required
        maxLength={50}
      />
      <TextField
        name="issuedOn"
        type="date"
        max={today}
        label={t("issuedOn")}
        defaultValue={typed.issuedOn ?? values.issuedOn}
        errors={state.fieldErrors?.issuedOn}
        required
      />
      <TextField
        name="signerName"
        label={t("signerName")}
        defaultValue={typed.signerName ?? values.signerName}
        errors={state.fieldErrors?.signerName}
        required
        maxLength={200}
        autoComplete="off"
      />
      <TextField
        name="issuingAuthority"
        label={t("issuingAuthority")}
        defaultValue={typed.issuingAuthority ?? values.issuingAuthority}
        errors={state.fieldErrors?.issuingAuthority}
        required
        maxLength={300}
      />
    </div>
  );
}
