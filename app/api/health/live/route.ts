import { NextResponse } from "next/server";
import { routeHandler } from "../../api-errors";

export const dynamic = "force-dynamic";

/**
 * Liveness only: the process answers HTTP. No database, no session, so it also serves as
 * the benchmark's baseline (what the framework alone does per request on this machine).
 */
export const GET = routeHandler(async () =>
  NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }),
);
