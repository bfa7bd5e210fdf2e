const unreachableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "57P03"]);

/** True when `error` says the database could not be reached (as opposed to a bad query or migration). */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error ? String(error.code) : "";
  if (unreachableCodes.has(code)) return true;
  const message = error instanceof Error ? error.message : "";
  return /connect|Connection terminated|timeout expired|Can't reach database|the database system is starting up/i.test(message);
}
