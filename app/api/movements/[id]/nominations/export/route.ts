import { PassThrough, Readable } from "node:stream";
import { getLocale, getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit";
import { isUuid } from "@/lib/ids";
import { exportMovement, writeNominationExport } from "@/lib/nominations/export";
import { listNominationsParamsSchema } from "@/lib/nominations/list-params";
import { can } from "@/lib/policy";
import { currentRequestLogger } from "@/lib/request-logger";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../../../request-actor";
import { importErrorResponse } from "../../../../nominations/import/responses";
import { answerUnavailable } from "../../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The movement's nominations matching the list's filters (same URL parameters), as .xlsx, for administrators. */
export const GET = answerUnavailable(async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return importErrorResponse("unauthenticated");
  if (!can(actor, "movement.manage") || !isUuid(id)) return importErrorResponse("notFound");
  const movement = await exportMovement(id);
  if (!movement) return importErrorResponse("notFound");
  const search = new URL(request.url).searchParams;
  const listParams = listNominationsParamsSchema.parse(Object.fromEntries(search.entries()));
  const t = await getTranslations("nominationList");
  const locale = await getLocale();
  const log = await currentRequestLogger();
  await recordAudit({ actorId: actor.id, action: "nomination.exported", objectType: "Movement", objectId: movement.id, after: { filters: search.toString() } });

  // Rows are written into the response as they are read, batch by batch.
  const output = new PassThrough();
  writeNominationExport({ actor, movementId: movement.id, params: listParams, locale, output }).catch((error: unknown) => {
    log.error({ err: error instanceof Error ? error.message : String(error), movementId: movement.id }, "nomination export failed");
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: { ...privateNoStore, "Content-Type": fileKinds.xlsx, "Content-Disposition": contentDisposition(t("exportFileName", { code: movement.code })) },
  });
});
