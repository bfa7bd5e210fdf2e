/** Domain errors, mapped once to HTTP statuses (app/api/api-errors.ts) and to form messages (lib/forms.ts handleForm). */
export class DomainError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "conflict" | "invalid" | "unauthenticated" | "unavailable" | "throttled",
    message?: string,
  ) {
    super(message ?? code);
    this.name = "DomainError";
  }
}

/** The error a lib function throws for a missing or invisible object (Next's notFound() is for pages: it throws itself). */
export const notFoundError = (what = "object") => new DomainError("not_found", `${what} not found`);
export const forbidden = () => new DomainError("forbidden");
export const conflict = (message?: string) => new DomainError("conflict", message);

/**
 * A refusal tied to one form field (email or code taken, wrong current password, a move into
 * one's own subtree), so the form can mark that field. `fieldCode` is a validation code
 * (lib/forms.ts validationCodes); handleForm turns it into that field's error.
 */
export class FieldError extends DomainError {
  constructor(
    readonly field: string,
    readonly fieldCode: string,
  ) {
    super("invalid", `${field}: ${fieldCode}`);
    this.name = "FieldError";
  }
}

/**
 * Too many wrong guesses at a secret (a password, a code, a token) for this account or from
 * this address: nothing was checked, and the person may try again in `retryAfterSeconds`.
 */
export class ThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("throttled", `throttled for ${retryAfterSeconds} s`);
    this.name = "ThrottledError";
  }
}

/** One reason a step was refused: a message key of the form's namespace, the values it names, and the field it concerns. */
export interface Refusal {
  code: string;
  field?: string;
  values?: Record<string, string>;
}

/**
 * A step refused for reasons the person can act on (an allotment used up, a deadline passed),
 * every reason listed, not only the first. handleForm turns it into the form's `reasons`.
 */
export class RefusedError extends DomainError {
  constructor(readonly reasons: readonly Refusal[]) {
    super("invalid", `refused: ${reasons.map((r) => r.code).join(", ")}`);
    this.name = "RefusedError";
  }
}
