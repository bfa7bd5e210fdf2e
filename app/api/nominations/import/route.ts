import { after, NextResponse } from "next/server";
import { isUuid } from "@/lib/ids";
import { ImportRefusedError, runNominationImport, startNominationImport } from "@/lib/nominations/import";
import { maxImportBytes } from "@/lib/nominations/import-file";
import { can } from "@/lib/policy";
import { readLimitedForm } from "../../limited-form";
import { privateNoStore, requestActor } from "../../request-actor";
import { importRefusalResponse } from "./responses";
import { apiError, routeHandler } from "../../api-errors";

export const dynamic = "force-dynamic";

/** Room for the multipart framing and the movement field around the file itself. */
const maxRequestBytes = maxImportBytes + 64 * 1024;

/**
 * Starts an import (multipart/form-data: `movementId`, `file`): the whole file is checked now,
 * its rows are created after the answer (202 with the import's id; GET ./<id> for progress).
 */
export const POST = routeHandler(async function POST(request: Request) {
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!can(actor, "nomination.create")) return apiError("notFound");
  const form = await readLimitedForm(request, maxRequestBytes);
  if (form === "tooLarge") return importRefusalResponse({ code: "fileTooLarge" });
  if (form === "invalid") return apiError("invalidRequest");
  const movementId = form.get("movementId");
  if (typeof movementId !== "string" || !isUuid(movementId)) return importRefusalResponse({ code: "movementRequired" });
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === ""))
    return importRefusalResponse({ code: "noFile" });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { importId, rows } = await startNominationImport({ actor, movementId, fileName: file.name, bytes });
    // The rows are created once the answer is sent; the page follows the progress.
    after(() => runNominationImport({ actor, importId, movementId, rows }));
    return NextResponse.json({ id: importId, totalRows: rows.length }, { status: 202, headers: privateNoStore });
  } catch (error) {
    if (error instanceof ImportRefusedError) return importRefusalResponse(error.refusal);
    throw error;
  }
});
