// Matrix rows of the roster area (issue 7): the rosters, the profiles and the portrait route.
// Fixtures: a published movement of P with honorees of unit A in every state (listed for the
// public, listed for staff, unpublished, revoked), two of them with a stored portrait.
import type { HandlerCase, PageCase } from "../expectations";
import type { MatrixFixtures } from "../fixtures";
import { everyone, status } from "../outcomes";
import { attachPortrait } from "../../world";
import { areaIds, type MatrixArea } from "./area";
import { decidedMovement, matrixHonoree } from "./honorees";

/** Gives honoree `honoreeId` a stored JPEG portrait (a PORTRAIT file of its dossier). */

const ids = (fx: MatrixFixtures) => areaIds(fx, "roster");
const profile = (key: string) => (fx: MatrixFixtures) => `/honorees/${ids(fx)[key]}`;
const portrait = (key: string) => (fx: MatrixFixtures) => `/api/honorees/${ids(fx)[key]}/portrait`;

/** Who may open an unlisted (unpublished or revoked) honoree of unit A: its officers, those above, administrators. */
const unitAOnly = { ...everyone("notfound"), officerA: "ok", officerParent: "ok", admin: "ok" } as const;
const unitAOnlyStatus = { ...status(404), officerA: 200, officerParent: 200, admin: 200 };

const pageCases: PageCase[] = [
  { route: "/honorees", label: "the roster of every movement", path: () => "/honorees", outcomes: everyone("ok") },
  {
    route: "/honorees",
    label: "the roster with garbage filters, an SQL/HTML search and a page past the end",
    path: () =>
      "/honorees?q=%27%25_%3Cscript%3E%5C&movement=x&unit=1%3B&kind=ALIEN&from=abc&to=99999&sort=zzz&page=999999",
    outcomes: everyone("ok"),
  },
  // The search box echoes the query, so the name's absence from the results is checked in e2e/roster.spec.ts.
  {
    route: "/honorees",
    label: "the roster searched for an unpublished honoree",
    path: (fx) => `/honorees?q=${encodeURIComponent(ids(fx).unpublishedName!)}`,
    outcomes: everyone("ok"),
  },
  {
    route: "/movements/[id]/honorees",
    label: "the roster of a published movement",
    path: (fx) => `/movements/${ids(fx).movementId}/honorees?page=40`,
    outcomes: everyone("ok"),
  },
  {
    route: "/movements/[id]/honorees",
    label: "the roster of a staff-only movement",
    path: (fx) => `/movements/${fx.movements.staffOnly.id}/honorees`,
    secret: (fx) => fx.movements.staffOnly.name,
    outcomes: { ...everyone("ok"), anonymous: "notfound" },
  },
  {
    route: "/movements/[id]/honorees",
    label: "the roster of a draft movement",
    path: (fx) => `/movements/${fx.movements.draft.id}/honorees`,
    secret: (fx) => fx.movements.draft.name,
    outcomes: { ...everyone("notfound"), admin: "ok" },
  },
  {
    route: "/movements/[id]/honorees",
    label: "the roster of a movement with a malformed id",
    path: () => "/movements/not-a-uuid/honorees",
    outcomes: everyone("notfound"),
  },
  {
    route: "/honorees/[id]",
    label: "the profile of a publicly listed honoree",
    path: profile("publicId"),
    outcomes: everyone("ok"),
  },
  {
    route: "/honorees/[id]",
    label: "the profile of a staff-listed honoree",
    path: profile("staffId"),
    secret: (fx) => ids(fx).staffName!,
    outcomes: { ...everyone("ok"), anonymous: "notfound" },
  },
  {
    route: "/honorees/[id]",
    label: "the profile of an unpublished honoree of A",
    path: profile("unpublishedId"),
    secret: (fx) => ids(fx).unpublishedName!,
    outcomes: unitAOnly,
  },
  {
    route: "/honorees/[id]",
    label: "the profile of a revoked honoree of A",
    path: profile("revokedId"),
    secret: (fx) => ids(fx).revokedName!,
    outcomes: unitAOnly,
  },
  {
    route: "/honorees/[id]",
    label: "the profile with a malformed id",
    path: () => "/honorees/%27%3Cscript%3E",
    outcomes: everyone("notfound"),
  },
  {
    route: "/honorees/[id]",
    label: "the profile of an honoree that does not exist",
    path: () => "/honorees/00000000-0000-4000-8000-000000000000",
    outcomes: everyone("notfound"),
  },
];

const handlerCases: HandlerCase[] = [
  { route: "/api/honorees/[id]/portrait", path: portrait("publicId"), outcomes: status(200) },
  { route: "/api/honorees/[id]/portrait", path: portrait("unpublishedId"), outcomes: unitAOnlyStatus },
  // No portrait: 404 even for those who may see the profile.
  { route: "/api/honorees/[id]/portrait", path: portrait("staffId"), outcomes: status(404) },
  { route: "/api/honorees/[id]/portrait", path: "/api/honorees/not-a-uuid/portrait", outcomes: status(404) },
];

export const rosterArea: MatrixArea = {
  name: "roster",
  async setup(db, fx) {
    const decided = await decidedMovement(db, fx, { published: true });
    const listedPublic = await matrixHonoree(db, fx, decided, { listedFor: "PUBLIC" });
    const listedStaff = await matrixHonoree(db, fx, decided, { listedFor: "STAFF" });
    const unpublished = await matrixHonoree(db, fx, decided, { listedFor: null });
    const revoked = await matrixHonoree(db, fx, decided, { listedFor: null, revoked: true });
    await attachPortrait(db, listedPublic.id, fx.userIds.officerA);
    await attachPortrait(db, unpublished.id, fx.userIds.officerA);
    return {
      movementId: decided.movement.id,
      publicId: listedPublic.id,
      staffId: listedStaff.id,
      staffName: listedStaff.name,
      unpublishedId: unpublished.id,
      unpublishedName: unpublished.name,
      revokedId: revoked.id,
      revokedName: revoked.name,
    };
  },
  pageCases,
  handlerCases,
  actionCases: [],
};
