import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReviewNav } from "@/components/reviews/review-nav";
import { DataTable } from "@/components/ui/data-table";
import { localizedName } from "@/lib/i18n/localized-name";
import { levelPaths } from "@/lib/levels/paths";
import { routeOverview } from "@/lib/levels/overview";
import { today } from "@/lib/movements/days";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("levels");
  return { title: t("overviewTitle") };
}

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** The organiser's overview of every intermediate level of a movement routed through levels. Administrators only. */
export default async function LevelsOverviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(levelPaths.overview(id), { action: "movement.manage", ids: [id] });
  const overview = await routeOverview({ actor, movementId: id, today: today() });
  if (!overview) notFound();
  const { movement } = overview;
  const [t, format, locale] = await Promise.all([getTranslations("levels"), getFormatter(), getLocale()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("overviewTitle")}</h1>
      <p className="mt-1 text-stone-700">{localizedName(locale, movement.name, movement.nameEn)}</p>
      <ReviewNav movementId={id} current="levels" />
      <p className="mt-4 max-w-3xl text-stone-700">{t("overviewIntro", { deadline: day(overview.topDeadline) })}</p>
      <DataTable
        className="mt-4"
        caption={t("overviewCaption")}
        rows={overview.rows}
        rowKey={(row) => row.unitId}
        empty={t("overviewEmpty")}
        columns={[
          {
            key: "unit",
            header: t("levelColumn"),
            isRowHeader: true,
            cell: (row) => (
              <>
                <Link href={levelPaths.inbox(id, row.unitId)} className="text-brand-700 underline">
                  {row.unitName}
                </Link>
                {row.officers === 0 ? <span className="block text-red-700">{t("noOfficer")}</span> : null}
              </>
            ),
          },
          { key: "received", header: t("receivedColumn2"), align: "end", cell: (row) => format.number(row.received) },
          { key: "forwarded", header: t("forwardedColumn"), align: "end", cell: (row) => format.number(row.forwarded) },
          { key: "returned", header: t("returnedColumn"), align: "end", cell: (row) => format.number(row.returned) },
          {
            key: "notForwarded",
            header: t("notForwardedColumn"),
            align: "end",
            cell: (row) => format.number(row.notForwarded),
          },
          {
            key: "pending",
            header: t("pendingColumn2"),
            align: "end",
            cell: (row) => format.number(row.pending + row.endorsed),
          },
          {
            key: "deadline",
            header: t("deadlineColumn"),
            className: "whitespace-nowrap",
            cell: (row) => (
              <>
                {format.dateTime(day(row.deadline), { dateStyle: "long", timeZone: "UTC" })}
                {row.isOverdue ? (
                  <span className="ml-2 rounded border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800">
                    {t("overdueBadge")}
                  </span>
                ) : null}
              </>
            ),
          },
          {
            key: "allotment",
            header: t("allotmentColumn"),
            align: "end",
            cell: (row) =>
              row.allotted === null ? t("unlimited") : t("usedOf", { used: row.allottedUsed, quota: row.allotted }),
          },
          { key: "officers", header: t("officersColumn"), align: "end", cell: (row) => format.number(row.officers) },
        ]}
      />
    </>
  );
}
