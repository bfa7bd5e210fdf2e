import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { QueueTable } from "@/components/reviews/queue-table";
import { can } from "@/lib/policy";
import { reviewerQueue } from "@/lib/reviews/reviewer-queue";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviewing");
  return { title: t("queueTitle") };
}

/** The reviewer's queue: their assignments by movement, with progress. Anyone without the reviewer role: not found. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser("/reviews");
  if (!can(actor, "reviewer.area")) notFound();
  const [t, queue, params] = await Promise.all([getTranslations("reviewing"), reviewerQueue({ actor }), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("queueTitle")}</h1>
      <p className="mt-1 text-stone-700">{t("queueIntro")}</p>
      {params.conflict === "declared" ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("conflictDeclared")}
        </p>
      ) : null}
      {queue.length === 0 ? <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4 text-stone-700">{t("queueEmpty")}</p> : null}
      {queue.map((movement) => (
        <QueueTable key={movement.movementId} movement={movement} />
      ))}
    </>
  );
}
