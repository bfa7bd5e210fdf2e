import { headers } from "next/headers";
import { requestLogger } from "./logger";

/** The logger for the request being served, tagged with the id proxy.ts gave it. */
export async function currentRequestLogger() {
  return requestLogger((await headers()).get("x-request-id"));
}
