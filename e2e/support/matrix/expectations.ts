// The authorization matrix: for every page, route handler and server action, what each role gets.
import type { MatrixFixtures, MatrixRole } from "./fixtures";

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
  { route: "/admin/movements/new", label: "new movement", path: () => "/admin/movements/new", outcomes: adminOnly },
  {
    route: "/admin/movements/[id]",
    label: "edit the draft movement",
    path: (fx) => `/admin/movements/${fx.movements.draft.id}`,
    secret: (fx) => fx.movements.draft.name,
    outcomes: adminOnly,
  },
  { route: "/admin/movements/[id]", label: "edit the public movement", path: (fx) => `/admin/movements/${fx.movements.public.id}`, outcomes: adminOnly },
  {
    route: "/admin/movements/[id]",
    label: "edit a movement with a malformed id",
    path: () => "/admin/movements/123",
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  { route: "/movements", label: "movement list", path: () => "/movements", outcomes: everyone("ok") },
  { route: "/movements/[id]", label: "public movement", path: (fx) => `/movements/${fx.movements.public.id}`, outcomes: everyone("ok") },
  {
    route: "/movements/[id]",
    label: "staff-only movement",
    path: (fx) => `/movements/${fx.movements.staffOnly.id}`,
    secret: (fx) => fx.movements.staffOnly.name,
    outcomes: { ...everyone("ok"), anonymous: "notfound" },
  },
  {
    route: "/movements/[id]",
    label: "draft movement",
    path: (fx) => `/movements/${fx.movements.draft.id}`,
    secret: (fx) => fx.movements.draft.name,
    outcomes: { ...everyone("notfound"), admin: "ok" },
  },
  { route: "/movements/[id]", label: "movement with a malformed id", path: () => "/movements/123", outcomes: everyone("notfound") },
  {
    route: "/movements/[id]/registrations/new",
    label: "register for the public movement",
    path: (fx) => `/movements/${fx.movements.public.id}/registrations/new`,
    // Officers of a covered unit (A, B or their parent) and administrators; nobody else is told the form exists.
    outcomes: { anonymous: "signin", staff: "notfound", officerA: "ok", officerB: "ok", officerParent: "ok", reviewer: "notfound", admin: "ok" },
  },
  {
    route: "/movements/[id]/registrations/new",
    label: "register for the draft movement",
    path: (fx) => `/movements/${fx.movements.draft.id}/registrations/new`,
    secret: (fx) => fx.movements.draft.name,
    outcomes: { ...everyone("notfound"), anonymous: "signin", admin: "ok" },
  },
  {
    route: "/movements/[id]/registrations/new",
    label: "register for a movement with a malformed id",
    path: () => "/movements/123/registrations/new",
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  {
    route: "/movements/[id]/registrations/[registrationId]",
    label: "registration of unit A",
    path: (fx) => `/movements/${fx.movements.public.id}/registrations/${fx.registrationOfA.id}`,
    secret: (fx) => fx.units.a.name,
    outcomes: { anonymous: "signin", staff: "notfound", officerA: "ok", officerB: "notfound", officerParent: "ok", reviewer: "notfound", admin: "ok" },
  },
  {
    route: "/movements/[id]/registrations/[registrationId]",
    label: "registration of unit A under another movement's id",
    path: (fx) => `/movements/${fx.movements.staffOnly.id}/registrations/${fx.registrationOfA.id}`,
    secret: (fx) => fx.units.a.name,
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  {
    route: "/movements/[id]/registrations/[registrationId]",
    label: "registration with a malformed id",
    path: (fx) => `/movements/${fx.movements.public.id}/registrations/not-a-uuid`,
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  { route: "/admin/units", label: "unit list", path: () => "/admin/units", outcomes: adminOnly },
  { route: "/admin/units/new", label: "new unit", path: () => "/admin/units/new", outcomes: adminOnly },
  { route: "/admin/units/[id]", label: "edit unit A", path: (fx) => `/admin/units/${fx.units.a.id}`, secret: (fx) => fx.units.a.name, outcomes: adminOnly },
  {
    route: "/units/[id]",
    label: "unit A",
    path: (fx) => `/units/${fx.units.a.id}`,
    secret: (fx) => fx.units.a.name,
    // Officers see their own unit and the units below; a sibling's officer is told it does not exist.
    outcomes: { anonymous: "signin", staff: "notfound", officerA: "ok", officerB: "notfound", officerParent: "ok", reviewer: "notfound", admin: "ok" },
  },
  {
    route: "/units/[id]",
    label: "unit B (another unit's id)",
    path: (fx) => `/units/${fx.units.b.id}`,
    secret: (fx) => fx.units.b.name,
    outcomes: { anonymous: "signin", staff: "notfound", officerA: "notfound", officerB: "ok", officerParent: "ok", reviewer: "notfound", admin: "ok" },
  },
  { route: "/units/[id]", label: "unit with a malformed id", path: () => "/units/not-a-uuid", outcomes: { ...everyone("notfound"), anonymous: "signin" } },
  { route: "/admin/users", label: "account list", path: () => "/admin/users", outcomes: adminOnly },
  { route: "/admin/users/new", label: "new account", path: () => "/admin/users/new", outcomes: adminOnly },
  { route: "/admin/users/[id]", label: "account of a member of A", path: (fx) => `/admin/users/${fx.memberOfA.id}`, secret: (fx) => fx.memberOfA.email, outcomes: adminOnly },
  { route: "/account", label: "own profile", path: () => "/account", outcomes: signedIn },
  { route: "/account/password", label: "own password", path: () => "/account/password", outcomes: signedIn },
  { route: "/account/mfa", label: "own two-factor sign-in", path: () => "/account/mfa", outcomes: signedIn },
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

