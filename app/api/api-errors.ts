// Error answers of the JSON route handlers: a stable code for programs and a sentence in the
// visitor's language. Also the one place where a database that is down or out of connections
// becomes 503 (try again soon) instead of a 500.
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/database-errors";
import type { DomainError } from "@/lib/errors";
import { currentRequestLogger } from "@/lib/request-logger";
import { privateNoStore } from "./request-actor";

export type ApiErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "notFound"
  | "invalidRequest"
  | "conflict"
  | "refused"
  | "throttled"
  | "unavailable";

const statusOf: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  invalidRequest: 400,
  conflict: 409,
  refused: 422,
  throttled: 429,
  unavailable: 503,
};

const codeOfDomainError: Record<DomainError["code"], ApiErrorCode> = {
  not_found: "notFound",
  forbidden: "forbidden",
  conflict: "conflict",
  invalid: "invalidRequest",
  unauthenticated: "unauthenticated",
  unavailable: "unavailable",
  throttled: "throttled",
};

/** Seconds a client should wait before retrying after a 503. */
const retryAfterSeconds = 5;

/** `{ error, message, ...details }` with the status of `code`. */
export async function apiError(code: ApiErrorCode, details: Record<string, unknown> = {}) {
  const t = await getTranslations("apiErrors");
  const headers =
    code === "unavailable" ? { ...privateNoStore, "Retry-After": String(retryAfterSeconds) } : privateNoStore;
  return NextResponse.json({ error: code, message: t(code), ...details }, { status: statusOf[code], headers });
}

/** The answer to a domain error (Not found, Forbidden, Conflict…), mapped as lib/errors.ts says. */
export function domainErrorResponse(error: DomainError) {
  return apiError(codeOfDomainError[error.code]);
}

/**
 * Wraps a route handler so that a database outage or overload (lib/database-errors.ts) answers
 * 503 with a localized message and Retry-After; any other error is left to Next (500).
 */
export function answerUnavailable<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      (await currentRequestLogger()).warn(
        { err: error instanceof Error ? error.message : String(error) },
        "database unavailable: answered 503",
      );
      return apiError("unavailable");
    }
  };
}
