import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QueueFilters } from "@/components/reviews/queue-filters";
import { QueueMovements } from "@/components/reviews/queue-movements";
import { QueueTable } from "@/components/reviews/queue-table";
import { ResultsPagination } from "@/components/reviews/results-pagination";
import { queueHref, reviewerQueueParamsSchema } from "@/lib/reviews/reviewing/queue-params";
import { reviewerQueue } from "@/lib/reviews/reviewing/queue";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviewing");
  return { title: t("queueTitle") };
}

/**
 * The reviewer's queue: progress per movement, then their assignments 50 a page (what is left to
 * score first), filtered by movement and status and searched by name. Anyone without the
 * reviewer role: not found.
 */
export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("/reviews", { action: "reviewer.area" });
  const raw = await searchParams;
  const params = reviewerQueueParamsSchema.parse(raw);
  const [t, queue] = await Promise.all([getTranslations("reviewing"), reviewerQueue({ actor, params })]);
  // Show the page actually listed (an out-of-range ?page= is clamped).
  const shown = { ...params, page: queue.page };
  return (
    <>
      <h1 className="text-2xl font-bold">{t("queueTitle")}</h1>
      <p className="mt-1 text-stone-700">{t("queueIntro")}</p>
      {raw.conflict === "declared" ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("conflictDeclared")}
        </p>
      ) : null}
      {queue.movements.length === 0 ? (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4 text-stone-700">{t("queueEmpty")}</p>
      ) : (
        <>
          <QueueMovements movements={queue.movements} params={shown} />
          <QueueFilters movements={queue.movements} params={shown} />
          <p className="mt-6 text-stone-700" role="status">
            {t("resultCount", { count: queue.total })}
          </p>
          <QueueTable items={queue.items} movements={queue.movements} params={shown} pageCount={queue.pageCount} />
          <ResultsPagination
            page={queue.page}
            pageCount={queue.pageCount}
            hrefOf={(page) => queueHref({ ...shown, page })}
          />
        </>
      )}
    </>
  );
}
