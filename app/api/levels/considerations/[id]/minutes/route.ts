import { Readable } from "node:stream";
import { isUuid } from "@/lib/ids";
import { openMinutes } from "@/lib/levels/minutes";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { routeHandler, apiError } from "../../../../api-errors";
import { privateNoStore, requestActor } from "../../../../request-actor";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * The minutes PDF a level attached to its council's consideration (decision 0012), for its
 * officers, the officers above it and administrators. Anonymous: 401; anyone else, or no such
 * minutes: 404.
 */
export const GET = routeHandler(async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  const minutes = isUuid(id) ? await openMinutes({ actor, considerationId: id }) : null;
  if (!minutes) return apiError("notFound");
  return new Response(Readable.toWeb(minutes.stream) as ReadableStream<Uint8Array>, {
    headers: {
      ...privateNoStore,
      "Content-Type": fileKinds.pdf,
      "Content-Length": String(minutes.size),
      "Content-Disposition": contentDisposition(minutes.name),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
