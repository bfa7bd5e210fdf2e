import { Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { isUuid } from "@/lib/ids";
import { openNominationFileForDownload } from "@/lib/nominations/files";
import { contentDisposition } from "@/lib/storage/file-names";
import { privateNoStore, requestActor } from "../../request-actor";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ fileId: string }> };

/**
 * A dossier file, always as a download (never rendered by the browser), for those who may see
 * its dossier. Everyone else, signed in or not, is told it does not exist.
 */
export async function GET(_request: Request, { params }: Context) {
  const { fileId } = await params;
  const actor = await requestActor();
  const file = actor && isUuid(fileId) ? await openNominationFileForDownload({ actor, fileId }) : null;
  if (!file) {
    const t = await getTranslations("nominationFiles");
    return new Response(t("errors.notFound"), { status: 404, headers: { ...privateNoStore, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      ...privateNoStore,
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
