import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit";
import { isUuid } from "@/lib/ids";
import { certificateData, renderCertificates } from "@/lib/roster/certificate";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../../request-actor";
import { apiError, routeHandler } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Giấy chứng nhận (PDF, in Vietnamese) of one honoree: for administrators and officers acting
 * for its unit, while it is not revoked. Anonymous: 401; anyone else, a revoked recognition or a
 * malformed id: 404.
 */
export const GET = routeHandler(async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!isUuid(id)) return apiError("notFound");
  const certificate = await certificateData(actor, id);
  if (!certificate) return apiError("notFound");
  const [pdf, t] = await Promise.all([renderCertificates([certificate]), getTranslations("certificate")]);
  await recordAudit({
    actorId: actor.id,
    action: "honoree.certificate",
    objectType: "Honoree",
    objectId: certificate.honoreeId,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...privateNoStore,
      "Content-Type": fileKinds.pdf,
      "Content-Length": String(pdf.length),
      "Content-Disposition": contentDisposition(t("fileName", { name: certificate.name })),
    },
  });
});
