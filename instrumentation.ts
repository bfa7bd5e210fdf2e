import type { Instrumentation } from "next";

/** Refuses to serve with a bad environment, naming each bad variable, instead of failing on the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { exitOnInvalidEnvironment } = await import("./lib/startup-check");
    exitOnInvalidEnvironment();
  }
}

/** Server errors as structured log lines, with the request id the error page shows as reference. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { requestLogger } = await import("./lib/logger");
  const header = request.headers["x-request-id"];
  const requestId = Array.isArray(header) ? header[0] : header;
  requestLogger(requestId).error(
    {
      err: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      digest: typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
