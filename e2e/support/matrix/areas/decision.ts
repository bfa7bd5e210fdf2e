// Matrix rows of the decision area (issue 6): the council minutes (PDF) and the decision's
// server actions. Fixtures: a movement of P whose posting is over and whose vote is closed,
// with the matrix reviewer on its council and an APPROVED dossier of unit A.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { ActionCase, ProbeContext } from "../action-cases";
import type { HandlerCase } from "../expectations";
import type { MatrixFixtures } from "../fixtures";
import { idle, status } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { closedVote, completeDossierOfA, dayFromToday, matrixMovement, postShortlist, unique } from "./world";

/** A calendar day `offset` days from today (YYYY-MM-DD, UTC). */
const isoDay = (offset: number): string => dayFromToday(offset).toISOString().slice(0, 10);

/** A movement of P in DECISION: posting over, vote closed two days ago, one APPROVED dossier of A; optionally decided. */
async function closedVoteMovement(db: PrismaClient, fx: MatrixFixtures, options: { decided?: boolean } = {}) {
  const code = `MXD-${unique()}`.toUpperCase();
  const movement = await matrixMovement(db, fx, {
    code,
    name: `Phong trào ma trận quyết định ${code}`,
    description: "Phong trào dùng cho kiểm thử phân quyền quyết định khen thưởng.",
    status: "DECISION",
    approvalThresholdPercent: 50,
  });
  const dossier = await completeDossierOfA(db, fx, movement, "APPROVED");
  await postShortlist(db, {
    movementId: movement.id,
    postedById: fx.userIds.admin,
    daysAgo: 60,
    workingDays: 10,
    audience: "STAFF",
  });
  await closedVote(db, {
    movementId: movement.id,
    nominationId: dossier.id,
    memberId: fx.userIds.reviewer,
    adminId: fx.userIds.admin,
    openedAt: new Date(Date.now() - 5 * 86_400_000),
    closedAt: new Date(Date.now() - 2 * 86_400_000),
  });
  const decision = options.decided
    ? await db.decision.create({
        data: {
          movementId: movement.id,
          number: `1/QĐ-${code}`,
          issuedOn: dayFromToday(-1),
          signerName: "Nguyễn Văn Bình",
          issuingAuthority: "Ban Thường vụ",
          recordedById: fx.userIds.admin,
        },
      })
    : null;
  return { movement, decision };
}

/** Who may record or correct a decision: administrators only. */
const administrators = ["admin"] as const;

const decisionFields = {
  issuedOn: isoDay(-1),
  signerName: "Nguyễn Văn Bình",
  issuingAuthority: "Ban Thường vụ Công đoàn",
};

const handlerCases: HandlerCase[] = [
  // The minutes: administrators and the movement's council members (the matrix reviewer sits on it).
  {
    route: "/api/movements/[id]/minutes",
    path: (fx) => `/api/movements/${areaIds(fx, "decision").closedVoteMovementId}/minutes`,
    outcomes: { ...status(404), anonymous: 401, reviewer: 200, admin: 200 },
  },
  // Before the vote closes there are no minutes, even for administrators.
  {
    route: "/api/movements/[id]/minutes",
    path: (fx) => `/api/movements/${fx.nominations.movementId}/minutes`,
    outcomes: { ...status(404), anonymous: 401 },
  },
  {
    route: "/api/movements/[id]/minutes",
    path: "/api/movements/not-a-uuid/minutes",
    outcomes: { ...status(404), anonymous: 401 },
  },
];

const actionCases: ActionCase[] = [
  {
    key: "app/admin/movements/[id]/vote/decision-actions.ts#recordDecisionAction",
    allowed: administrators,
    async probe({ fx, db }: ProbeContext) {
      const { movement } = await closedVoteMovement(db, fx);
      return {
        args: [idle, formData({ movementId: movement.id, number: `2/QĐ-${unique()}`, ...decisionFields })],
        tookEffect: async () => (await db.decision.count({ where: { movementId: movement.id } })) === 1,
      };
    },
  },
  {
    key: "app/admin/movements/[id]/vote/decision-actions.ts#correctDecisionAction",
    allowed: administrators,
    async probe({ fx, db }: ProbeContext) {
      const { movement, decision } = await closedVoteMovement(db, fx, { decided: true });
      const signerName = `Người ký đính chính ${unique()}`;
      return {
        args: [
          idle,
          formData({
            movementId: movement.id,
            decisionId: decision!.id,
            version: "1",
            number: decision!.number,
            ...decisionFields,
            signerName,
            reason: "Sai tên người ký trên quyết định.",
          }),
        ],
        tookEffect: async () =>
          (await db.decision.findUniqueOrThrow({ where: { id: decision!.id } })).signerName === signerName,
      };
    },
  },
];

export const decisionArea: MatrixArea = {
  name: "decision",
  async setup(db, fx) {
    const { movement } = await closedVoteMovement(db, fx);
    return { closedVoteMovementId: movement.id };
  },
  pageCases: [],
  handlerCases,
  actionCases,
};
