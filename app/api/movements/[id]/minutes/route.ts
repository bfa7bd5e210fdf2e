import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/ids";
import { mayReadMinutes, minutesData, renderMinutesPdf } from "@/lib/reviews/voting/minutes";
import { contentDisposition } from "@/lib/storage/file-names";
import { privateNoStore, requestActor } from "../../../request-actor";
import { apiError, routeHandler } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Biên bản họp hội đồng (PDF) of a movement whose vote is closed: for administrators and the
 * members of its council. Anonymous: 401; anyone else, a malformed id, or before the vote closes: 404.
 */
export const GET = routeHandler(async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!isUuid(id) || !(await mayReadMinutes(actor, id))) return apiError("notFound");
  const data = await minutesData(id);
  if (!data) return apiError("notFound");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "vi";
  const [pdf, t] = await Promise.all([renderMinutesPdf(data, locale), getTranslations("minutes")]);
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...privateNoStore,
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": contentDisposition(t("fileName", { code: data.movement.code })),
    },
  });
});
