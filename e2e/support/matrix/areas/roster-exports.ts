// Matrix rows of the rosterExports area (issue 7): the roster export (xlsx, csv, pdf) and the
// certificates (one honoree; a movement's batch). Fixtures: a published movement of P with
// honorees of unit A listed for the public, unpublished, and revoked.
import type { HandlerCase } from "../expectations";
import type { MatrixFixtures } from "../fixtures";
import { status } from "../outcomes";
import { areaIds, type MatrixArea } from "./area";
import { decidedMovement, matrixHonoree } from "./honorees";

const ids = (fx: MatrixFixtures) => areaIds(fx, "rosterExports");

/** Signed-in members get the file; anonymous callers are told to sign in again. */
const members = { ...status(200), anonymous: 401 };
/** Administrators and officers acting for unit A (A's, the parent's); to anyone else signed in the file does not exist. */
const certifiersOfA = { ...status(404), anonymous: 401, officerA: 200, officerParent: 200, admin: 200 };
const nobody = { ...status(404), anonymous: 401 };

const exportPath = (query: string) => (fx: MatrixFixtures) =>
  `/api/honorees/export?${query.replace("{movement}", ids(fx).movementId!)}`;
const certificate = (key: string) => (fx: MatrixFixtures) => `/api/honorees/${ids(fx)[key]}/certificate`;
const batch =
  (query = "") =>
  (fx: MatrixFixtures) =>
    `/api/movements/${ids(fx).movementId}/certificates${query.replace("{unitA}", fx.units.a.id).replace("{unitB}", fx.units.b.id)}`;

const handlerCases: HandlerCase[] = [
  // The roster as filtered, for every signed-in member (listed rows only: see lib/roster/export.test.ts).
  { route: "/api/honorees/export", path: exportPath("format=xlsx&movement={movement}"), outcomes: members },
  { route: "/api/honorees/export", path: exportPath("format=csv&movement={movement}&sort=name"), outcomes: members },
  { route: "/api/honorees/export", path: exportPath("format=pdf&movement={movement}"), outcomes: members },
  // Malformed filters fall back to their defaults, as on the roster page.
  {
    route: "/api/honorees/export",
    path: exportPath("format=csv&q=%27%25_%3Cscript%3E&movement=x&unit=1%3B&kind=ALIEN&from=abc&sort=zzz&page=-1"),
    outcomes: members,
  },
  // An unknown format: 400 with a message (still 401 for an anonymous caller).
  {
    route: "/api/honorees/export",
    path: exportPath("format=docx&movement={movement}"),
    outcomes: { ...status(400), anonymous: 401 },
  },
  {
    route: "/api/honorees/export",
    path: exportPath("movement={movement}"),
    outcomes: { ...status(400), anonymous: 401 },
  },
  // One certificate: listed or not, for those acting for the honoree's unit; never once revoked.
  { route: "/api/honorees/[id]/certificate", path: certificate("publicId"), outcomes: certifiersOfA },
  { route: "/api/honorees/[id]/certificate", path: certificate("unpublishedId"), outcomes: certifiersOfA },
  { route: "/api/honorees/[id]/certificate", path: certificate("revokedId"), outcomes: nobody },
  { route: "/api/honorees/[id]/certificate", path: "/api/honorees/not-a-uuid/certificate", outcomes: nobody },
  {
    route: "/api/honorees/[id]/certificate",
    path: "/api/honorees/00000000-0000-4000-8000-000000000000/certificate",
    outcomes: nobody,
  },
  // A movement's batch: the honorees the caller may certify (here all of unit A), or nothing at all.
  { route: "/api/movements/[id]/certificates", path: batch(), outcomes: certifiersOfA },
  { route: "/api/movements/[id]/certificates", path: batch("?unit={unitA}"), outcomes: certifiersOfA },
  { route: "/api/movements/[id]/certificates", path: batch("?unit={unitB}"), outcomes: nobody },
  { route: "/api/movements/[id]/certificates", path: batch("?unit=not-a-uuid"), outcomes: certifiersOfA },
  {
    route: "/api/movements/[id]/certificates",
    path: (fx) => `/api/movements/${fx.nominations.movementId}/certificates`,
    outcomes: nobody,
  },
  { route: "/api/movements/[id]/certificates", path: "/api/movements/not-a-uuid/certificates", outcomes: nobody },
];

export const rosterExportsArea: MatrixArea = {
  name: "rosterExports",
  async setup(db, fx) {
    const decided = await decidedMovement(db, fx, { published: true });
    const listed = await matrixHonoree(db, fx, decided, { listedFor: "PUBLIC" });
    const unpublished = await matrixHonoree(db, fx, decided, { listedFor: null });
    const revoked = await matrixHonoree(db, fx, decided, { listedFor: "PUBLIC", revoked: true });
    return {
      movementId: decided.movement.id,
      publicId: listed.id,
      unpublishedId: unpublished.id,
      revokedId: revoked.id,
    };
  },
  pageCases: [],
  handlerCases,
  actionCases: [],
};
