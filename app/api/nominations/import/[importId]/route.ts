import { NextResponse } from "next/server";
import { isUuid } from "@/lib/ids";
import { getNominationImport } from "@/lib/nominations/import";
import { privateNoStore, requestActor } from "../../../request-actor";
import { apiError, routeHandler } from "../../../api-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ importId: string }> };

/** An import's progress and per-row report, for the person who ran it (anyone else: 404). */
export const GET = routeHandler(async function GET(_request: Request, { params }: Context) {
  const { importId } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  const result = isUuid(importId) ? await getNominationImport({ actor, importId }) : null;
  if (!result) return apiError("notFound");
  return NextResponse.json(
    { ...result, createdAt: result.createdAt.toISOString(), finishedAt: result.finishedAt?.toISOString() ?? null },
    { headers: privateNoStore },
  );
});
