import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResultsPagination } from "@/components/reviews/results-pagination";
import { ResultsTable } from "@/components/reviews/results-table";
import { ResultsTitleTabs } from "@/components/reviews/results-title-tabs";
import { ResultsUnitFilter } from "@/components/reviews/results-unit-filter";
import { ReviewNav } from "@/components/reviews/review-nav";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { can } from "@/lib/policy";
import { rankingFilterOptions, rankingPage, shortlistedCount } from "@/lib/reviews/ranking/queries";
import { resultsParamsSchema } from "@/lib/reviews/ranking/schemas";
import { readReviewMovement } from "@/lib/reviews/locks";
import { shortlistingStages, stageAllows } from "@/lib/reviews/stage";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MovementResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/admin/movements/${id}/results`;
  const actor = await requireUser(path);
  // Not allowed looks like not there.
  if (!can(actor, "movement.manage") || !isUuid(id)) notFound();
  const movement = await readReviewMovement(id, today());
  if (!movement) notFound();
  const t = await getTranslations("results");
  const tStage = await getTranslations("reviewStages");
  const isEnglish = (await getLocale()) === "en";
  const query = resultsParamsSchema.parse(await searchParams);
  const { titles, units, unit } = await rankingFilterOptions(movement, query.unit);
  const title = titles.find((candidate) => candidate.id === query.title) ?? titles[0];
  const titleName = (candidate: { name: string; nameEn: string | null }) =>
    isEnglish && candidate.nameEn ? candidate.nameEn : candidate.name;
  const hrefOf = (changes: { title?: string; unit?: string | null; page?: number }) => {
    const search = new URLSearchParams();
    const titleId = changes.title ?? title?.id;
    if (titleId) search.set("title", titleId);
    const unitId = changes.unit === undefined ? unit?.id : changes.unit;
    if (unitId) search.set("unit", unitId);
    if (changes.page && changes.page > 1) search.set("page", String(changes.page));
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
  const header = (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro", { movement: movement.name })}</p>
      <ReviewNav movementId={movement.id} current="results" />
      <p className="mt-4">{t("stage", { stage: tStage(movement.stage) })}</p>
    </>
  );
  if (!title) {
    return (
      <>
        {header}
        <p className="mt-6">{t("noTitles")}</p>
      </>
    );
  }
  const [ranking, shortlisted] = await Promise.all([
    rankingPage({
      movementId: movement.id,
      awardTitleId: title.id,
      unitPath: unit?.path ?? null,
      page: query.page,
      calibrate: movement.calibrateScores,
      disagreementPoints: movement.disagreementPoints,
    }),
    shortlistedCount({ movementId: movement.id, awardTitleId: title.id }),
  ]);
  return (
    <>
      {header}
      <details open className="mt-4 rounded border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t("formulaHeading")}</summary>
        <p className="mt-2 text-stone-700">{t("formula", { points: movement.disagreementPoints })}</p>
        {movement.calibrateScores ? (
          <>
            <h2 className="mt-3 font-semibold">{t("calibrationHeading")}</h2>
            <p className="mt-1 text-stone-700">{t("calibration")}</p>
          </>
        ) : null}
      </details>
      <ResultsTitleTabs
        titles={titles.map((candidate) => ({ id: candidate.id, name: titleName(candidate) }))}
        currentId={title.id}
        hrefOf={(titleId) => hrefOf({ title: titleId, page: 1 })}
      />
      <ResultsUnitFilter action={path} titleId={title.id} units={units} unitId={unit?.id} />
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-1" role="status">
        <p className="font-semibold">
          {title.quotaTotal !== null
            ? t("quotaUsage", { used: shortlisted, quota: title.quotaTotal })
            : t("quotaUnlimited", { used: shortlisted })}
        </p>
        <p className="text-stone-700">{t("resultCount", { count: ranking.total })}</p>
      </div>
      <ResultsTable
        titleName={titleName(title)}
        rows={ranking.rows}
        title={title}
        shortlisted={shortlisted}
        isOpen={stageAllows(movement.stage, shortlistingStages)}
        showCalibrated={movement.calibrateScores}
        reviewersPerNomination={movement.reviewersPerNomination}
      />
      <ResultsPagination page={ranking.page} pageCount={ranking.pageCount} hrefOf={(page) => hrefOf({ page })} />
    </>
  );
}
