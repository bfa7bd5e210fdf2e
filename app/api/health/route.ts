import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/health";
import { currentRequestLogger } from "@/lib/request-logger";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the error page's auto-retry. */
export async function GET() {
  const database = await checkDatabase(db());
  if (!database.isReachable) (await currentRequestLogger()).warn({ database }, "database unreachable");
  const body = { status: database.isReachable ? "ok" : "unavailable", database };
  return NextResponse.json(body, {
    status: database.isReachable ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
