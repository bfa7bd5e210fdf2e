import { getLocale } from "next-intl/server";
import {
  dashboardCsv,
  dashboardData,
  dashboardExportSchema,
  dashboardFileName,
  dashboardWorkbook,
} from "@/lib/dashboard/export";
import { isLocale } from "@/lib/i18n/config";
import { can } from "@/lib/policy";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../request-actor";
import { apiError, routeHandler } from "../../api-errors";

export const dynamic = "force-dynamic";

/**
 * The dashboard of one movement as a file: `?movement=<id>&format=xlsx` (every table), or
 * `&format=csv&table=status|title|unit|participation|years` (one table). Administrators and
 * officers, with the counts the page shows them. Anonymous: 401; anyone else, or a movement they
 * do not see (a draft, one covering none of an officer's units, a malformed id): 404; a missing
 * or unknown format or table: 400.
 */
export const GET = routeHandler(async function GET(request: Request) {
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!can(actor, "dashboard.view")) return apiError("notFound");
  const parsed = dashboardExportSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return apiError("invalidRequest");
  const data = await dashboardData(actor, parsed.data.movement);
  if (!data) return apiError("notFound");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "vi";

  if (parsed.data.format === "csv") {
    const csv = Buffer.from(dashboardCsv(data, parsed.data.table, locale), "utf8");
    return new Response(new Uint8Array(csv), {
      headers: {
        ...privateNoStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Length": String(csv.length),
        "Content-Disposition": contentDisposition(`${dashboardFileName(data, locale, parsed.data.table)}.csv`),
      },
    });
  }
  const workbook = await dashboardWorkbook(data, locale);
  return new Response(new Uint8Array(workbook), {
    headers: {
      ...privateNoStore,
      "Content-Type": fileKinds.xlsx,
      "Content-Length": String(workbook.length),
      "Content-Disposition": contentDisposition(`${dashboardFileName(data, locale)}.xlsx`),
    },
  });
});
