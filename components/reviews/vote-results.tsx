import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Candidate, Tally } from "@/lib/reviews/voting/queries";

/** Totals of a closed vote per candidate (never who voted how), with the bound each title needed and the outcome. */
export async function VoteResults({
  candidates,
  tallies,
  membership,
  isEnglish,
}: {
  candidates: Candidate[];
  tallies: Tally[];
  membership: number;
  isEnglish: boolean;
}) {
  const t = await getTranslations("vote");
  const rows = candidates.flatMap((candidate) => {
    const tally = tallies.find((row) => row.nominationId === candidate.id);
    return tally ? [{ candidate, tally }] : [];
  });
  return (
    <DataTable
      caption={t("resultsCaption")}
      isCaptionVisible
      rows={rows}
      rowKey={(row) => row.candidate.id}
      empty={t("noResults")}
      columns={[
        { key: "name", header: t("candidate"), isRowHeader: true, cell: (row) => row.candidate.nomineeName },
        {
          key: "title",
          header: t("title"),
          cell: (row) => (isEnglish && row.candidate.titleNameEn ? row.candidate.titleNameEn : row.candidate.titleName),
        },
        { key: "unit", header: t("unit"), cell: (row) => row.candidate.unitName },
        { key: "approvals", header: t("choice.APPROVE"), align: "end", cell: (row) => row.tally.approvals },
        { key: "rejections", header: t("choice.REJECT"), align: "end", cell: (row) => row.tally.rejections },
        { key: "abstentions", header: t("choice.ABSTAIN"), align: "end", cell: (row) => row.tally.abstentions },
        {
          key: "needed",
          header: t("needed"),
          cell: (row) =>
            row.tally.comparison === "atLeast"
              ? t("atLeast", { bound: row.tally.bound, membership })
              : t("moreThan", { bound: row.tally.bound, membership }),
        },
        {
          key: "outcome",
          header: t("outcome"),
          cell: (row) => (
            <strong className={row.tally.approved ? "text-green-800" : "text-red-800"}>
              {row.tally.approved ? t("approved") : t("rejected")}
            </strong>
          ),
        },
      ]}
    />
  );
}
