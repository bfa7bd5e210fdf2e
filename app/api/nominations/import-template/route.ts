import { getLocale } from "next-intl/server";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { ImportRefusedError } from "@/lib/nominations/import";
import { buildImportTemplate } from "@/lib/nominations/import-template";
import { can } from "@/lib/policy";
import { contentDisposition } from "@/lib/storage/file-names";
import { fileKinds } from "@/lib/storage/file-types";
import { privateNoStore, requestActor } from "../../request-actor";
import { importRefusalResponse } from "../import/responses";
import { apiError, routeHandler } from "../../api-errors";

export const dynamic = "force-dynamic";

/** The import template (.xlsx) of `?movementId=`, for officers who nominate in that movement. */
export const GET = routeHandler(async function GET(request: Request) {
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  const movementId = new URL(request.url).searchParams.get("movementId") ?? "";
  if (!can(actor, "nomination.create") || !isUuid(movementId)) return apiError("notFound");
  try {
    const { bytes, fileName } = await buildImportTemplate({
      actor,
      movementId,
      locale: await getLocale(),
      today: today(),
    });
    return new Response(new Uint8Array(bytes), {
      headers: {
        ...privateNoStore,
        "Content-Type": fileKinds.xlsx,
        "Content-Disposition": contentDisposition(fileName),
        "Content-Length": String(bytes.length),
      },
    });
  } catch (error) {
    if (error instanceof ImportRefusedError) return importRefusalResponse(error.refusal);
    throw error;
  }
});
