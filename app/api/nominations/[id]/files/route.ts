import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/database-errors";
import { DomainError } from "@/lib/errors";
import type { NominationFileKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import {
  FileRefusedError,
  maxUploadRequestBytes,
  nominationFileKinds,
  refusalValues,
  type NominationFileRefusal,
} from "@/lib/nominations/file-rules";
import { addNominationFile, listNominationFiles, type NominationFileSummary } from "@/lib/nominations/files";
import { currentRequestLogger } from "@/lib/request-logger";
import { readLimitedForm } from "../../../limited-form";
import { privateNoStore, requestActor } from "../../../request-actor";
import { apiError, apiRefusal, routeHandler } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const refusalStatus: Record<NominationFileRefusal, number> = {
  fileEmpty: 422,
  fileCorrupt: 422,
  fileTooLarge: 413,
  nominationFilesTooLarge: 413,
  fileTypeNotAllowed: 415,
  notEditable: 409,
};

const toJson = (file: NominationFileSummary) => ({ ...file, createdAt: file.createdAt.toISOString() });

// The upload panel shows these messages: they speak of dossiers and files.
async function fileError(code: "notFound" | "forbidden" | "unauthenticated" | "invalidRequest" | "failed") {
  const t = await getTranslations("nominationFiles");
  return apiError(code, { message: t(`errors.${code}`) });
}

async function missingFile() {
  const t = await getTranslations("nominationFiles");
  return apiRefusal({ code: "missingFile", status: 400, message: t("errors.missingFile") });
}

async function fileRefusal(reason: NominationFileRefusal, kind: NominationFileKind = "EVIDENCE") {
  const t = await getTranslations("nominationFiles");
  return apiRefusal({
    code: reason,
    status: refusalStatus[reason],
    message: t(`refusals.${reason}`, refusalValues(kind)),
  });
}

/** The dossier's current files, for those who may see it. */
export const GET = routeHandler(async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return fileError("unauthenticated");
  const files = isUuid(id) ? await listNominationFiles({ actor, nominationId: id }) : null;
  if (!files) return fileError("notFound");
  return NextResponse.json({ files: files.map(toJson) }, { headers: privateNoStore });
});

/** Uploads one file (multipart/form-data: `kind` EVIDENCE or PORTRAIT, `file`) to a dossier the officer may change. */
export const POST = routeHandler(async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return fileError("unauthenticated");
  if (!isUuid(id)) return fileError("notFound");
  const form = await readLimitedForm(request, maxUploadRequestBytes);
  if (form === "tooLarge") return fileRefusal("fileTooLarge");
  if (form === "invalid") return fileError("invalidRequest");
  const kind = nominationFileKinds.find((k) => k === form.get("kind"));
  if (!kind) return fileError("invalidRequest");
  const file = form.get("file");
  if (!(file instanceof File)) return missingFile();
  try {
    const saved = await addNominationFile({
      actor,
      nominationId: id,
      kind,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return NextResponse.json(toJson(saved), { status: 201, headers: privateNoStore });
  } catch (error) {
    if (error instanceof FileRefusedError) return fileRefusal(error.reason, kind);
    if (error instanceof DomainError && error.code === "not_found") return fileError("notFound");
    if (error instanceof DomainError && error.code === "forbidden") return fileError("forbidden");
    // Other refusals (a conflict, say) and an outage are answered by routeHandler, not as "failed".
    if (error instanceof DomainError || isDatabaseUnavailable(error)) throw error;
    (await currentRequestLogger()).error(
      { err: error instanceof Error ? error.message : String(error), nominationId: id },
      "upload failed",
    );
    return fileError("failed");
  }
});
