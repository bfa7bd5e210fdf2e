import { after, NextResponse } from "next/server";
import { isUuid } from "@/lib/ids";
import { ImportRefusedError, runNominationImport, startNominationImport } from "@/lib/nominations/import";
import { maxImportBytes } from "@/lib/nominations/import-file";
import { can } from "@/lib/policy";
import { privateNoStore, requestActor } from "../../request-actor";
import { importErrorResponse, importRefusalResponse } from "./responses";

export const dynamic = "force-dynamic";

/** Room for the multipart framing and the movement field around the file itself. */
const maxRequestBytes = maxImportBytes + 64 * 1024;

/** The request body, or null once it passes `limit` bytes (read no further). */
async function readBody(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/**
 * Starts an import (multipart/form-data: `movementId`, `file`): the whole file is checked now,
 * its rows are created after the answer (202 with the import's id; GET ./<id> for progress).
 */
export async function POST(request: Request) {
  const actor = await requestActor();
  if (!actor) return importErrorResponse("unauthenticated");
  if (!can(actor, "nomination.create")) return importErrorResponse("notFound");
  // Refused before reading when the size is declared, and while reading when it is not.
  if (Number(request.headers.get("content-length") ?? 0) > maxRequestBytes) return importRefusalResponse({ code: "fileTooLarge" });
  const body = await readBody(request, maxRequestBytes);
  if (!body) return importRefusalResponse({ code: "fileTooLarge" });
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  if (!form) return importErrorResponse("invalidRequest");
  const movementId = form.get("movementId");
  if (typeof movementId !== "string" || !isUuid(movementId)) return importRefusalResponse({ code: "movementRequired" });
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return importRefusalResponse({ code: "noFile" });
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
}
