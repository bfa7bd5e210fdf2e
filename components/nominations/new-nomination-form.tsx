"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createDraftNominationAction } from "@/app/nominations/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { titlesFor, type DossierChoices, type NomineeKindValue } from "./dossier-types";
import { NominationMessage } from "./nomination-message";

interface Props {
  movementId: string;
  titles: DossierChoices["titles"];
  units: DossierChoices["units"];
}

/** Starts a dossier: who (an individual or a collective), from which unit, for which title; the rest is filled in on the dossier. */
export function NewNominationForm({ movementId, titles, units }: Props) {
  const t = useTranslations("nominations");
  const isEnglish = useLocale() === "en";
  const [state, action] = useActionState(createDraftNominationAction, initialFormState);
  // Controlled: a refusal re-renders the form with what was chosen and typed.
  const [kind, setKind] = useState<NomineeKindValue>("INDIVIDUAL");
  const [titleId, setTitleId] = useState("");
  const [unitId, setUnitId] = useState(units.length === 1 ? units[0]!.id : "");
  const [name, setName] = useState("");
  const available = titlesFor(titles, kind);
  const minDepth = Math.min(...units.map((unit) => unit.depth));
  return (
    <form action={action} noValidate className="space-y-5">
      {state.reasons?.length ? <NominationMessage state={state} /> : <FormMessage state={state} />}
      <input type="hidden" name="movementId" value={movementId} />
      <fieldset>
        <legend className="font-medium">{t("fields.nomineeKind")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["INDIVIDUAL", "COLLECTIVE"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="nomineeKind"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  if (!titlesFor(titles, value).some((title) => title.id === titleId)) setTitleId("");
                }}
                className="size-4"
              />
              {t(`kind.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        name="awardTitleId"
        label={t("fields.awardTitleId")}
        value={titleId}
        onChange={(event) => setTitleId(event.target.value)}
        options={[
          { value: "", label: t("fields.chooseTitle") },
          ...available.map((title) => ({
            value: title.id,
            label: isEnglish && title.nameEn ? title.nameEn : title.name,
          })),
        ]}
        errors={state.fieldErrors?.awardTitleId}
        hint={available.length === 0 ? t("create.noTitleForKind") : undefined}
      />
      <SelectField
        name="unitId"
        label={t("fields.unitId")}
        value={unitId}
        onChange={(event) => setUnitId(event.target.value)}
        options={[
          ...(units.length === 1 ? [] : [{ value: "", label: t("fields.chooseUnit") }]),
          // Non-breaking spaces: browsers collapse ordinary ones inside <option>.
          ...units.map((unit) => ({
            value: unit.id,
            label: `${"\u00a0\u00a0\u00a0".repeat(unit.depth - minDepth)}${unit.name}`,
          })),
        ]}
        errors={state.fieldErrors?.unitId}
      />
      <TextField
        name="nomineeName"
        label={kind === "INDIVIDUAL" ? t("fields.nomineeName") : t("fields.collectiveName")}
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={200}
        autoComplete="off"
        errors={state.fieldErrors?.nomineeName}
      />
      <SubmitButton pendingLabel={t("create.creating")}>{t("create.submit")}</SubmitButton>
    </form>
  );
}
