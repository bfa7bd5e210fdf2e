import { useTranslations } from "next-intl";

interface Props {
  title: {
    quotaPerUnitPercent: number | null;
    requiredPriorTitle: string | null;
    minServiceMonths: number | null;
    maxAbsenceDays: number | null;
    excludesDisciplined: boolean;
  };
}

/** A title's eligibility conditions, as officers read them before nominating. */
export function TitleRules({ title }: Props) {
  const t = useTranslations("movements.rules");
  const rules = [
    title.quotaPerUnitPercent !== null ? t("quotaPerUnitPercent", { percent: title.quotaPerUnitPercent / 100 }) : null,
    title.requiredPriorTitle ? t("priorTitle", { title: title.requiredPriorTitle }) : null,
    title.minServiceMonths !== null ? t("serviceMonths", { months: title.minServiceMonths }) : null,
    title.maxAbsenceDays !== null ? t("absence", { days: title.maxAbsenceDays }) : null,
    title.excludesDisciplined ? t("disciplined") : null,
  ].filter((rule): rule is string => rule !== null);
  if (rules.length === 0) return null;
  return (
    <ul className="mt-2 list-disc pl-5 text-sm text-stone-700" aria-label={t("label")}>
      {rules.map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ul>
  );
}
