import pino from "pino";

/** Structured JSON logs; one line per event so they can be shipped and queried. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "vinh-danh" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "totpSecret"], remove: true },
});

/** A child logger that stamps every line with the request id set by proxy.ts. */
export function requestLogger(requestId: string | null | undefined) {
  return requestId ? logger.child({ requestId }) : logger;
}
