"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { ImportReportEntry } from "@/lib/nominations/import";
import type { ImportProgress } from "./import-types";

const outcomeClass: Record<ImportReportEntry["outcome"], string> = {
  created: "bg-green-100 text-green-900",
  duplicate: "bg-stone-200 text-stone-800",
  refused: "bg-red-100 text-red-900",
};

/** The outcome of an import: totals, then every row with what happened to it and why. */
export function ImportReport({ progress }: { progress: ImportProgress }) {
  const t = useTranslations("nominationImport");
  const isRunning = progress.status === "RUNNING";
  const reason = (problem: { field: string; code: string }) => {
    const column =
      problem.field === "row" || !t.has(`columns.${problem.field}` as never)
        ? t("rowLabel")
        : t(`columns.${problem.field}` as never);
    const text = t.has(`codes.${problem.code}` as never) ? t(`codes.${problem.code}` as never) : t("codes.invalid");
    return t("fieldReason", { column, reason: text });
  };
  return (
    <section aria-labelledby="import-report-title" className="mt-8 space-y-3">
      {isRunning ? (
        <div>
          <label htmlFor="import-progress" className="block font-medium">
            {t("progressLabel")}
          </label>
          <progress
            id="import-progress"
            max={Math.max(1, progress.totalRows)}
            value={progress.processedRows}
            className="mt-1 w-full"
          />
          <p role="status" className="text-stone-700">
            {t("progress", { processed: progress.processedRows, total: progress.totalRows })}
          </p>
        </div>
      ) : progress.status === "DONE" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("done", {
            total: progress.totalRows,
            created: progress.createdCount,
            duplicates: progress.skippedCount,
            refused: progress.refusedCount,
          })}
        </p>
      ) : (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("stopped")}
        </p>
      )}
      <h2 id="import-report-title" className="text-xl font-semibold">
        {t("reportTitle")}
      </h2>
      <DataTable<ImportReportEntry>
        caption={t("reportCaption", { file: progress.fileName })}
        rows={progress.report}
        rowKey={(entry) => String(entry.row)}
        rowClassName="align-top"
        empty={t("reportEmpty")}
        columns={[
          { key: "row", header: t("colRow"), align: "end", isRowHeader: true, cell: (entry) => entry.row },
          { key: "name", header: t("colName"), cell: (entry) => entry.name ?? "—" },
          {
            key: "outcome",
            header: t("colOutcome"),
            className: "whitespace-nowrap",
            cell: (entry) => (
              <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${outcomeClass[entry.outcome]}`}>
                {t(`outcome.${entry.outcome}`)}
              </span>
            ),
          },
          {
            key: "reasons",
            header: t("colReasons"),
            cell: (entry) =>
              entry.nominationId ? (
                <Link href={`/nominations/${entry.nominationId}`} className="text-brand-700 underline">
                  {t("openDossier")}
                </Link>
              ) : entry.outcome === "duplicate" ? (
                t("codes.duplicateNomination")
              ) : (
                <ul className="list-disc pl-5">
                  {(entry.problems ?? []).map((problem, i) => (
                    <li key={i}>{reason(problem)}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </section>
  );
}
