import { getLocale, getTranslations } from "next-intl/server";
import {
  AchievementTexts,
  DossierSection,
  NomineeFacts,
  SelfAssessments,
} from "@/components/nominations/dossier-parts";
import type { ReviewForScoring } from "@/lib/reviews/reviewing/queue";

/** Size in KB or MB, in the active language's number format. */
function sizeOf(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${number.format(bytes / 1024 / 1024)} MB`
    : `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** The dossier a reviewer scores, read-only: nominee, achievements, self-assessment per criterion, evidence (opened in the browser). */
export async function ScoreDossier({ view }: { view: ReviewForScoring }) {
  const [t, locale] = await Promise.all([getTranslations("reviewing"), getLocale()]);
  const { nomination } = view;
  return (
    <div className="space-y-4">
      <DossierSection id="score-dossier-heading" heading={t("dossierHeading")}>
        <div className="mt-3 flex flex-wrap gap-4">
          {view.portrait ? (
            // eslint-disable-next-line @next/next/no-img-element -- a private file behind the access check, not an optimisable asset
            <img
              src={`/api/files/${view.portrait.id}?inline=1`}
              alt={t("portraitAlt", { name: nomination.nomineeName })}
              className="h-32 w-24 rounded object-cover"
            />
          ) : null}
          <NomineeFacts
            nomination={nomination}
            className="grid flex-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]"
          />
        </div>
        <AchievementTexts
          summary={nomination.achievementSummary}
          citation={nomination.citation}
          headingClassName="mt-4 font-medium"
        />
      </DossierSection>
      <DossierSection id="score-self-heading" heading={t("selfAssessmentHeading")}>
        <SelfAssessments
          criteria={nomination.movement.criteria}
          byCriterion={view.selfAssessmentByCriterion}
          className="mt-3 space-y-3"
        />
      </DossierSection>
      <DossierSection id="score-evidence-heading" heading={t("evidenceHeading")}>
        {view.evidence.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("evidenceNone")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {view.evidence.map((file) => (
              <li key={file.id}>
                <a
                  href={`/api/files/${file.id}?inline=1`}
                  target="_blank"
                  rel="noopener"
                  className="text-brand-700 underline hover:text-brand-800"
                >
                  {file.fileName}
                  <span className="sr-only"> {t("evidenceOpens")}</span>
                </a>{" "}
                <span className="text-sm text-stone-600">
                  ({file.mimeType.split("/").pop()?.toUpperCase()}, {sizeOf(file.sizeBytes, locale)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </DossierSection>
    </div>
  );
}
