import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import type { QueueItem, QueueMovement } from "@/lib/reviews/reviewer-queue";
import { QueueProgress } from "./queue-progress";

const tone: Record<ReviewStatus, string> = {
  ASSIGNED: "bg-stone-200 text-stone-800",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-green-100 text-green-900",
};

/** One movement of the reviewer's queue: its progress and its assignments, each with a link to score it. */
export async function QueueTable({ movement }: { movement: QueueMovement }) {
  const [t, tStatus, tKind, format, locale] = await Promise.all([
    getTranslations("reviewing"),
    getTranslations("reviewStatus"),
    getTranslations("nominations.kind"),
    getFormatter(),
    getLocale(),
  ]);
  const isEnglish = locale === "en";
  const name = isEnglish && movement.nameEn ? movement.nameEn : movement.name;
  const headingId = `queue-${movement.movementId}`;
  const columns: DataTableColumn<QueueItem>[] = [
    { key: "nominee", header: t("colNominee"), isRowHeader: true, cell: (item) => item.nomineeName },
    { key: "kind", header: t("colKind"), cell: (item) => tKind(item.nomineeKind) },
    { key: "unit", header: t("colUnit"), cell: (item) => item.unitName },
    { key: "title", header: t("colTitle"), cell: (item) => (isEnglish && item.titleNameEn ? item.titleNameEn : item.titleName) },
    {
      key: "status",
      header: t("colStatus"),
      cell: (item) => <span className={`inline-block rounded px-2 py-0.5 font-semibold ${tone[item.status]}`}>{tStatus(item.status)}</span>,
    },
    { key: "updated", header: t("colUpdated"), className: "whitespace-nowrap", cell: (item) => format.dateTime(item.updatedAt, { dateStyle: "short", timeStyle: "short" }) },
    {
      key: "action",
      header: t("colAction"),
      cell: (item) => (
        <Link href={`/reviews/${item.reviewId}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
          {item.status === "SUBMITTED" ? t("viewLink") : t("scoreLink")}
          <span className="sr-only"> {t("linkFor", { name: item.nomineeName })}</span>
        </Link>
      ),
    },
  ];
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-xl font-semibold">
        {name}
      </h2>
      <QueueProgress submitted={movement.submitted} total={movement.total} labelledBy={headingId} />
      <DataTable className="mt-3" caption={t("tableCaption", { movement: name })} columns={columns} rows={movement.items} rowKey={(item) => item.reviewId} />
    </section>
  );
}
