import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/health";
import { currentRequestLogger } from "@/lib/request-logger";
import { routeHandler } from "../api-errors";

export const dynamic = "force-dynamic";

/**
 * Liveness and database reachability, for load balancers and the error page's auto-retry. Its
 * 503 is a report of the database, not an error answer: the body says what was checked.
 */
export const GET = routeHandler(async () => {
  const database = await checkDatabase(db());
  if (!database.isReachable) (await currentRequestLogger()).warn({ database }, "database unreachable");
  const body = { status: database.isReachable ? "ok" : "unavailable", database };
  return NextResponse.json(body, {
    status: database.isReachable ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
});
