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
import { answerUnavailable } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

type ErrorCode = "notFound" | "forbidden" | "unauthenticated" | "missingFile" | "invalidRequest" | "failed";

const refusalStatus: Record<NominationFileRefusal, number> = {
  fileEmpty: 422,
  fileCorrupt: 422,
  fileTooLarge: 413,
  nominationFilesTooLarge: 413,
  fileTypeNotAllowed: 415,
  notEditable: 409,
};

const toJson = (file: NominationFileSummary) => ({ ...file, createdAt: file.createdAt.toISOString() });

// Errors answer with a stable code for programs and a message in the visitor's language.
async function errorResponse(status: number, error: ErrorCode) {
  const t = await getTranslations("nominationFiles");
  return NextResponse.json({ error, message: t(`errors.${error}`) }, { status, headers: privateNoStore });
}

async function refusalResponse(reason: NominationFileRefusal, kind: NominationFileKind = "EVIDENCE") {
  const t = await getTranslations("nominationFiles");
  return NextResponse.json(
    { error: reason, message: t(`refusals.${reason}`, refusalValues(kind)) },
    { status: refusalStatus[reason], headers: privateNoStore },
  );
}

/** The dossier's current files, for those who may see it. */
export const GET = answerUnavailable(async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return errorResponse(401, "unauthenticated");
  const files = isUuid(id) ? await listNominationFiles({ actor, nominationId: id }) : null;
  if (!files) return errorResponse(404, "notFound");
  return NextResponse.json({ files: files.map(toJson) }, { headers: privateNoStore });
});

/** Uploads one file (multipart/form-data: `kind` EVIDENCE or PORTRAIT, `file`) to a dossier the officer may change. */
export const POST = answerUnavailable(async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return errorResponse(401, "unauthenticated");
  if (!isUuid(id)) return errorResponse(404, "notFound");
  const form = await readLimitedForm(request, maxUploadRequestBytes);
  if (form === "tooLarge") return refusalResponse("fileTooLarge");
  if (form === "invalid") return errorResponse(400, "invalidRequest");
  const kind = nominationFileKinds.find((k) => k === form.get("kind"));
  if (!kind) return errorResponse(400, "invalidRequest");
  const file = form.get("file");
  if (!(file instanceof File)) return errorResponse(400, "missingFile");
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
    if (error instanceof FileRefusedError) return refusalResponse(error.reason, kind);
    if (error instanceof DomainError && error.code === "not_found") return errorResponse(404, "notFound");
    if (error instanceof DomainError && error.code === "forbidden") return errorResponse(403, "forbidden");
    // An outage is answered 503 by answerUnavailable, not "failed".
    if (isDatabaseUnavailable(error)) throw error;
    (await currentRequestLogger()).error(
      { err: error instanceof Error ? error.message : String(error), nominationId: id },
      "upload failed",
    );
    return errorResponse(500, "failed");
  }
});
