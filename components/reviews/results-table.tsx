import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { unitLimit, type TitleQuota } from "@/lib/nominations/quotas";
import type { RankingRow } from "@/lib/reviews/ranking/queries";
import { ResultsShortlistForm } from "./results-shortlist-form";

interface Props {
  titleName: string;
  rows: RankingRow[];
  title: TitleQuota;
  /** Nominations of the title on the shortlist now. */
  shortlisted: number;
  /** Shortlisting is possible at the movement's stage. */
  isOpen: boolean;
  showCalibrated: boolean;
  reviewersPerNomination: number;
}

/** A title's ranking: rank (ties marked), nominee, unit, score(s), reviews, spread, status and the shortlist button. */
export async function ResultsTable({
  titleName,
  rows,
  title,
  shortlisted,
  isOpen,
  showCalibrated,
  reviewersPerNomination,
}: Props) {
  const t = await getTranslations("results");
  const tStatus = await getTranslations("nominationStatus");
  const format = await getFormatter();
  const oneDecimal = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const isTitleFull = title.quotaTotal !== null && shortlisted >= title.quotaTotal;
  const disabledReason = (row: RankingRow): string | null => {
    if (!isOpen) return t("closed");
    if (row.status === "SHORTLISTED") return null;
    const limit = unitLimit(title, row.unitHeadcount);
    return isTitleFull || (limit !== null && row.unitShortlisted >= limit) ? t("quotaFull") : null;
  };
  const rank = (value: number, isTie: boolean) => (
    <>
      {isTie ? <span aria-hidden="true">=</span> : null}
      {value}
      {isTie ? <span className="sr-only"> ({t("tie")})</span> : null}
    </>
  );
  const columns: DataTableColumn<RankingRow>[] = [
    {
      key: "rank",
      header: t("rank"),
      align: "end",
      className: "whitespace-nowrap font-semibold",
      cell: (row) => rank(row.rank, row.isTie),
    },
    {
      key: "nominee",
      header: t("nominee"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={`/nominations/${row.nominationId}`} className="text-brand-700 underline">
          {row.nomineeName}
        </Link>
      ),
    },
    { key: "unit", header: t("unit"), cell: (row) => row.unitName },
    {
      key: "score",
      header: t("score"),
      align: "end",
      className: "whitespace-nowrap",
      cell: (row) => oneDecimal(row.score),
    },
    ...(showCalibrated
      ? [
          {
            key: "calibrated",
            header: t("calibratedScore"),
            align: "end" as const,
            className: "whitespace-nowrap",
            cell: (row: RankingRow) =>
              row.calibratedScore === null ? (
                "—"
              ) : (
                <>
                  {oneDecimal(row.calibratedScore)}{" "}
                  <span className="text-stone-600">({t("calibratedRank", { rank: row.calibratedRank ?? 0 })})</span>
                </>
              ),
          },
        ]
      : []),
    {
      key: "reviews",
      header: t("reviews"),
      align: "end",
      className: "whitespace-nowrap",
      cell: (row) => `${row.reviews}/${reviewersPerNomination}`,
    },
    {
      key: "spread",
      header: t("spread"),
      align: "end",
      cell: (row) => (
        <span className="whitespace-nowrap">
          {oneDecimal(row.spread)}
          {row.needsDiscussion ? (
            <span className="ml-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("needsDiscussion")}
            </span>
          ) : null}
        </span>
      ),
    },
    { key: "status", header: t("status"), cell: (row) => tStatus(row.status) },
    {
      key: "action",
      header: t("action"),
      cell: (row) =>
        row.status === "IN_REVIEW" || row.status === "SHORTLISTED" ? (
          <ResultsShortlistForm
            nominationId={row.nominationId}
            nominee={row.nomineeName}
            isShortlisted={row.status === "SHORTLISTED"}
            disabledReason={disabledReason(row)}
          />
        ) : null,
    },
  ];
  return (
    <DataTable
      caption={t("caption", { title: titleName })}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.nominationId}
      empty={t("empty")}
      className="mt-4"
      rowClassName="align-top"
    />
  );
}
