import { getLocale, getTranslations } from "next-intl/server";
import type { NominationForViewer } from "@/lib/nominations/queries";
import { AchievementTexts, DossierSection, NomineeFacts, SelfAssessments } from "./dossier-parts";

interface Props {
  nomination: NominationForViewer;
}

/**
 * The dossier, read-only: every field as text, except the achievement summary, which is HTML
 * and is sanitized again on the server right before it is shown (AchievementTexts).
 */
export async function DossierView({ nomination }: Props) {
  const [t, locale] = await Promise.all([getTranslations("nominations"), getLocale()]);
  const isEnglish = locale === "en";
  const title = isEnglish && nomination.awardTitle.nameEn ? nomination.awardTitle.nameEn : nomination.awardTitle.name;
  return (
    <div className="space-y-6">
      <DossierSection id="view-nominee" heading={t("fields.nomineeSection")}>
        <NomineeFacts
          nomination={nomination}
          awardTitle={title}
          contact={nomination.contact}
          className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]"
        />
      </DossierSection>
      <DossierSection id="view-prior" heading={t("prior.title")}>
        {nomination.priorRecognitions.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("prior.none")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {nomination.priorRecognitions.map((prior, i) => (
              <li key={i}>
                {[prior.title, prior.year, prior.decisionRef]
                  .filter((part) => part !== null && part !== "")
                  .join(" — ")}
              </li>
            ))}
          </ul>
        )}
      </DossierSection>
      <DossierSection id="view-achievements" heading={t("fields.achievementsSection")}>
        <AchievementTexts
          summary={nomination.achievementSummary}
          citation={nomination.citation}
          headingClassName="mt-3 font-medium"
        />
      </DossierSection>
      <DossierSection id="view-criteria" heading={t("fields.selfAssessmentsSection")}>
        <SelfAssessments
          criteria={nomination.movement.criteria}
          byCriterion={nomination.selfAssessmentByCriterion}
          className="mt-3 space-y-4"
        />
      </DossierSection>
    </div>
  );
}
