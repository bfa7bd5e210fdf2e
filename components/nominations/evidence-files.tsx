"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { acceptAttribute, fileTypeLabel, refusalValues } from "@/lib/nominations/file-rules";
import { useFileMessages } from "./file-messages";
import { Portrait } from "./portrait";
import { RemoveFileButton } from "./remove-file-button";
import { uploadNominationFile, type NominationFileItem } from "./upload-file";

interface Upload {
  key: string;
  name: string;
  percent: number;
  status: "uploading" | "done" | "refused";
  message?: string;
}

/**
 * A dossier's files: the portrait photo and the evidence (minh chứng), each downloadable. Officers
 * who may change the dossier upload several files at once (with progress, and each refusal
 * said next to its file) and remove files after confirming. Works on any page: give it the
 * dossier's current files (e.g. from listNominationFiles).
 */
export function EvidenceFiles({
  nominationId,
  files,
  canEdit,
}: {
  nominationId: string;
  files: readonly NominationFileItem[];
  canEdit: boolean;
}) {
  const t = useTranslations("nominationFiles");
  const format = useFormatter();
  const messages = useFileMessages();
  const router = useRouter();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Changes made here show at once; the page's data, re-read after each, then agrees.
  const [added, setAdded] = useState<NominationFileItem[]>([]);
  const [removedIds, setRemovedIds] = useState<string[]>([]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [notice, setNotice] = useState<{ isError: boolean; text: string } | null>(null);

  const current = [...files, ...added.filter((a) => !files.some((f) => f.id === a.id))].filter(
    (f) => !removedIds.includes(f.id),
  );
  const evidence = current.filter((f) => f.kind === "EVIDENCE");
  const evidenceBytes = evidence.reduce((sum, f) => sum + f.sizeBytes, 0);
  const portrait = files.find((f) => f.kind === "PORTRAIT") ?? null;
  const isUploading = uploads.some((u) => u.status === "uploading");

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function uploadAll(chosen: File[]) {
    setNotice(null);
    const batch: Upload[] = chosen.map((file) => ({
      key: crypto.randomUUID(),
      name: file.name,
      percent: 0,
      status: "uploading",
    }));
    setUploads(batch);
    let bytesInUse = evidenceBytes;
    for (const [i, file] of chosen.entries()) {
      const { key } = batch[i]!;
      const result =
        messages.precheck(file, "EVIDENCE", bytesInUse) ??
        (await uploadNominationFile(nominationId, "EVIDENCE", file, (percent) => update(key, { percent })));
      if (result.ok) {
        bytesInUse += result.file.sizeBytes;
        setAdded((all) => [...all, result.file]);
        update(key, { status: "done", percent: 100, message: t("uploadedName", { name: result.file.fileName }) });
      } else {
        update(key, {
          status: "refused",
          message: t("refusedName", { name: file.name, message: messages.uploadFailure(result, "EVIDENCE") }),
        });
      }
    }
    router.refresh();
  }

  return (
    <div className="grid gap-6">
      {portrait || canEdit ? <Portrait nominationId={nominationId} portrait={portrait} canEdit={canEdit} /> : null}
      <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {t("evidenceTitle")}
        </h2>
        <p className="text-sm text-stone-600">{t("evidenceHint", refusalValues("EVIDENCE"))}</p>
        {evidence.length === 0 ? (
          <p className="text-stone-700">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("columnName")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("columnType")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("columnSize")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("columnUploaded")}
                  </th>
                  {canEdit ? (
                    <th scope="col" className="py-2">
                      <span className="sr-only">{t("columnActions")}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {evidence.map((file) => (
                  <tr key={file.id} className="border-b border-stone-200 align-top">
                    <td className="py-2 pr-3">
                      <a
                        href={`/api/files/${file.id}`}
                        download={file.fileName}
                        className="break-all text-brand-700 underline hover:text-brand-800"
                      >
                        {file.fileName}
                      </a>
                    </td>
                    <td className="py-2 pr-3">{fileTypeLabel(file.mimeType)}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{messages.size(file.sizeBytes)}</td>
                    <td className="py-2 pr-3">
                      {format.dateTime(new Date(file.createdAt), { dateStyle: "short", timeStyle: "short" })}
                    </td>
                    {canEdit ? (
                      <td className="py-2">
                        <RemoveFileButton
                          fileId={file.id}
                          fileName={file.fileName}
                          label={t("remove")}
                          onDone={(state) => {
                            if (state.status === "success") {
                              setRemovedIds((all) => [...all, file.id]);
                              headingRef.current?.focus();
                            }
                            setNotice(
                              state.status === "success"
                                ? { isError: false, text: t("removed", { name: file.fileName }) }
                                : { isError: true, text: messages.actionFailure(state.message) },
                            );
                          }}
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm text-stone-600">
          {t("usage", { used: messages.megabytes(evidenceBytes), total: refusalValues("EVIDENCE").total })}
        </p>
        <p role="status" className={notice?.isError ? "text-sm text-red-800" : "text-sm text-green-900"}>
          {notice?.text}
        </p>
        {canEdit ? (
          <div className="space-y-2">
            <label htmlFor={`${id}-input`} className="block font-medium">
              {t("chooseFiles")}
            </label>
            <p id={`${id}-hint`} className="text-sm text-stone-600">
              {t("chooseFilesHint")}
            </p>
            <input
              id={`${id}-input`}
              type="file"
              multiple
              accept={acceptAttribute("EVIDENCE")}
              aria-describedby={`${id}-hint`}
              disabled={isUploading}
              onChange={(event) => {
                const chosen = [...(event.currentTarget.files ?? [])];
                event.currentTarget.value = "";
                if (chosen.length > 0) void uploadAll(chosen);
              }}
              className="block text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:font-semibold file:text-white hover:file:bg-brand-800"
            />
          </div>
        ) : (
          <p className="text-sm text-stone-700">{t("readOnly")}</p>
        )}
        <ul aria-live="polite" aria-label={t("uploadResults")} className="space-y-2">
          {uploads.map((upload) => (
            <li
              key={upload.key}
              className={`rounded border p-2 text-sm ${upload.status === "refused" ? "border-red-300 bg-red-50 text-red-800" : "border-stone-200"}`}
            >
              {upload.status === "uploading" ? (
                <span className="flex flex-wrap items-center gap-2">
                  <span className="break-all">{upload.name}</span>
                  <progress value={upload.percent} max={100} aria-label={upload.name} className="w-40" />
                  <span aria-hidden="true">{t("uploading", { percent: upload.percent })}</span>
                </span>
              ) : (
                upload.message
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
