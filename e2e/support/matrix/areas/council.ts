// Matrix rows of the council area (issue 6): the administrators' council page and its server
// actions. Each movement here is organized by P and under REVIEW, with a submitted dossier of
// unit A; the matrix reviewer (on the root unit, so without conflict) sits on its council unless
// a probe needs them off it. Every probe makes its own movement, so one role's allowed change
// cannot hide another's.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { ProbeContext } from "../action-cases";
import type { MatrixFixtures } from "../fixtures";
import { adminOnly, everyone, idle } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { matrixMovement, nominationOfA, unique } from "./world";

/** A movement of P under REVIEW with one submitted dossier of unit A; the matrix reviewer on its council when `seated`. */
async function reviewMovement(db: PrismaClient, fx: MatrixFixtures, options: { seated: boolean }) {
  const code = `MXC-${unique()}`.toUpperCase();
  const movement = await matrixMovement(db, fx, {
    code,
    name: `Phong trào hội đồng ma trận ${code}`,
    description: "Phong trào dùng cho kiểm thử phân quyền hội đồng và phân công chấm.",
    status: "REVIEW",
    seated: options.seated,
  });
  const nomineeName = `Ứng viên hội đồng ${code}`;
  const nomination = await nominationOfA(db, fx, movement, nomineeName, "SUBMITTED");
  return { movementId: movement.id, nominationId: nomination.id, nomineeName };
}

const councilId = (fx: MatrixFixtures, key: string): string => areaIds(fx, "council")[key]!;

export const councilArea: MatrixArea = {
  name: "council",
  async setup(db, fx) {
    const reviewing = await reviewMovement(db, fx, { seated: true });
    return { reviewMovementId: reviewing.movementId, reviewNomineeName: reviewing.nomineeName };
  },
  pageCases: [
    {
      route: "/admin/movements/[id]/council",
      label: "council of a movement under review",
      path: (fx) => `/admin/movements/${councilId(fx, "reviewMovementId")}/council`,
      secret: (fx) => councilId(fx, "reviewNomineeName"),
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/council",
      label: "council of a draft movement",
      path: (fx) => `/admin/movements/${fx.movements.draft.id}/council`,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/council",
      label: "council with a malformed movement id",
      path: () => "/admin/movements/not-a-uuid/council",
      outcomes: { ...everyone("notfound"), anonymous: "signin" },
    },
  ],
  handlerCases: [],
  actionCases: [
    {
      key: "app/admin/movements/[id]/council/actions.ts#addCouncilMemberAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { movementId } = await reviewMovement(db, fx, { seated: false });
        return {
          args: [idle, formData({ movementId, userId: fx.userIds.reviewer })],
          tookEffect: async () => (await db.councilMember.count({ where: { movementId } })) === 1,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/council/actions.ts#removeCouncilMemberAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { movementId } = await reviewMovement(db, fx, { seated: true });
        return {
          args: [idle, formData({ movementId, userId: fx.userIds.reviewer })],
          tookEffect: async () => (await db.councilMember.count({ where: { movementId } })) === 0,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/council/actions.ts#updateReviewSettingsAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { movementId } = await reviewMovement(db, fx, { seated: true });
        return {
          args: [idle, formData({ movementId, version: "1", reviewersPerNomination: "7", disagreementPoints: "25" })],
          tookEffect: async () =>
            (await db.movement.findUniqueOrThrow({ where: { id: movementId } })).reviewersPerNomination === 7,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/council/actions.ts#autoAssignAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { movementId, nominationId } = await reviewMovement(db, fx, { seated: true });
        return {
          args: [idle, formData({ movementId })],
          tookEffect: async () => (await db.review.count({ where: { nominationId } })) === 1,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/council/actions.ts#assignReviewerAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { nominationId } = await reviewMovement(db, fx, { seated: true });
        return {
          args: [idle, formData({ nominationId, reviewerId: fx.userIds.reviewer })],
          tookEffect: async () => (await db.review.count({ where: { nominationId } })) === 1,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/council/actions.ts#unassignReviewAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { nominationId } = await reviewMovement(db, fx, { seated: true });
        const review = await db.review.create({ data: { nominationId, reviewerId: fx.userIds.reviewer } });
        return {
          args: [idle, formData({ reviewId: review.id })],
          tookEffect: async () => (await db.review.count({ where: { id: review.id } })) === 0,
        };
      },
    },
  ],
};
