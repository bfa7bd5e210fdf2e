// Matrix rows of the JSON submission route (issue 8): POST /api/nominations/<id>/submit does
// what the dossier page's Submit does, for the same people. Officers of unit A (A's, the
// parent's) submit A's dossiers; administrators read dossiers but do not submit them (403);
// anyone else is told the dossier does not exist. Each call gets a fresh dossier of A.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { HandlerCase } from "../expectations";
import type { MatrixFixtures, MatrixRole } from "../fixtures";
import { dossierOfA } from "../nomination-fixtures";
import { status } from "../outcomes";
import type { MatrixArea, RequestCase } from "./area";

const route = "/api/nominations/[id]/submit";
const editors = ["officerA", "officerParent"] as const;

/** Outcomes once the request gets past sign-in and parsing: the editors' status, and who else is refused how. */
const forEditors = (code: number): Record<MatrixRole, number> => ({
  anonymous: 401,
  staff: 404,
  officerA: code,
  officerB: 404,
  officerParent: code,
  reviewer: 404,
  admin: 403,
});

async function freshDraft(db: PrismaClient, fx: MatrixFixtures, options: { citation?: string } = {}) {
  const dossier = await dossierOfA(
    db,
    {
      ...fx.nominations,
      run: "",
      parentId: fx.units.parent.id,
      unitAId: fx.units.a.id,
      officerAId: fx.userIds.officerA,
    },
    "DRAFT",
  );
  if (options.citation !== undefined)
    await db.nomination.update({ where: { id: dossier.id }, data: { citation: options.citation } });
  const submitted = async () => (await db.nominationVersion.count({ where: { nominationId: dossier.id } })) > 0;
  return { ...dossier, submitted };
}

const requestCases: RequestCase[] = [
  {
    route,
    label: "submit a complete draft of unit A at its version",
    method: "POST",
    outcomes: forEditors(200),
    allowed: editors,
    async probe({ fx, db }) {
      const draft = await freshDraft(db, fx);
      return {
        path: `/api/nominations/${draft.id}/submit`,
        data: { version: draft.version },
        tookEffect: draft.submitted,
      };
    },
  },
  {
    route,
    label: "submit a draft of unit A at an older version (someone saved since)",
    method: "POST",
    outcomes: forEditors(409),
    allowed: [],
    async probe({ fx, db }) {
      const draft = await freshDraft(db, fx);
      await db.nomination.update({ where: { id: draft.id }, data: { version: 2 } });
      return { path: `/api/nominations/${draft.id}/submit`, data: { version: 1 }, tookEffect: draft.submitted };
    },
  },
  {
    route,
    label: "submit an incomplete draft of unit A (no citation)",
    method: "POST",
    outcomes: forEditors(422),
    allowed: [],
    async probe({ fx, db }) {
      const draft = await freshDraft(db, fx, { citation: "" });
      return {
        path: `/api/nominations/${draft.id}/submit`,
        data: { version: draft.version },
        tookEffect: draft.submitted,
      };
    },
  },
  {
    route,
    label: "submit without a version",
    method: "POST",
    // Refused before the dossier is looked at, so it tells nobody whether it exists.
    outcomes: { ...status(400), anonymous: 401 },
    allowed: [],
    async probe({ fx, db }) {
      const draft = await freshDraft(db, fx);
      return { path: `/api/nominations/${draft.id}/submit`, data: { version: "latest" }, tookEffect: draft.submitted };
    },
  },
  {
    route,
    label: "submit a dossier with a malformed id",
    method: "POST",
    outcomes: { ...status(404), anonymous: 401 },
    allowed: [],
    async probe() {
      return { path: "/api/nominations/not-a-uuid/submit", data: { version: 1 }, tookEffect: async () => false };
    },
  },
];

// Submitting is a POST only.
const handlerCases: HandlerCase[] = [
  { route, path: (fx) => `/api/nominations/${fx.nominations.draftOfA.id}/submit`, outcomes: status(405) },
];

export const nominationSubmitArea: MatrixArea = {
  name: "nominationSubmit",
  setup: async () => ({}),
  pageCases: [],
  handlerCases,
  actionCases: [],
  requestCases,
};
