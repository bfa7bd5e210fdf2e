// The authorization matrix: for every page, route handler and server action, what each role gets.
// Rows of the review-and-decision pages live in ./areas (one file per area, with its fixtures).
import { matrixAreas } from "./areas";
import type { MatrixFixtures, MatrixRole } from "./fixtures";
import { adminOnly, everyone, signedIn, status, type PageOutcome } from "./outcomes";

export type { PageOutcome } from "./outcomes";

export interface PageCase {
  route: string;
  label: string;
  path(fx: MatrixFixtures): string;
  /** Text that only a permitted viewer may see (an object's name); checked absent when denied. */
  secret?(fx: MatrixFixtures): string;
  outcomes: Record<MatrixRole, PageOutcome>;
}

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
  {
    route: "/admin/movements/[id]",
    label: "edit the public movement",
    path: (fx) => `/admin/movements/${fx.movements.public.id}`,
    outcomes: adminOnly,
  },
  {
    route: "/admin/movements/[id]",
    label: "edit a movement with a malformed id",
    path: () => "/admin/movements/123",
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  { route: "/movements", label: "movement list", path: () => "/movements", outcomes: everyone("ok") },
  {
    route: "/movements/[id]",
    label: "public movement",
    path: (fx) => `/movements/${fx.movements.public.id}`,
    outcomes: everyone("ok"),
  },
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
  {
    route: "/movements/[id]",
    label: "movement with a malformed id",
    path: () => "/movements/123",
    outcomes: everyone("notfound"),
  },
  {
    route: "/movements/[id]/registrations/new",
    label: "register for the public movement",
    path: (fx) => `/movements/${fx.movements.public.id}/registrations/new`,
    // Officers of a covered unit (A, B or their parent) and administrators; nobody else is told the form exists.
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "ok",
      officerB: "ok",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
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
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "ok",
      officerB: "notfound",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
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
  {
    route: "/admin/units/[id]",
    label: "edit unit A",
    path: (fx) => `/admin/units/${fx.units.a.id}`,
    secret: (fx) => fx.units.a.name,
    outcomes: adminOnly,
  },
  {
    route: "/units/[id]",
    label: "unit A",
    path: (fx) => `/units/${fx.units.a.id}`,
    secret: (fx) => fx.units.a.name,
    // Officers see their own unit and the units below; a sibling's officer is told it does not exist.
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "ok",
      officerB: "notfound",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
  },
  {
    route: "/units/[id]",
    label: "unit B (another unit's id)",
    path: (fx) => `/units/${fx.units.b.id}`,
    secret: (fx) => fx.units.b.name,
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "notfound",
      officerB: "ok",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
  },
  {
    route: "/units/[id]",
    label: "unit with a malformed id",
    path: () => "/units/not-a-uuid",
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  { route: "/admin/users", label: "account list", path: () => "/admin/users", outcomes: adminOnly },
  { route: "/admin/users/new", label: "new account", path: () => "/admin/users/new", outcomes: adminOnly },
  {
    route: "/admin/users/[id]",
    label: "account of a member of A",
    path: (fx) => `/admin/users/${fx.memberOfA.id}`,
    secret: (fx) => fx.memberOfA.email,
    outcomes: adminOnly,
  },
  { route: "/account", label: "own profile", path: () => "/account", outcomes: signedIn },
  { route: "/account/password", label: "own password", path: () => "/account/password", outcomes: signedIn },
  { route: "/account/mfa", label: "own two-factor sign-in", path: () => "/account/mfa", outcomes: signedIn },
  // Nomination lists and the import: officers only (each sees their own units' dossiers); administrators use the movement's list.
  {
    route: "/nominations",
    label: "officer's nomination list",
    path: () => "/nominations",
    outcomes: { ...everyone("notfound"), anonymous: "signin", officerA: "ok", officerB: "ok", officerParent: "ok" },
  },
  {
    route: "/nominations/import",
    label: "import nominations from Excel",
    path: (fx) => `/nominations/import?movement=${fx.nominations.movementId}`,
    outcomes: { ...everyone("notfound"), anonymous: "signin", officerA: "ok", officerB: "ok", officerParent: "ok" },
  },
  {
    route: "/admin/movements/[id]/nominations",
    label: "all nominations of a movement",
    path: (fx) => `/admin/movements/${fx.nominations.movementId}/nominations`,
    secret: (fx) => fx.nominations.draftOfA.name,
    outcomes: adminOnly,
  },
  {
    route: "/admin/movements/[id]/nominations",
    label: "nominations of a movement with a malformed id",
    path: () => "/admin/movements/not-a-uuid/nominations?page=-1&status=%3Cscript%3E",
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  // Nomination dossiers of unit A: its officers (A's, the parent's) and administrators; anyone else is told they do not exist.
  {
    route: "/nominations/new",
    label: "start a nomination",
    path: () => "/nominations/new",
    outcomes: { ...everyone("notfound"), anonymous: "signin", officerA: "ok", officerB: "ok", officerParent: "ok" },
  },
  {
    route: "/nominations/new",
    label: "start a nomination in the matrix movement",
    path: (fx) => `/nominations/new?movementId=${fx.nominations.movementId}`,
    outcomes: { ...everyone("notfound"), anonymous: "signin", officerA: "ok", officerB: "ok", officerParent: "ok" },
  },
  {
    route: "/nominations/new",
    label: "start a nomination in the draft movement",
    path: (fx) => `/nominations/new?movementId=${fx.movements.draft.id}`,
    secret: (fx) => fx.movements.draft.name,
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  {
    route: "/nominations/[id]",
    label: "draft dossier of unit A",
    path: (fx) => `/nominations/${fx.nominations.draftOfA.id}`,
    secret: (fx) => fx.nominations.draftOfA.name,
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "ok",
      officerB: "notfound",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
  },
  {
    route: "/nominations/[id]",
    label: "submitted dossier of unit A",
    path: (fx) => `/nominations/${fx.nominations.submittedOfA.id}`,
    secret: (fx) => fx.nominations.submittedOfA.name,
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "ok",
      officerB: "notfound",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
  },
  {
    route: "/nominations/[id]",
    label: "dossier with a malformed id",
    path: () => "/nominations/not-a-uuid",
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  {
    route: "/nominations/[id]/versions/[number]",
    label: "first submitted version of unit A's dossier",
    path: (fx) => `/nominations/${fx.nominations.submittedOfA.id}/versions/1`,
    secret: (fx) => fx.nominations.submittedOfA.name,
    outcomes: {
      anonymous: "signin",
      staff: "notfound",
      officerA: "ok",
      officerB: "notfound",
      officerParent: "ok",
      reviewer: "notfound",
      admin: "ok",
    },
  },
  {
    route: "/nominations/[id]/versions/[number]",
    label: "a version never submitted",
    path: (fx) => `/nominations/${fx.nominations.submittedOfA.id}/versions/2`,
    secret: (fx) => fx.nominations.submittedOfA.name,
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  {
    route: "/nominations/[id]/versions/[number]",
    label: "a version with a malformed number",
    path: (fx) => `/nominations/${fx.nominations.submittedOfA.id}/versions/abc`,
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  // Everyone signed in reads their own notifications (the query is by their id).
  { route: "/notifications", label: "own notifications", path: () => "/notifications", outcomes: signedIn },
  ...matrixAreas.flatMap((area) => area.pageCases),
];

/** Route handlers: public by design (health for probes, next-auth's own endpoints). */
export interface HandlerCase {
  route: string;
  /** A fixed path, or one naming a fixture's object. */
  path: string | ((fx: MatrixFixtures) => string);
  outcomes: Record<MatrixRole, number>;
}

export const handlerCases: HandlerCase[] = [
  { route: "/api/health", path: "/api/health", outcomes: status(200) },
  { route: "/api/health/live", path: "/api/health/live", outcomes: status(200) },
  { route: "/api/auth/[...nextauth]", path: "/api/auth/csrf", outcomes: status(200) },
  // Dossier files: those who may see the dossier (officers of A and above, administrators); to
  // anyone else the file does not exist. The list answers an anonymous caller 401 (sign in again).
  {
    route: "/api/files/[fileId]",
    path: (fx) => `/api/files/${fx.files.fileId}`,
    outcomes: {
      anonymous: 404,
      staff: 404,
      officerA: 200,
      officerB: 404,
      officerParent: 200,
      reviewer: 404,
      admin: 200,
    },
  },
  { route: "/api/files/[fileId]", path: "/api/files/not-a-uuid", outcomes: status(404) },
  {
    route: "/api/nominations/[id]/files",
    path: (fx) => `/api/nominations/${fx.files.nominationId}/files`,
    outcomes: {
      anonymous: 401,
      staff: 404,
      officerA: 200,
      officerB: 404,
      officerParent: 200,
      reviewer: 404,
      admin: 200,
    },
  },
  // Nomination export (administrators), import template (officers who nominate in the movement), import progress (its owner).
  {
    route: "/api/movements/[id]/nominations/export",
    path: (fx) => `/api/movements/${fx.nominations.movementId}/nominations/export?q=%27%25_%3Cscript%3E&page=abc`,
    outcomes: { ...status(404), anonymous: 401, admin: 200 },
  },
  {
    route: "/api/movements/[id]/nominations/export",
    path: "/api/movements/not-a-uuid/nominations/export",
    outcomes: { ...status(404), anonymous: 401 },
  },
  {
    route: "/api/nominations/import-template",
    path: (fx) => `/api/nominations/import-template?movementId=${fx.nominations.movementId}`,
    outcomes: { ...status(404), anonymous: 401, officerA: 200, officerB: 200, officerParent: 200 },
  },
  {
    route: "/api/nominations/import-template",
    path: "/api/nominations/import-template?movementId=1%20OR%201%3D1",
    outcomes: { ...status(404), anonymous: 401 },
  },
  // Imports are started with POST only.
  { route: "/api/nominations/import", path: "/api/nominations/import", outcomes: status(405) },
  {
    route: "/api/nominations/import/[importId]",
    path: `/api/nominations/import/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`,
    outcomes: { ...status(404), anonymous: 401 },
  },
  {
    route: "/api/nominations/import/[importId]",
    path: "/api/nominations/import/not-a-uuid",
    outcomes: { ...status(404), anonymous: 401 },
  },
  ...matrixAreas.flatMap((area) => area.handlerCases),
];
