// Outcome shorthands for matrix rows (shared by expectations.ts and the area files).
import type { MatrixRole } from "./fixtures";

/** ok: the page renders (200); signin: sent to sign in; notfound: 404, as if it did not exist. */
export type PageOutcome = "ok" | "signin" | "notfound";

export const everyone = (outcome: PageOutcome): Record<MatrixRole, PageOutcome> => ({
  anonymous: outcome,
  staff: outcome,
  officerA: outcome,
  officerB: outcome,
  officerParent: outcome,
  reviewer: outcome,
  admin: outcome,
});
export const signedIn: Record<MatrixRole, PageOutcome> = { ...everyone("ok"), anonymous: "signin" };
export const adminOnly: Record<MatrixRole, PageOutcome> = { ...everyone("notfound"), anonymous: "signin", admin: "ok" };

/** The same HTTP status for every role. */
export const status = (code: number): Record<MatrixRole, number> => ({
  anonymous: code,
  staff: code,
  officerA: code,
  officerB: code,
  officerParent: code,
  reviewer: code,
  admin: code,
});

export const idle = { status: "idle" };
export const signedInRoles = ["staff", "officerA", "officerB", "officerParent", "reviewer", "admin"] as const;
