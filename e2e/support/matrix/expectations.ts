// The authorization matrix: for every page, route handler and server action, what each role gets.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { MatrixFixtures, MatrixRole } from "./fixtures";
import { formData } from "./server-actions";

/** ok: the page renders (200); signin: sent to sign in; notfound: 404, as if it did not exist. */
export type PageOutcome = "ok" | "signin" | "notfound";

export interface PageCase {
  route: string;
  label: string;
  path(fx: MatrixFixtures): string;
  /** Text that only a permitted viewer may see (an object's name); checked absent when denied. */
  secret?(fx: MatrixFixtures): string;
  outcomes: Record<MatrixRole, PageOutcome>;
}

const everyone = (outcome: PageOutcome): Record<MatrixRole, PageOutcome> => ({
  anonymous: outcome,
  staff: outcome,
  officerA: outcome,
  officerB: outcome,
  officerParent: outcome,
  reviewer: outcome,
  admin: outcome,
});
const signedIn: Record<MatrixRole, PageOutcome> = { ...everyone("ok"), anonymous: "signin" };
const adminOnly: Record<MatrixRole, PageOutcome> = { ...everyone("notfound"), anonymous: "signin", admin: "ok" };

export const pageCases: PageCase[] = [
  { route: "/", label: "home", path: () => "/", outcomes: everyone("ok") },
  { route: "/sign-in", label: "sign-in", path: () => "/sign-in", outcomes: everyone("ok") },
  { route: "/admin/audit", label: "audit log", path: () => "/admin/audit", outcomes: adminOnly },
];

/** Route handlers: public by design (health for probes, next-auth's own endpoints). */
export interface HandlerCase {
  route: string;
  path: string;
  outcomes: Record<MatrixRole, number>;
}

const status = (code: number): Record<MatrixRole, number> => ({
  anonymous: code,
  staff: code,
  officerA: code,
  officerB: code,
  officerParent: code,
  reviewer: code,
  admin: code,
});

export const handlerCases: HandlerCase[] = [
  { route: "/api/health", path: "/api/health", outcomes: status(200) },
  { route: "/api/auth/[...nextauth]", path: "/api/auth/csrf", outcomes: status(200) },
];

export interface ActionProbe {
  args: unknown[];
  /** Did the call change what it would change if allowed? */
  tookEffect(): Promise<boolean>;
}

export interface ActionCase {
  /** "app/actions.ts#setLocale": file and export, as the build names it. */
  key: string;
  allowed: readonly MatrixRole[];
  probe(fx: MatrixFixtures, db: PrismaClient, response: () => { body: string; cookies: string }): Promise<ActionProbe>;
}

export const actionCases: ActionCase[] = [
  {
    key: "app/actions.ts#setLocale",
    allowed: ["anonymous", "staff", "officerA", "officerB", "officerParent", "reviewer", "admin"],
    async probe(_fx, _db, response) {
      return { args: [formData({ locale: "en" })], tookEffect: async () => /NEXT_LOCALE=en/.test(response().cookies) };
    },
  },
];
