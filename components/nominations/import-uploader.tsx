"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { ImportReport } from "./import-report";
import type { ImportProgress } from "./import-types";

interface MovementChoice {
  id: string;
  name: string;
  nameEn: string | null;
}

const pollEveryMs = 1_000;

/** Choose a movement, get its template, upload the filled file, follow the import row by row. */
export function ImportUploader({
  movements,
  initialMovementId,
  initialImport,
}: {
  movements: MovementChoice[];
  initialMovementId?: string;
  initialImport?: ImportProgress;
}) {
  const t = useTranslations("nominationImport");
  const isEnglish = useLocale() === "en";
  const router = useRouter();
  const [movementId, setMovementId] = useState(
    initialMovementId && movements.some((m) => m.id === initialMovementId) ? initialMovementId : "",
  );
  const [isUploading, setIsUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(initialImport ?? null);

  const runningId = progress?.status === "RUNNING" ? progress.id : null;
  useEffect(() => {
    if (!runningId) return;
    let isCancelled = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/nominations/import/${runningId}`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok || isCancelled) return;
      const next = (await response.json()) as ImportProgress;
      setProgress(next);
      if (next.status !== "RUNNING") router.refresh();
    }, pollEveryMs);
    return () => {
      isCancelled = true;
      clearInterval(timer);
    };
  }, [runningId, router]);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setError(null);
    setIsUploading(true);
    try {
      const response = await fetch("/api/nominations/import", { method: "POST", body: new FormData(form) });
      const body = (await response.json().catch(() => ({}))) as { id?: string; totalRows?: number; message?: string };
      if (!response.ok || !body.id) {
        setError(body.message ?? t("refusals.unexpected"));
        return;
      }
      const name = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0]?.name ?? "";
      setProgress({
        id: body.id,
        fileName: name,
        status: "RUNNING",
        totalRows: body.totalRows ?? 0,
        processedRows: 0,
        createdCount: 0,
        skippedCount: 0,
        refusedCount: 0,
        report: [],
        createdAt: new Date().toISOString(),
        finishedAt: null,
      });
    } catch {
      setError(t("refusals.unexpected"));
    } finally {
      setIsUploading(false);
    }
  }

  if (movements.length === 0)
    return <p className="mt-6 rounded border border-stone-300 bg-white p-4">{t("noMovements")}</p>;
  const control = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";
  return (
    <>
      <form
        onSubmit={upload}
        className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4"
        aria-describedby={error ? "import-error" : undefined}
      >
        <div>
          <label htmlFor="import-movement" className="block font-medium">
            {t("movement")}
          </label>
          <select
            id="import-movement"
            name="movementId"
            required
            value={movementId}
            onChange={(e) => setMovementId(e.target.value)}
            className={control}
          >
            <option value="">{t("chooseMovement")}</option>
            {movements.map((m) => (
              <option key={m.id} value={m.id}>
                {isEnglish && m.nameEn ? m.nameEn : m.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          {movementId ? (
            <a
              href={`/api/nominations/import-template?movementId=${movementId}`}
              download
              className="font-medium text-brand-700 underline"
            >
              {t("template")}
            </a>
          ) : (
            <p className="text-stone-600">{t("chooseMovementFirst")}</p>
          )}
          <p className="text-sm text-stone-600">{t("templateHint")}</p>
        </div>
        <div>
          <label htmlFor="import-file" className="block font-medium">
            {t("file")}
          </label>
          <p id="import-file-hint" className="text-sm text-stone-600">
            {t("fileHint")}
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            className="mt-1 block w-full text-sm"
          />
        </div>
        {error ? (
          <p id="import-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={isUploading || runningId !== null}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {isUploading ? t("uploading") : t("upload")}
        </button>
      </form>
      {progress ? <ImportReport progress={progress} /> : null}
    </>
  );
}
