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
