import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { councilVotesFor } from "@/lib/reviews/voting/queries";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vote");
  return { title: t("councilTitle") };
}

/** Hội đồng: the movements on whose council the reviewer sits, and where their vote stands. */
export default async function CouncilPage() {
  const actor = await requirePermission("/council", { action: "reviewer.area" });
  const t = await getTranslations("vote");
  const isEnglish = (await getLocale()) === "en";
  const rows = await councilVotesFor(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("councilTitle")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("councilIntro")}</p>
      <DataTable
        className="mt-6"
        caption={t("councilCaption")}
        rows={rows}
        rowKey={(row) => row.movementId}
        empty={t("councilEmpty")}
        columns={[
          {
            key: "movement",
            header: t("movement"),
            isRowHeader: true,
            cell: (row) => (
              <Link href={`/council/${row.movementId}`} className="text-brand-700 underline">
                {isEnglish && row.nameEn ? row.nameEn : row.name}
              </Link>
            ),
          },
          { key: "vote", header: t("voteStatus"), cell: (row) => t(`status.${row.voteStatus ?? "NONE"}`) },
          {
            key: "voted",
            header: t("votedOn"),
            align: "end",
            cell: (row) => (row.voteStatus ? t("votedCount", { voted: row.voted, total: row.candidates }) : "—"),
          },
        ]}
      />
    </>
  );
}
