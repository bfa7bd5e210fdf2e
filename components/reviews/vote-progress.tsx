import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { VoteProgress } from "@/lib/reviews/voting/queries";

/** Who has voted on how many candidates, and how (in person, in writing, not yet): the register only, never a choice. */
export async function VoteProgressTables({ progress, isEnglish }: { progress: VoteProgress; isEnglish: boolean }) {
  const t = await getTranslations("vote");
  const total = progress.candidates.length;
  const isClosed = progress.vote.status === "CLOSED";
  return (
    <>
      <DataTable
        caption={t("membersCaption")}
        isCaptionVisible
        rows={progress.members}
        rowKey={(row) => row.id}
        columns={[
          { key: "name", header: t("member"), isRowHeader: true, cell: (row) => row.name },
          {
            key: "voted",
            header: t("votedOn"),
            align: "end",
            cell: (row) => t("votedCount", { voted: row.voted, total }),
          },
          {
            key: "attendance",
            header: t("attendance"),
            cell: (row) => t(`attendanceOf.${isClosed && row.attendance === "notYet" ? "absent" : row.attendance}`),
          },
        ]}
      />
      {progress.vote.status === "OPEN" ? (
        <DataTable
          caption={t("ballotsCaption")}
          isCaptionVisible
          className="mt-6"
          rows={progress.candidates}
          rowKey={(row) => row.id}
          columns={[
            { key: "name", header: t("candidate"), isRowHeader: true, cell: (row) => row.nomineeName },
            {
              key: "title",
              header: t("title"),
              cell: (row) => (isEnglish && row.titleNameEn ? row.titleNameEn : row.titleName),
            },
            {
              key: "ballots",
              header: t("ballotsCast"),
              align: "end",
              cell: (row) => t("ballotsOf", { count: row.ballots, membership: progress.vote.membership }),
            },
          ]}
        />
      ) : null}
    </>
  );
}
