"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { acceptAttribute, refusalValues } from "@/lib/nominations/file-rules";
import { useFileMessages } from "./file-messages";
import { RemoveFileButton } from "./remove-file-button";
import { uploadNominationFile, type NominationFileItem } from "./upload-file";

type Outcome = { isError: boolean; text: string } | null;

/**
 * The dossier's optional portrait photo: shown when there is one; officers who may change the
 * dossier choose a new one (previewed while it uploads, replacing the old) or remove it.
 */
export function Portrait({
  nominationId,
  portrait,
  canEdit,
}: {
  nominationId: string;
  portrait: NominationFileItem | null;
  canEdit: boolean;
}) {
  const t = useTranslations("nominationFiles");
  const messages = useFileMessages();
  const router = useRouter();
  const inputId = useId();
  // What this component changed, until the page's own data (re-read after each change) catches up.
  const [changed, setChanged] = useState<{ basedOn: string | undefined; file: NominationFileItem | null } | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const current = changed && changed.basedOn === portrait?.id ? changed.file : portrait;
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function choose(file: File) {
    setOutcome(null);
    const refused = messages.precheck(file, "PORTRAIT");
    if (refused)
      return setOutcome({ isError: true, text: t("refusedName", { name: file.name, message: refused.message ?? "" }) });
    setPreview(URL.createObjectURL(file));
    setPercent(0);
    const result = await uploadNominationFile(nominationId, "PORTRAIT", file, setPercent);
    setPreview(null);
    setPercent(null);
    if (!result.ok)
      return setOutcome({
        isError: true,
        text: t("refusedName", { name: file.name, message: messages.uploadFailure(result, "PORTRAIT") }),
      });
    setChanged({ basedOn: portrait?.id, file: result.file });
    setOutcome({ isError: false, text: t("portraitSaved") });
    router.refresh();
  }

  const shown = preview ?? (current ? `/api/files/${current.id}` : null);
  return (
    <section aria-labelledby={`${inputId}-title`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={`${inputId}-title`} className="text-lg font-semibold">
        {t("portraitTitle")}
      </h2>
      <div className="flex flex-wrap items-start gap-4">
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, access-checked file: not for the image optimizer
          <img
            src={shown}
            alt={preview ? t("portraitPreviewAlt") : t("portraitAlt")}
            className={`h-40 w-32 rounded border border-stone-300 object-cover ${preview ? "opacity-60" : ""}`}
          />
        ) : (
          <p className="flex h-40 w-32 items-center justify-center rounded border border-dashed border-stone-400 p-2 text-center text-sm text-stone-600">
            {t("noPortrait")}
          </p>
        )}
        {canEdit ? (
          <div className="space-y-2">
            <label htmlFor={inputId} className="block font-medium">
              {current ? t("replacePortrait") : t("choosePortrait")}
            </label>
            <p id={`${inputId}-hint`} className="text-sm text-stone-600">
              {t("portraitHint", refusalValues("PORTRAIT"))}
            </p>
            <input
              id={inputId}
              type="file"
              accept={acceptAttribute("PORTRAIT")}
              aria-describedby={`${inputId}-hint`}
              disabled={percent !== null}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = "";
                if (file) void choose(file);
              }}
              className="block text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:font-semibold file:text-white hover:file:bg-brand-800"
            />
            {percent !== null ? (
              <progress value={percent} max={100} aria-label={t("uploading", { percent })} className="w-48" />
            ) : null}
            {current && percent === null ? (
              <RemoveFileButton
                fileId={current.id}
                fileName={current.fileName}
                label={t("removePortrait")}
                onDone={(state) => {
                  if (state.status === "success") setChanged({ basedOn: portrait?.id, file: null });
                  setOutcome(
                    state.status === "success"
                      ? { isError: false, text: t("portraitRemoved") }
                      : { isError: true, text: messages.actionFailure(state.message) },
                  );
                }}
              />
            ) : null}
          </div>
        ) : null}
      </div>
      <p role="status" className={outcome?.isError ? "text-sm text-red-800" : "text-sm text-green-900"}>
        {outcome?.text}
      </p>
    </section>
  );
}
