"use client";

import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { titlesFor, type DossierChoices, type DossierValues, type NomineeKindValue } from "./dossier-types";

interface Props {
  values: DossierValues;
  choices: DossierChoices;
  kind: NomineeKindValue;
  onKindChange(kind: NomineeKindValue): void;
  titleId: string;
  onTitleChange(id: string): void;
  fieldErrors?: Record<string, string[]>;
}

const text = (value: string | number | null) => (value === null ? "" : String(value));

/**
 * Who is nominated, from which unit, for which title: an individual's identity and service, or a
 * collective's size, then the facts eligibility rules look at (service, absences, discipline).
 */
export function NomineeFields({ values, choices, kind, onKindChange, titleId, onTitleChange, fieldErrors }: Props) {
  const t = useTranslations("nominations.fields");
  const tKind = useTranslations("nominations.kind");
  const tGender = useTranslations("nominations.gender");
  const isEnglish = useLocale() === "en";
  const titles = titlesFor(choices.titles, kind);
  const isIndividual = kind === "INDIVIDUAL";
  const minDepth = Math.min(...choices.units.map((unit) => unit.depth));
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("nomineeSection")}</legend>
        <SelectField
          name="nomineeKind"
          label={t("nomineeKind")}
          value={kind}
          onChange={(e) => onKindChange(e.target.value as NomineeKindValue)}
          options={(["INDIVIDUAL", "COLLECTIVE"] as const).map((value) => ({ value, label: tKind(value) }))}
          errors={fieldErrors?.nomineeKind}
        />
        <SelectField
          name="awardTitleId"
          label={t("awardTitleId")}
          value={titleId}
          onChange={(e) => onTitleChange(e.target.value)}
          options={[
            ...(titles.some((title) => title.id === titleId) ? [] : [{ value: "", label: t("chooseTitle") }]),
            ...titles.map((title) => ({
              value: title.id,
              label: isEnglish && title.nameEn ? title.nameEn : title.name,
            })),
          ]}
          errors={fieldErrors?.awardTitleId}
        />
        <TextField
          name="nomineeName"
          label={isIndividual ? t("nomineeName") : t("collectiveName")}
          defaultValue={values.nomineeName}
          maxLength={200}
          autoComplete="off"
          errors={fieldErrors?.nomineeName}
        />
        <SelectField
          name="unitId"
          label={t("unitId")}
          defaultValue={values.unitId}
          // Non-breaking spaces: browsers collapse ordinary ones inside <option>.
          options={choices.units.map((unit) => ({
            value: unit.id,
            label: `${"\u00a0\u00a0\u00a0".repeat(unit.depth - minDepth)}${unit.name}`,
          }))}
          errors={fieldErrors?.unitId}
        />
        {isIndividual ? (
          <>
            <SelectField
              name="gender"
              label={t("gender")}
              defaultValue={values.gender ?? ""}
              options={[
                { value: "", label: t("chooseGender") },
                ...(["FEMALE", "MALE", "OTHER"] as const).map((value) => ({ value, label: tGender(value) })),
              ]}
              errors={fieldErrors?.gender}
            />
            <TextField
              name="birthYear"
              label={t("birthYear")}
              defaultValue={text(values.birthYear)}
              inputMode="numeric"
              maxLength={4}
              errors={fieldErrors?.birthYear}
            />
            <TextField
              name="position"
              label={t("position")}
              defaultValue={text(values.position)}
              maxLength={200}
              errors={fieldErrors?.position}
            />
            <TextField
              name="yearsOfService"
              label={t("yearsOfService")}
              defaultValue={text(values.yearsOfService)}
              inputMode="numeric"
              maxLength={2}
              errors={fieldErrors?.yearsOfService}
            />
            <TextField
              name="contact"
              label={t("contact")}
              hint={t("contactHint")}
              defaultValue={text(values.contact)}
              maxLength={200}
              errors={fieldErrors?.contact}
            />
          </>
        ) : (
          <TextField
            name="collectiveSize"
            label={t("collectiveSize")}
            defaultValue={text(values.collectiveSize)}
            inputMode="numeric"
            maxLength={8}
            errors={fieldErrors?.collectiveSize}
          />
        )}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-lg font-semibold">{t("exclusionsSection")}</legend>
        <p className="text-sm text-stone-600 sm:col-span-2">{t("exclusionsHint")}</p>
        {isIndividual ? (
          <>
            <TextField
              name="serviceMonths"
              label={t("serviceMonths")}
              defaultValue={text(values.serviceMonths)}
              inputMode="numeric"
              maxLength={4}
              errors={fieldErrors?.serviceMonths}
            />
            <TextField
              name="absenceDays"
              label={t("absenceDays")}
              defaultValue={text(values.absenceDays)}
              inputMode="numeric"
              maxLength={4}
              errors={fieldErrors?.absenceDays}
            />
          </>
        ) : null}
        <div className="sm:col-span-2">
          <label className="flex items-center gap-2">
            <input
              id="field-disciplined"
              type="checkbox"
              name="disciplined"
              defaultChecked={values.disciplined}
              className="size-4"
            />
            {t("disciplined")}
          </label>
        </div>
      </fieldset>
    </>
  );
}
