"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { registerUnitAction } from "@/app/movements/[id]/registrations/actions";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { RegistrationFormMessage } from "./registration-form-message";
import { emptyRow, type TargetRow } from "./target-rows";
import { PledgeFields } from "./pledge-fields";

interface Props {
  movementId: string;
  units: { id: string; code: string; name: string; depth: number }[];
  period: { startsOn: string; endsOn: string };
}

/** Registers one of the officer's units with a pledge and targets; everything typed stays after a refusal. */
export function RegistrationCreateForm({ movementId, units, period }: Props) {
  const t = useTranslations("registrations");
  const [state, action] = useActionState(registerUnitAction, initialFormState);
  // Controlled fields: a refusal re-renders the form with what was typed, rows included.
  const [unitId, setUnitId] = useState(units.length === 1 ? units[0]!.id : "");
  const [pledge, setPledge] = useState("");
  const [rows, setRows] = useState<TargetRow[]>(() => [emptyRow()]);
  const minDepth = Math.min(...units.map((unit) => unit.depth));
  const options = units.map((unit) => ({
    value: unit.id,
    // Non-breaking spaces: browsers collapse ordinary ones inside <option>.
    label: `${"\u00a0\u00a0\u00a0".repeat(unit.depth - minDepth)}${unit.name} (${unit.code})`,
  }));
  return (
    <form action={action} noValidate className="space-y-5">
      <RegistrationFormMessage state={state} />
      <input type="hidden" name="movementId" value={movementId} />
      <SelectField
        name="unitId"
        label={t("unit")}
        options={units.length === 1 ? options : [{ value: "", label: t("chooseUnit") }, ...options]}
        value={unitId}
        onChange={(e) => setUnitId(e.target.value)}
        errors={state.fieldErrors?.unitId}
        required
      />
      <PledgeFields
        pledge={pledge}
        onPledgeChange={setPledge}
        rows={rows}
        onRowsChange={setRows}
        fieldErrors={state.fieldErrors}
        period={period}
      />
      <SubmitButton pendingLabel={t("registering")}>{t("register")}</SubmitButton>
    </form>
  );
}
