import { Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { openHonoreePortrait } from "@/lib/roster/portrait";
import { privateNoStore, requestActor } from "../../../request-actor";
import { apiError, routeHandler } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * An honoree's portrait, to whoever may see the profile (lib/roster/portrait.ts); everyone else,
 * signed in or not, is told it does not exist. A publicly listed portrait may be cached
 * briefly by anyone: it is the same for every viewer.
 */
export const GET = routeHandler(async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const portrait = await openHonoreePortrait(await requestActor(), id);
  if (!portrait) {
    const t = await getTranslations("honoreeProfile");
    return apiError("notFound", { message: t("notFoundTitle"), asText: true });
  }
  return new Response(Readable.toWeb(portrait.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Cache-Control": portrait.isPublic ? "public, max-age=300" : privateNoStore["Cache-Control"],
      "Content-Type": portrait.mimeType,
      "Content-Length": String(portrait.sizeBytes),
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
