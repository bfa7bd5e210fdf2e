import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ScoreConflict } from "@/components/reviews/score-conflict";
import { DossierRoutePanel } from "@/components/levels/dossier-route-panel";
import { ScoreDossier } from "@/components/reviews/score-dossier";
import { ScoreForm, type ScoreCriterion } from "@/components/reviews/score-form";
import { ScoreReadOnly } from "@/components/reviews/score-readonly";
import { ScoreReopen } from "@/components/reviews/score-reopen";
import { dossierRoute } from "@/lib/levels/dossier-route";
import { today } from "@/lib/movements/days";
import { can } from "@/lib/policy";
import { reviewForScoring } from "@/lib/reviews/reviewing/queue";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ reviewId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviewing");
  return { title: t("pageTitle") };
}

/**
 * One review: the dossier beside the scoring form (one column on phones). Its reviewer scores
 * it while the movement is under review; administrators read it and may reopen it once
 * submitted; anyone else, and any malformed or unknown id: not found.
 */
export default async function ScoreReviewPage({ params }: Props) {
  const { reviewId } = await params;
  const actor = await requirePermission(`/reviews/${encodeURIComponent(reviewId)}`, { ids: [reviewId] });
  const view = await reviewForScoring({ actor, reviewId, today: today() });
  if (!view) notFound();
  const { nomination, review } = view;
  const [t, format, locale, route] = await Promise.all([
    getTranslations("reviewing"),
    getFormatter(),
    getLocale(),
    dossierRoute(nomination.id),
  ]);
  const isEnglish = locale === "en";
  const movement = nomination.movement;
  const criteria: ScoreCriterion[] = movement.criteria.map((c) => ({
    id: c.id,
    n: c.position,
    name: isEnglish && c.nameEn ? c.nameEn : c.name,
    guidance: c.guidance,
    weight: c.weight,
    max: c.maxScore,
  }));
  const notice =
    review.status === "SUBMITTED" && review.submittedAt
      ? t("readOnly", { at: format.dateTime(review.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })
      : view.stage !== "reviewing"
        ? t("notScoring")
        : t("readOnlyAdmin");
  return (
    <>
      {can(actor, "reviewer.area") ? (
        <Link href="/reviews" className="text-brand-700 underline hover:text-brand-800">
          {t("back")}
        </Link>
      ) : null}
      <h1 className="mt-2 text-2xl font-bold">{nomination.nomineeName}</h1>
      <p className="mt-1 text-stone-700">
        {t("subtitle", {
          movement: isEnglish && movement.nameEn ? movement.nameEn : movement.name,
          title: isEnglish && nomination.awardTitle.nameEn ? nomination.awardTitle.nameEn : nomination.awardTitle.name,
          unit: nomination.unit.name,
        })}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2 lg:items-start">
        <div className="space-y-6">
          <ScoreDossier view={view} />
          {/* The levels' endorsements and votes behind the dossier (decision 0012). */}
          {route && route.levels.length > 0 ? <DossierRoutePanel route={route} /> : null}
        </div>
        <div className="space-y-6 lg:sticky lg:top-4">
          {view.canEdit ? (
            <ScoreForm
              key={review.id}
              reviewId={review.id}
              version={review.version}
              criteria={criteria}
              scores={view.scores}
              overallComment={review.overallComment ?? ""}
            />
          ) : (
            <ScoreReadOnly
              criteria={criteria}
              scores={view.scores}
              overallComment={review.overallComment}
              notice={notice}
            />
          )}
          {view.canReopen ? <ScoreReopen reviewId={review.id} /> : null}
          {view.canDeclareConflict ? <ScoreConflict reviewId={review.id} /> : null}
        </div>
      </div>
    </>
  );
}
