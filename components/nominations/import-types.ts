import type { ImportReportEntry, ImportViewStatus, NominationImportView } from "@/lib/nominations/import";

/** An import as the page and GET /api/nominations/import/<id> carry it (dates as ISO text). */
export interface ImportProgress {
  id: string;
  fileName: string;
  status: ImportViewStatus;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  skippedCount: number;
  refusedCount: number;
  report: ImportReportEntry[];
  createdAt: string;
  finishedAt: string | null;
}

export function toImportProgress(view: NominationImportView): ImportProgress {
  return {
    id: view.id,
    fileName: view.fileName,
    status: view.status,
    totalRows: view.totalRows,
    processedRows: view.processedRows,
    createdCount: view.createdCount,
    skippedCount: view.skippedCount,
    refusedCount: view.refusedCount,
    report: view.report,
    createdAt: view.createdAt.toISOString(),
    finishedAt: view.finishedAt?.toISOString() ?? null,
  };
}
