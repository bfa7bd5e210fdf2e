import { getLocale, getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit";
import { isUuid } from "@/lib/ids";
import { movementCertificates, renderCertificates } from "@/lib/roster/certificate";
import { certificateBatchLimit } from "@/lib/roster/certificate-access";
import { ExportTooLargeError } from "@/lib/roster/export-rows";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../../request-actor";
import { apiError, apiRefusal, routeHandler } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * The certificates of a movement's honorees the caller may certify (`?unit=` narrows to a unit
 * and the units below it), one per page in one PDF, at most 500. Anonymous: 401; nobody to
 * certify (or a malformed id): 404; too many: 422 with a message asking to go unit by unit.
 */
export const GET = routeHandler(async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!isUuid(id)) return apiError("notFound");
  // A malformed unit is ignored, as roster filters are.
  const unit = new URL(request.url).searchParams.get("unit") ?? "";
  const unitId = isUuid(unit) ? unit : undefined;
  const t = await getTranslations("certificate");
  let batch: Awaited<ReturnType<typeof movementCertificates>>;
  try {
    batch = await movementCertificates(actor, id, { unitId, limit: certificateBatchLimit });
  } catch (error) {
    if (!(error instanceof ExportTooLargeError)) throw error;
    const number = new Intl.NumberFormat(await getLocale());
    return apiRefusal({
      code: "tooMany",
      status: 422,
      message: t("errors.tooMany", { count: number.format(error.count), limit: number.format(error.limit) }),
    });
  }
  if (!batch || batch.certificates.length === 0) return apiError("notFound");
  const pdf = await renderCertificates(batch.certificates);
  await recordAudit({
    actorId: actor.id,
    action: "honoree.certificates",
    objectType: "Movement",
    objectId: id,
    after: { count: batch.certificates.length, unit: unitId ?? null },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...privateNoStore,
      "Content-Type": fileKinds.pdf,
      "Content-Length": String(pdf.length),
      "Content-Disposition": contentDisposition(t("batchFileName", { code: batch.movement.code })),
    },
  });
});
