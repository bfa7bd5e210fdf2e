// Matrix rows of the dashboard area (issue 7): the dashboard page and its export. Administrators
// and officers see it (officers, the movements covering their units); anyone else is told it does
// not exist. Fixtures: a movement of P with a dossier of A and one covering only unit A (unit
// B's officer does not see it).
import type { HandlerCase, PageCase } from "../expectations";
import { everyone, status } from "../outcomes";
import type { MatrixRole } from "../fixtures";
import { areaIds, type MatrixArea } from "./area";
import { createMovement, matrixMovement, nominationOfA, unique } from "./world";

const ids = (fx: Parameters<PageCase["path"]>[0]) => areaIds(fx, "dashboard");

/** Administrators and every officer (the movement covers all their units or lies within them). */
const pageForAll: Record<MatrixRole, "ok" | "signin" | "notfound"> = {
  ...everyone("notfound"),
  anonymous: "signin",
  officerA: "ok",
  officerB: "ok",
  officerParent: "ok",
  admin: "ok",
};
/** A movement covering only unit A: B's officer is told it does not exist. */
const pageForA = { ...pageForAll, officerB: "notfound" } as const;
const fileForAll: Record<MatrixRole, number> = {
  ...status(404),
  anonymous: 401,
  officerA: 200,
  officerB: 200,
  officerParent: 200,
  admin: 200,
};

const pageCases: PageCase[] = [
  { route: "/dashboard", label: "dashboard (the newest movement)", path: () => "/dashboard", outcomes: pageForAll },
  {
    route: "/dashboard",
    label: "dashboard of a movement of P",
    path: (fx) => `/dashboard?movement=${ids(fx).movementOfP}`,
    outcomes: pageForAll,
  },
  {
    route: "/dashboard",
    label: "dashboard of a movement covering only unit A",
    path: (fx) => `/dashboard?movement=${ids(fx).movementOfA}`,
    secret: (fx) => ids(fx).movementOfAName!,
    outcomes: pageForA,
  },
  {
    route: "/dashboard",
    label: "dashboard of a draft movement",
    path: (fx) => `/dashboard?movement=${fx.movements.draft.id}`,
    secret: (fx) => fx.movements.draft.name,
    outcomes: { ...everyone("notfound"), anonymous: "signin" },
  },
  // A malformed id is ignored: the newest movement is shown.
  {
    route: "/dashboard",
    label: "dashboard with a malformed movement id",
    path: () => "/dashboard?movement=not-a-uuid",
    outcomes: pageForAll,
  },
];

const handlerCases: HandlerCase[] = [
  {
    route: "/api/dashboard/export",
    path: (fx) => `/api/dashboard/export?movement=${ids(fx).movementOfP}&format=xlsx`,
    outcomes: fileForAll,
  },
  {
    route: "/api/dashboard/export",
    path: (fx) => `/api/dashboard/export?movement=${ids(fx).movementOfP}&format=csv&table=unit`,
    outcomes: fileForAll,
  },
  {
    route: "/api/dashboard/export",
    path: (fx) => `/api/dashboard/export?movement=${ids(fx).movementOfA}&format=csv&table=years`,
    outcomes: { ...fileForAll, officerB: 404 },
  },
  {
    route: "/api/dashboard/export",
    path: (fx) => `/api/dashboard/export?movement=${fx.movements.draft.id}&format=xlsx`,
    outcomes: { ...status(404), anonymous: 401 },
  },
  {
    route: "/api/dashboard/export",
    path: "/api/dashboard/export?movement=not-a-uuid&format=xlsx",
    outcomes: { ...status(404), anonymous: 401 },
  },
  // An unknown format, or a CSV without its table: refused as a bad request to those who may export.
  {
    route: "/api/dashboard/export",
    path: (fx) => `/api/dashboard/export?movement=${ids(fx).movementOfP}&format=pdf`,
    outcomes: { ...status(404), anonymous: 401, officerA: 400, officerB: 400, officerParent: 400, admin: 400 },
  },
  {
    route: "/api/dashboard/export",
    path: (fx) => `/api/dashboard/export?movement=${ids(fx).movementOfP}&format=csv`,
    outcomes: { ...status(404), anonymous: 401, officerA: 400, officerB: 400, officerParent: 400, admin: 400 },
  },
];

export const dashboardArea: MatrixArea = {
  name: "dashboard",
  async setup(db, fx) {
    const run = unique();
    const movementOfP = await matrixMovement(db, fx, {
      code: `MX-dash-${run}`,
      name: `Phong trào ma trận thống kê ${run}`,
      description: "Phong trào dùng cho kiểm thử phân quyền thống kê.",
      status: "OPEN",
      seated: false,
    });
    await nominationOfA(db, fx, movementOfP, `Nguyễn Văn Thống Kê ${run}`, "SUBMITTED");
    const movementOfA = await createMovement(db, {
      code: `MX-dash-a-${run}`,
      name: `Phong trào riêng đơn vị A ${run}`,
      description: "Phong trào chỉ gồm đơn vị A.",
      status: "OPEN",
      unitId: fx.units.a.id,
      council: [],
    });
    return { movementOfP: movementOfP.id, movementOfA: movementOfA.id, movementOfAName: movementOfA.name };
  },
  pageCases,
  handlerCases,
  actionCases: [],
};
