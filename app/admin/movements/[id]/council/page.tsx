import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CouncilAutoAssign } from "@/components/reviews/council-auto-assign";
import { CouncilCoverage } from "@/components/reviews/council-coverage";
import { CouncilAddMemberForm, CouncilRemoveMemberForm } from "@/components/reviews/council-member-forms";
import { CouncilSettingsForm } from "@/components/reviews/council-settings-form";
import { ReviewNav } from "@/components/reviews/review-nav";
import { DataTable } from "@/components/ui/data-table";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { can } from "@/lib/policy";
import {
  councilOverview,
  eligibleReviewersFor,
  reviewCoverage,
  reviewerCandidates,
} from "@/lib/reviews/council/queries";
import { councilParamsSchema } from "@/lib/reviews/council/schemas";
import { readReviewMovement } from "@/lib/reviews/locks";
import { councilEditableStages, reviewingStages, stageAllows } from "@/lib/reviews/stage";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("council");
  return { title: t("pageTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MovementCouncilPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/admin/movements/${id}/council`;
  const actor = await requireUser(path);
  // Not allowed looks like not there.
  if (!can(actor, "movement.manage") || !isUuid(id)) notFound();
  const movement = await readReviewMovement(id, today());
  if (!movement) notFound();
  const query = councilParamsSchema.parse(await searchParams);
  const t = await getTranslations("council");
  const tStage = await getTranslations("reviewStages");
  const canEditCouncil = stageAllows(movement.stage, councilEditableStages);
  const canAssign = stageAllows(movement.stage, reviewingStages);
  const { version } = movement;
  const [members, candidates, coverage] = await Promise.all([
    councilOverview(movement.id),
    reviewerCandidates(movement.id),
    reviewCoverage({
      movementId: movement.id,
      perNomination: movement.reviewersPerNomination,
      onlyShort: query.short,
      page: query.page,
    }),
  ]);
  const eligible = canAssign
    ? await eligibleReviewersFor(
        movement.id,
        movement.organizingPath,
        coverage.rows.map((row) => row.nominationId),
      )
    : new Map();
  const hrefOf = (changes: { short?: boolean; page?: number }) => {
    const search = new URLSearchParams();
    if (changes.short ?? query.short) search.set("short", "1");
    const page = changes.page ?? 1;
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
  const linkClass = "rounded border border-stone-400 px-3 py-1 hover:bg-stone-100";

  return (
    <>
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-1 text-stone-700">{t("intro", { movement: movement.name })}</p>
      <ReviewNav movementId={movement.id} current="council" />
      <p className="mt-4">{t("stage", { stage: tStage(movement.stage) })}</p>

      <section aria-labelledby="council-members" className="mt-8">
        <h2 id="council-members" className="text-xl font-semibold">
          {t("membersHeading", { count: members.length })}
        </h2>
        {!canEditCouncil ? <p className="mt-2 text-stone-700">{t("councilFrozen")}</p> : null}
        <DataTable
          caption={t("membersCaption")}
          className="mt-3"
          rows={members}
          rowKey={(member) => member.userId}
          empty={t("membersEmpty")}
          columns={[
            { key: "name", header: t("memberName"), isRowHeader: true, cell: (m) => m.name },
            { key: "units", header: t("memberUnits"), cell: (m) => m.units.join(", ") },
            {
              key: "load",
              header: t("memberLoad"),
              align: "end",
              cell: (m) => t("loadValue", { assigned: m.assigned, submitted: m.submitted }),
            },
            {
              key: "remove",
              header: <span className="sr-only">{t("actions")}</span>,
              cell: (m) => (
                <CouncilRemoveMemberForm
                  movementId={movement.id}
                  userId={m.userId}
                  name={m.name}
                  isDisabled={!canEditCouncil}
                />
              ),
            },
          ]}
        />
        <CouncilAddMemberForm movementId={movement.id} candidates={candidates} isDisabled={!canEditCouncil} />
      </section>

      <section aria-labelledby="council-settings" className="mt-10">
        <h2 id="council-settings" className="text-xl font-semibold">
          {t("settingsHeading")}
        </h2>
        <CouncilSettingsForm
          movementId={movement.id}
          version={version}
          reviewersPerNomination={movement.reviewersPerNomination}
          disagreementPoints={movement.disagreementPoints}
          calibrateScores={movement.calibrateScores}
          isDisabled={!canEditCouncil}
        />
      </section>

      <section aria-labelledby="council-coverage" className="mt-10">
        <h2 id="council-coverage" className="text-xl font-semibold">
          {t("coverageHeading")}
        </h2>
        <p className="mt-1 text-stone-700">{t("autoAssignHint", { count: movement.reviewersPerNomination })}</p>
        {!canAssign ? <p className="mt-2 text-stone-700">{t("assignClosed")}</p> : null}
        <CouncilAutoAssign movementId={movement.id} isDisabled={!canAssign} />
        <p className="mt-6">
          {query.short ? (
            <Link href={hrefOf({ short: false })} className="text-brand-700 underline">
              {t("showAll")}
            </Link>
          ) : (
            <Link href={hrefOf({ short: true })} className="text-brand-700 underline">
              {t("onlyShort", { count: movement.reviewersPerNomination })}
            </Link>
          )}
          <span className="ml-3 text-stone-700">{t("coverageCount", { count: coverage.total })}</span>
        </p>
        <div className="mt-3 overflow-x-auto">
          <CouncilCoverage
            rows={coverage.rows}
            perNomination={movement.reviewersPerNomination}
            eligible={eligible}
            canAssign={canAssign}
          />
        </div>
        {coverage.pageCount > 1 ? (
          <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4">
            {coverage.page > 1 ? (
              <Link href={hrefOf({ page: coverage.page - 1 })} className={linkClass} rel="prev">
                {t("previous")}
              </Link>
            ) : null}
            <span aria-current="page">{t("pageOf", { page: coverage.page, pageCount: coverage.pageCount })}</span>
            {coverage.page < coverage.pageCount ? (
              <Link href={hrefOf({ page: coverage.page + 1 })} className={linkClass} rel="next">
                {t("next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
