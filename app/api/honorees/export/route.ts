import { PassThrough, Readable } from "node:stream";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { isLocale } from "@/lib/i18n/config";
import { can } from "@/lib/policy";
import { currentRequestLogger } from "@/lib/request-logger";
import { rosterExportFileName, writeRosterCsv, writeRosterXlsx } from "@/lib/roster/export";
import { withFirstBatchRead } from "@/lib/exports/batches";
import { ExportTooLargeError, rosterExportBatches } from "@/lib/roster/export-rows";
import { parseRosterParams, rosterQueryString } from "@/lib/roster/params";
import { renderRosterListPdf } from "@/lib/roster/pdf-list";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../request-actor";
import { apiError, apiRefusal, routeHandler } from "../../api-errors";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["xlsx", "csv", "pdf"]);
const contentTypes = { xlsx: fileKinds.xlsx, csv: "text/csv; charset=utf-8", pdf: fileKinds.pdf } as const;

/**
 * The roster as filtered (the roster pages' URL parameters), every row the viewer may see, as
 * .xlsx or .csv (streamed) or a printable .pdf list (at most 5,000 rows). Signed-in members
 * only: anonymous 401; an unknown format 400; a PDF over the limit 422, each with a message.
 */
export const GET = routeHandler(async function GET(request: Request) {
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!can(actor, "roster.export")) return apiError("notFound");
  const search = new URL(request.url).searchParams;
  const t = await getTranslations("rosterExport");
  const format = formatSchema.safeParse(search.get("format"));
  if (!format.success) return apiRefusal({ code: "unknownFormat", status: 400, message: t("errors.unknownFormat") });
  const params = parseRosterParams(search);
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "vi";
  const fileName = await rosterExportFileName({ actor, params, locale, extension: format.data });
  const headers = {
    ...privateNoStore,
    "Content-Type": contentTypes[format.data],
    "Content-Disposition": contentDisposition(fileName),
  };
  const audit = () =>
    recordAudit({
      actorId: actor.id,
      action: "roster.exported",
      objectType: "Honoree",
      after: { format: format.data, filters: rosterQueryString(params, { omit: ["page"] }) },
    });

  if (format.data === "pdf") {
    try {
      const pdf = await renderRosterListPdf({ actor, params, locale });
      await audit();
      return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Length": String(pdf.length) } });
    } catch (error) {
      if (!(error instanceof ExportTooLargeError)) throw error;
      const values = {
        count: new Intl.NumberFormat(locale).format(error.count),
        limit: new Intl.NumberFormat(locale).format(error.limit),
      };
      return apiRefusal({ code: "tooManyRows", status: 422, message: t("errors.tooManyRows", values) });
    }
  }

  // The first batch is read before the answer starts: a failure there is an error answer, not a file.
  const batches = await withFirstBatchRead(rosterExportBatches({ actor, params }));
  await audit();
  const log = await currentRequestLogger();
  // Rows are written into the response as they are read, batch by batch; a failure after the
  // first byte ends the file with a row saying it is incomplete (lib/exports/batches.ts).
  const output = new PassThrough();
  const write = format.data === "xlsx" ? writeRosterXlsx : writeRosterCsv;
  write({ actor, params, locale, output, batches }).then(
    ({ rows, failure }) => {
      if (failure)
        log.error({ err: failure.message, format: format.data, rows }, "roster export stopped early; the file says so");
    },
    (error: unknown) => {
      // The download was closed, or the writer itself broke: nothing more can be sent.
      log.warn(
        { err: error instanceof Error ? error.message : String(error), format: format.data },
        "roster export abandoned",
      );
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, { headers });
});
