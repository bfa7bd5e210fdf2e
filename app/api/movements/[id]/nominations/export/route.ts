import { PassThrough, Readable } from "node:stream";
import { getLocale, getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit";
import { isUuid } from "@/lib/ids";
import { withFirstBatchRead } from "@/lib/exports/batches";
import { exportMovement, nominationExportBatches, writeNominationExport } from "@/lib/nominations/export";
import { listNominationsParamsSchema, listQueryString } from "@/lib/nominations/list-params";
import { can } from "@/lib/policy";
import { currentRequestLogger } from "@/lib/request-logger";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../../../request-actor";
import { apiError, routeHandler } from "../../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The movement's nominations matching the list's filters (same URL parameters), as .xlsx, for administrators. */
export const GET = routeHandler(async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!can(actor, "movement.manage") || !isUuid(id)) return apiError("notFound");
  const movement = await exportMovement(id);
  if (!movement) return apiError("notFound");
  const search = new URL(request.url).searchParams;
  const listParams = listNominationsParamsSchema.parse(Object.fromEntries(search.entries()));
  const t = await getTranslations("nominationList");
  const locale = await getLocale();
  const log = await currentRequestLogger();
  // The first batch is read before the answer starts: a failure there is an error answer, not a file.
  const batches = await withFirstBatchRead(
    await nominationExportBatches({ actor, movementId: movement.id, params: listParams }),
  );
  await recordAudit({
    actorId: actor.id,
    action: "nomination.exported",
    objectType: "Movement",
    objectId: movement.id,
    after: { filters: listQueryString(listParams) },
  });

  // Rows are written into the response as they are read, batch by batch; a failure after the
  // first byte ends the file with a row saying it is incomplete (lib/exports/batches.ts).
  const output = new PassThrough();
  writeNominationExport({ actor, movementId: movement.id, params: listParams, locale, output, batches }).then(
    ({ rows, failure }) => {
      if (failure)
        log.error(
          { err: failure.message, movementId: movement.id, rows },
          "nomination export stopped early; the file says so",
        );
    },
    (error: unknown) => {
      log.warn(
        { err: error instanceof Error ? error.message : String(error), movementId: movement.id },
        "nomination export abandoned",
      );
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: {
      ...privateNoStore,
      "Content-Type": fileKinds.xlsx,
      "Content-Disposition": contentDisposition(t("exportFileName", { code: movement.code })),
    },
  });
});
