import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { localizedName } from "@/lib/i18n/localized-name";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import type { ReviewerQueueParams } from "@/lib/reviews/reviewing/queue-params";
import type { QueueItem, QueueMovement } from "@/lib/reviews/reviewing/queue";

const tone: Record<ReviewStatus, string> = {
  ASSIGNED: "bg-stone-200 text-stone-800",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-green-100 text-green-900",
};

/**
 * One page of the reviewer's assignments, each with a link to score it. The movement column
 * shows only when the page can mix movements.
 */
export async function QueueTable({
  items,
  movements,
  params,
  pageCount,
}: {
  items: readonly QueueItem[];
  movements: readonly QueueMovement[];
  params: ReviewerQueueParams;
  pageCount: number;
}) {
  const [t, tStatus, tKind, format, locale] = await Promise.all([
    getTranslations("reviewing"),
    getTranslations("reviewStatus"),
    getTranslations("nominations.kind"),
    getFormatter(),
    getLocale(),
  ]);
  const movementNames = new Map(movements.map((m) => [m.movementId, localizedName(locale, m.name, m.nameEn)]));
  const showMovement = !params.movement && movements.length > 1;
  const columns: DataTableColumn<QueueItem>[] = [
    { key: "nominee", header: t("colNominee"), isRowHeader: true, cell: (item) => item.nomineeName },
    ...(showMovement
      ? [{ key: "movement", header: t("colMovement"), cell: (item: QueueItem) => movementNames.get(item.movementId) }]
      : []),
    { key: "kind", header: t("colKind"), cell: (item) => tKind(item.nomineeKind) },
    { key: "unit", header: t("colUnit"), cell: (item) => item.unitName },
    { key: "title", header: t("colTitle"), cell: (item) => localizedName(locale, item.titleName, item.titleNameEn) },
    {
      key: "status",
      header: t("colStatus"),
      cell: (item) => (
        <span className={`inline-block rounded px-2 py-0.5 font-semibold ${tone[item.status]}`}>
          {tStatus(item.status)}
        </span>
      ),
    },
    {
      key: "updated",
      header: t("colUpdated"),
      className: "whitespace-nowrap",
      cell: (item) => format.dateTime(item.updatedAt, { dateStyle: "short", timeStyle: "short" }),
    },
    {
      key: "action",
      header: t("colAction"),
      cell: (item) => (
        <Link
          href={`/reviews/${item.reviewId}`}
          className="font-semibold text-brand-700 underline hover:text-brand-800"
        >
          {item.status === "SUBMITTED" ? t("viewLink") : t("scoreLink")}
          <span className="sr-only"> {t("linkFor", { name: item.nomineeName })}</span>
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      className="mt-2"
      caption={t("tableCaption", { page: params.page, pageCount })}
      columns={columns}
      rows={items}
      rowKey={(item) => item.reviewId}
      empty={t("noMatch")}
    />
  );
}
