import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { toImportProgress } from "@/components/nominations/import-types";
import { ImportUploader } from "@/components/nominations/import-uploader";
import { DataTable } from "@/components/ui/data-table";
import { getNominationImport, importableMovements, listRecentImports } from "@/lib/nominations/import";
import { requirePermission } from "@/lib/session";
import { queryId } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominationImport");
  return { title: t("title") };
}

export default async function NominationImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("/nominations/import", { action: "nomination.create" });
  const t = await getTranslations("nominationImport");
  const format = await getFormatter();
  const query = await searchParams;
  const movementParam = queryId().parse(query.movement);
  const importParam = queryId().parse(query.import);
  const [movements, recent, shown] = await Promise.all([
    importableMovements(actor),
    listRecentImports({ actor }),
    importParam ? getNominationImport({ actor, importId: importParam }) : Promise.resolve(null),
  ]);
  return (
    <>
      <p>
        <Link href="/nominations" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
      <ImportUploader
        movements={movements.map(({ id, name, nameEn }) => ({ id, name, nameEn }))}
        initialMovementId={shown?.movement.id ?? movementParam}
        initialImport={shown ? toImportProgress(shown) : undefined}
      />
      {recent.length > 0 ? (
        <section aria-labelledby="recent-imports" className="mt-10">
          <h2 id="recent-imports" className="text-xl font-semibold">
            {t("recentTitle")}
          </h2>
          <DataTable
            className="mt-2"
            caption={t("recentCaption")}
            rows={recent}
            rowKey={(row) => row.id}
            columns={[
              { key: "file", header: t("colFile"), isRowHeader: true, cell: (row) => row.fileName },
              {
                key: "started",
                header: t("colStarted"),
                className: "whitespace-nowrap",
                cell: (row) => format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" }),
              },
              { key: "status", header: t("colStatus"), cell: (row) => t(`status.${row.status}`) },
              {
                key: "counts",
                header: t("colCounts"),
                cell: (row) =>
                  t("counts", { created: row.createdCount, duplicates: row.skippedCount, refused: row.refusedCount }),
              },
              {
                key: "report",
                header: t("reportTitle"),
                cell: (row) => (
                  <Link href={`/nominations/import?import=${row.id}`} className="text-brand-700 underline">
                    {t("viewReport")}
                  </Link>
                ),
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
