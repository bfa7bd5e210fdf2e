// Sends one dossier file to the upload route with XMLHttpRequest, the one browser API that
// reports upload progress, and reads its JSON answer.
import type { NominationFileKind } from "@/lib/generated/prisma/enums";

/** A dossier file as the page lists it (dates arrive as Date from the server, as text from the upload route). */
export interface NominationFileItem {
  id: string;
  kind: NominationFileKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date | string;
}

export type UploadResult =
  | { ok: true; file: NominationFileItem }
  /** `error`: a code of the route (a refusal or an error), or "network"; `message`: the server's own words, when it sent any. */
  | { ok: false; error: string; message: string | null };

/** Uploads `file` as `kind` to nomination `nominationId`, calling `onProgress` with 0–100. */
export function uploadNominationFile(
  nominationId: string,
  kind: NominationFileKind,
  file: File,
  onProgress: (percent: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/nominations/${encodeURIComponent(nominationId)}/files`);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      const body = request.response as (Partial<NominationFileItem> & { error?: string; message?: string }) | null;
      if (request.status === 201 && body?.id) resolve({ ok: true, file: body as NominationFileItem });
      else resolve({ ok: false, error: body?.error ?? "failed", message: body?.message ?? null });
    });
    request.addEventListener("error", () => resolve({ ok: false, error: "network", message: null }));
    request.addEventListener("abort", () => resolve({ ok: false, error: "network", message: null }));
    const form = new FormData();
    form.set("kind", kind);
    form.set("file", file);
    request.send(form);
  });
}
