import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Gender, NomineeKind } from "@/lib/generated/prisma/enums";
import { sanitizeRichText } from "@/lib/nominations/rich-text";
import { richTextClasses } from "./rich-text-styles";

// Read-only pieces of a dossier, shared by the nomination page (dossier-view.tsx) and the
// reviewer's scoring page (components/reviews/score-dossier.tsx).

/** A card of the dossier, labelled by its heading. */
export function DossierSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

export interface NomineeFactsData {
  nomineeKind: NomineeKind;
  nomineeName: string;
  gender: Gender | null;
  birthYear: number | null;
  position: string | null;
  yearsOfService: number | null;
  serviceMonths: number | null;
  absenceDays: number | null;
  collectiveSize: number | null;
  disciplined: boolean;
  unit: { name: string };
}

interface NomineeFactsProps {
  nomination: NomineeFactsData;
  /** Given, the nominee's name and this title are listed too (the reviewer's page has them in its heading). */
  awardTitle?: string;
  /** Given (null too), the contact is listed: reviewers are not shown it. */
  contact?: string | null;
  className: string;
}

/** The facts about the nominee as a description list; an empty field reads "none". */
export async function NomineeFacts({ nomination, awardTitle, contact, className }: NomineeFactsProps) {
  const [t, tKind, tGender] = await Promise.all([
    getTranslations("nominations"),
    getTranslations("nominations.kind"),
    getTranslations("nominations.gender"),
  ]);
  const isIndividual = nomination.nomineeKind === "INDIVIDUAL";
  const none = t("dossier.none");
  const show = (value: string | number | null) => (value === null || value === "" ? none : String(value));
  const rows: [string, string][] = [
    [t("fields.nomineeKind"), tKind(nomination.nomineeKind)],
    ...(awardTitle === undefined
      ? []
      : ([
          [isIndividual ? t("fields.nomineeName") : t("fields.collectiveName"), nomination.nomineeName],
          [t("fields.awardTitleId"), awardTitle],
        ] as [string, string][])),
    [t("fields.unitId"), nomination.unit.name],
    ...(isIndividual
      ? ([
          [t("fields.gender"), nomination.gender ? tGender(nomination.gender) : none],
          [t("fields.birthYear"), show(nomination.birthYear)],
          [t("fields.position"), show(nomination.position)],
          [t("fields.yearsOfService"), show(nomination.yearsOfService)],
          ...(contact === undefined ? [] : [[t("fields.contact"), show(contact)]]),
          [t("fields.serviceMonths"), show(nomination.serviceMonths)],
          [t("fields.absenceDays"), show(nomination.absenceDays)],
        ] as [string, string][])
      : ([[t("fields.collectiveSize"), show(nomination.collectiveSize)]] as [string, string][])),
    [t("fields.disciplined"), nomination.disciplined ? t("dossier.yes") : t("dossier.no")],
  ];
  return (
    <dl className={className}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-stone-700">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The achievement summary, which is HTML and is sanitized again here, on the server, right
 * before it is shown, then the citation as text. `headingClassName`: the summary heading's.
 */
export async function AchievementTexts({
  summary,
  citation,
  headingClassName,
}: {
  summary: string;
  citation: string;
  headingClassName: string;
}) {
  const t = await getTranslations("nominations");
  const none = t("dossier.none");
  return (
    <>
      <h3 className={headingClassName}>{t("fields.achievementSummary")}</h3>
      {summary ? (
        // Sanitized on the server just above: only p, br, strong, em, lists, without attributes.
        <div className={richTextClasses} dangerouslySetInnerHTML={{ __html: sanitizeRichText(summary) }} />
      ) : (
        <p className="text-stone-600">{none}</p>
      )}
      <h3 className="mt-4 font-medium">{t("fields.citation")}</h3>
      <p data-testid="citation" className="whitespace-pre-line">
        {citation || none}
      </p>
    </>
  );
}

interface SelfAssessmentsProps {
  criteria: readonly { id: string; name: string; nameEn: string | null }[];
  /** criterionId → the self-assessment text. */
  byCriterion: Record<string, string>;
  className: string;
}

/** The self-assessment (tự đánh giá) per criterion, in the movement's order. */
export async function SelfAssessments({ criteria, byCriterion, className }: SelfAssessmentsProps) {
  const [t, locale] = await Promise.all([getTranslations("nominations"), getLocale()]);
  const isEnglish = locale === "en";
  const none = t("dossier.none");
  return (
    <ol className={className}>
      {criteria.map((criterion, i) => (
        <li key={criterion.id}>
          <h3 className="font-medium">
            {t("fields.criterionLabel", {
              n: i + 1,
              name: isEnglish && criterion.nameEn ? criterion.nameEn : criterion.name,
            })}
          </h3>
          <p className="whitespace-pre-line">{byCriterion[criterion.id] || none}</p>
        </li>
      ))}
    </ol>
  );
}
