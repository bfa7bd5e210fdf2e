// The one error path of the route handlers under app/api. Every handler is wrapped in
// routeHandler, and every error answer is made here: apiError for the codes below, apiRefusal
// for a refusal of the handler's own domain (a file too large, an unknown format). Each answer
// has a stable code for programs, a sentence in the visitor's language and no caching.
// routeHandler also answers what lib throws (DomainError and its kinds, a database that is down or
// out of connections), so nothing a client can cause becomes a 500
// (scripts/lint/route-handlers.test.ts checks every handler is wrapped).
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/database-errors";
import { DomainError, RefusedError, ThrottledError } from "@/lib/errors";
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
  | "unavailable"
  | "failed";

const statusOf: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  invalidRequest: 400,
  conflict: 409,
  refused: 422,
  throttled: 429,
  unavailable: 503,
  failed: 500,
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

interface AnswerOptions {
  /** The sentence to show instead of the general one, where the handler's own page shows it. */
  message?: string;
  /** More fields of the body (the problems of a refused submission, say). */
  details?: Record<string, unknown>;
  /** Seconds before trying again makes sense (a 503, a 429). */
  retryAfter?: number;
  /** A plain-text body, for a link a person opens in the browser (a file, a portrait). */
  asText?: boolean;
}

function answer(code: string, status: number, message: string, options: AnswerOptions): Response {
  const headers: Record<string, string> = { ...privateNoStore };
  if (options.retryAfter !== undefined) headers["Retry-After"] = String(options.retryAfter);
  if (options.asText) {
    return new Response(message, {
      status,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  return NextResponse.json({ error: code, message, ...options.details }, { status, headers });
}

/** `{ error, message, ...details }` with the status of `code`; the message from `apiErrors` unless given. */
export async function apiError(code: ApiErrorCode, options: AnswerOptions = {}): Promise<Response> {
  const message = options.message ?? (await getTranslations("apiErrors"))(code);
  const retryAfter = options.retryAfter ?? (code === "unavailable" ? retryAfterSeconds : undefined);
  return answer(code, statusOf[code], message, { ...options, retryAfter });
}

/** A request refused for a reason of the handler's own domain: its code, status and sentence. */
export function apiRefusal(refusal: {
  code: string;
  status: number;
  message: string;
  details?: Record<string, unknown>;
}): Response {
  return answer(refusal.code, refusal.status, refusal.message, { details: refusal.details });
}

/** The answer to what a handler threw, or null when it is a bug (left to Next: 500 with a digest). */
async function answerToThrown(error: unknown): Promise<Response | null> {
  if (isDatabaseUnavailable(error)) {
    (await currentRequestLogger()).warn(
      { err: error instanceof Error ? error.message : String(error) },
      "database unavailable: answered 503",
    );
    return apiError("unavailable");
  }
  if (error instanceof RefusedError) return apiError("refused", { details: { reasons: error.reasons } });
  if (error instanceof ThrottledError) return apiError("throttled", { retryAfter: error.retryAfterSeconds });
  if (error instanceof DomainError) return apiError(codeOfDomainError[error.code]);
  return null;
}

/**
 * Wraps a route handler: a database outage or overload (lib/database-errors.ts) answers 503 with
 * Retry-After, a domain error its status (404, 403, 409, 400, 422, 429); anything else is a bug
 * and is left to Next (500).
 */
export function routeHandler<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const answered = await answerToThrown(error);
      if (answered) return answered;
      throw error;
    }
  };
}
