import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PostingFeedbackTable } from "@/components/reviews/posting-feedback-table";
import { PostingStartForm } from "@/components/reviews/posting-start-form";
import { PostingWindowText } from "@/components/reviews/posting-window";
import { ReviewNav } from "@/components/reviews/review-nav";
import { DataTable } from "@/components/ui/data-table";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { can } from "@/lib/policy";
import { feedbackForAdmin, postingOverview } from "@/lib/reviews/posting/queries";
import { feedbackFilterSchema } from "@/lib/reviews/posting/schemas";
import { stageAllows, postingStartStages } from "@/lib/reviews/stage";
import { requireUser } from "@/lib/session";
import { queryPage } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("posting");
  return { title: t("adminTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MovementPostingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/admin/movements/${id}/posting`);
  // Not allowed looks like not there.
  if (!can(actor, "movement.manage") || !isUuid(id)) notFound();
  const day = today();
  const overview = await postingOverview({ actor, movementId: id, today: day });
  if (!overview) notFound();
  const query = await searchParams;
  const filter = feedbackFilterSchema.parse(query.filter);
  const [t, tStage, locale] = await Promise.all([
    getTranslations("posting"),
    getTranslations("reviewStages"),
    getLocale(),
  ]);
  const { movement, window } = overview;
  const feedback = window
    ? await feedbackForAdmin({ actor, movementId: id, filter, page: queryPage().parse(query.page) })
    : null;
  const canStart = stageAllows(movement.stage, postingStartStages);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
      <p className="mt-1 text-stone-700">
        {t("adminIntro", { movement: locale === "en" && movement.nameEn ? movement.nameEn : movement.name })}
      </p>
      <ReviewNav movementId={id} current="posting" />
      {window ? (
        <>
          <PostingWindowText window={window} />
          <p className="mt-2">{t("audienceIs", { audience: t(`audience${window.audience}`) })}</p>
          <p className="mt-2">
            <Link href={`/movements/${id}/shortlist`} className="text-brand-700 underline">
              {t("publicLink")}
            </Link>
          </p>
          <section aria-labelledby="counts-title" className="mt-6">
            <h2 id="counts-title" className="text-xl font-semibold">
              {t("countsTitle")}
            </h2>
            <dl className="mt-2 grid max-w-xl grid-cols-3 gap-3">
              {(
                [
                  ["countFeedback", overview.counts.feedback],
                  ["countObjections", overview.counts.objections],
                  ["countUnresolved", overview.counts.unresolved],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className="rounded border border-stone-200 bg-white p-3">
                  <dt className="text-sm text-stone-600">{t(label)}</dt>
                  <dd className="text-2xl font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          {feedback ? (
            <PostingFeedbackTable
              movementId={id}
              rows={feedback.rows}
              filter={filter}
              page={feedback.page}
              pageCount={feedback.pageCount}
            />
          ) : null}
        </>
      ) : (
        <>
          <DataTable
            className="mt-6"
            caption={t("shortlistCaption")}
            isCaptionVisible
            rows={overview.perTitle}
            rowKey={(row) => row.id}
            columns={[
              {
                key: "title",
                header: t("titleColumn"),
                isRowHeader: true,
                cell: (row) => (locale === "en" && row.nameEn ? row.nameEn : row.name),
              },
              { key: "count", header: t("shortlistedColumn"), align: "end", cell: (row) => row.shortlisted },
            ]}
          />
          <p className="mt-2">{t("shortlistTotal", { count: overview.shortlisted })}</p>
          {canStart ? (
            <PostingStartForm
              movementId={id}
              version={movement.version}
              defaults={overview.defaults}
              today={day}
              holidays={overview.holidays}
            />
          ) : (
            <p className="mt-4 rounded border border-stone-300 bg-stone-50 p-4">
              {t("notDecision", { stage: tStage(movement.stage) })}
            </p>
          )}
        </>
      )}
    </>
  );
}
