import { Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { isUuid } from "@/lib/ids";
import { openNominationFileForDownload } from "@/lib/nominations/files";
import { contentDisposition } from "@/lib/storage/file-names";
import { privateNoStore, requestActor } from "../../request-actor";
import { apiError, routeHandler } from "../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ fileId: string }> };

/** Types the browser may show itself when asked (`?inline=1`, the reviewer's evidence links): checked by content on upload. */
const inlineTypes = new Set(["application/pdf", "image/jpeg", "image/png"]);

/**
 * A dossier file for those who may see its dossier (its officers, administrators, the reviewers
 * assigned to it): a download, or shown in the browser with `?inline=1` when it is a PDF or an
 * image. Everyone else, signed in or not, is told it does not exist.
 */
export const GET = routeHandler(async function GET(request: Request, { params }: Context) {
  const { fileId } = await params;
  const actor = await requestActor();
  const file = actor && isUuid(fileId) ? await openNominationFileForDownload({ actor, fileId }) : null;
  if (!file) {
    const t = await getTranslations("nominationFiles");
    return apiError("notFound", { message: t("errors.notFound"), asText: true });
  }
  const isInline = new URL(request.url).searchParams.get("inline") === "1" && inlineTypes.has(file.mimeType);
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      ...privateNoStore,
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName, isInline ? "inline" : "attachment"),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
