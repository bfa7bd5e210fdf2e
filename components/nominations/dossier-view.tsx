import { getLocale, getTranslations } from "next-intl/server";
import type { NominationForViewer } from "@/lib/nominations/queries";
import { sanitizeRichText } from "@/lib/nominations/rich-text";
import { richTextClasses } from "./rich-text-styles";

interface Props {
  nomination: NominationForViewer;
}

/**
 * The dossier, read-only: every field as text, except the achievement summary, which is HTML
 * and is sanitized again here, on the server, right before it is shown.
 */
export async function DossierView({ nomination }: Props) {
  const [t, tKind, tGender, locale] = await Promise.all([
    getTranslations("nominations"),
    getTranslations("nominations.kind"),
    getTranslations("nominations.gender"),
    getLocale(),
  ]);
  const isEnglish = locale === "en";
  const isIndividual = nomination.nomineeKind === "INDIVIDUAL";
  const none = t("dossier.none");
  const show = (value: string | number | null) => (value === null || value === "" ? none : String(value));
  const title = isEnglish && nomination.awardTitle.nameEn ? nomination.awardTitle.nameEn : nomination.awardTitle.name;
  const rows: [string, string][] = [
    [t("fields.nomineeKind"), tKind(nomination.nomineeKind)],
    [isIndividual ? t("fields.nomineeName") : t("fields.collectiveName"), nomination.nomineeName],
    [t("fields.awardTitleId"), title],
    [t("fields.unitId"), nomination.unit.name],
    ...(isIndividual
      ? ([
          [t("fields.gender"), nomination.gender ? tGender(nomination.gender) : none],
          [t("fields.birthYear"), show(nomination.birthYear)],
          [t("fields.position"), show(nomination.position)],
          [t("fields.yearsOfService"), show(nomination.yearsOfService)],
          [t("fields.contact"), show(nomination.contact)],
          [t("fields.serviceMonths"), show(nomination.serviceMonths)],
          [t("fields.absenceDays"), show(nomination.absenceDays)],
        ] as [string, string][])
      : ([[t("fields.collectiveSize"), show(nomination.collectiveSize)]] as [string, string][])),
    [t("fields.disciplined"), nomination.disciplined ? t("dossier.yes") : t("dossier.no")],
  ];
  const card = "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <div className="space-y-6">
      <section aria-labelledby="view-nominee" className={card}>
        <h2 id="view-nominee" className="text-lg font-semibold">
          {t("fields.nomineeSection")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-stone-700">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="view-prior" className={card}>
        <h2 id="view-prior" className="text-lg font-semibold">
          {t("prior.title")}
        </h2>
        {nomination.priorRecognitions.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("prior.none")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {nomination.priorRecognitions.map((prior, i) => (
              <li key={i}>{[prior.title, prior.year, prior.decisionRef].filter((part) => part !== null && part !== "").join(" — ")}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="view-achievements" className={card}>
        <h2 id="view-achievements" className="text-lg font-semibold">
          {t("fields.achievementsSection")}
        </h2>
        <h3 className="mt-3 font-medium">{t("fields.achievementSummary")}</h3>
        {nomination.achievementSummary ? (
          // Sanitized on the server just above: only p, br, strong, em, lists, without attributes.
          <div className={richTextClasses} dangerouslySetInnerHTML={{ __html: sanitizeRichText(nomination.achievementSummary) }} />
        ) : (
          <p className="text-stone-600">{none}</p>
        )}
        <h3 className="mt-4 font-medium">{t("fields.citation")}</h3>
        <p data-testid="citation" className="whitespace-pre-line">
          {nomination.citation || none}
        </p>
      </section>
      <section aria-labelledby="view-criteria" className={card}>
        <h2 id="view-criteria" className="text-lg font-semibold">
          {t("fields.selfAssessmentsSection")}
        </h2>
        <ol className="mt-3 space-y-4">
          {nomination.movement.criteria.map((criterion, i) => (
            <li key={criterion.id}>
              <h3 className="font-medium">{t("fields.criterionLabel", { n: i + 1, name: isEnglish && criterion.nameEn ? criterion.nameEn : criterion.name })}</h3>
              <p className="whitespace-pre-line">{nomination.selfAssessmentByCriterion[criterion.id] || none}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
