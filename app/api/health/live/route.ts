import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Liveness only: the process answers HTTP. No database, no session, so it also serves as
 * the benchmark's baseline (what the framework alone does per request on this machine).
 */
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
