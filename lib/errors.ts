/** Domain errors, mapped once to HTTP statuses and localized messages (see lib/http.ts). */
export class DomainError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "conflict" | "invalid" | "unauthenticated" | "unavailable",
    message?: string,
  ) {
    super(message ?? code);
    this.name = "DomainError";
  }
}

export const notFound = (what = "object") => new DomainError("not_found", `${what} not found`);
export const forbidden = () => new DomainError("forbidden");
export const conflict = (message?: string) => new DomainError("conflict", message);

export const httpStatusOf: Record<DomainError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  unauthenticated: 401,
  unavailable: 503,
};

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
