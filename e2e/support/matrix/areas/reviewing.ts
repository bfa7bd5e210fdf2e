// Matrix rows of the reviewing area (issue 6): the reviewer's queue, the scoring page, the
// scoring actions, and the evidence of a dossier assigned to the matrix reviewer.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { ProbeContext } from "../action-cases";
import { storedEvidence } from "../file-fixtures";
import type { MatrixFixtures } from "../fixtures";
import { everyone, idle } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { completeDossierOfA, matrixMovement, unique } from "./world";

/** A movement of P under review (status REVIEW, one criterion out of 10), its council holding the matrix reviewer. */
async function reviewMovement(db: PrismaClient, fx: MatrixFixtures, run: string) {
  const movement = await matrixMovement(db, fx, {
    code: `MX-rev-${run}`,
    name: `Phong trào ma trận chấm điểm ${run}`,
    description: "Phong trào dùng cho kiểm thử phân quyền chấm điểm.",
    status: "REVIEW",
  });
  return { movementId: movement.id, titleId: movement.titleId, criterionId: movement.criterionId };
}

/** A fresh submitted dossier of unit A in the area's movement, assigned to the matrix reviewer (optionally already scored and submitted). */
async function assignedReview(db: PrismaClient, fx: MatrixFixtures, options: { submitted?: boolean } = {}) {
  const ids = areaIds(fx, "reviewing");
  const dossier = await completeDossierOfA(
    db,
    fx,
    { id: ids.movementId!, titleId: ids.titleId!, criterionId: ids.criterionId! },
    "IN_REVIEW",
  );
  return db.review.create({
    data: {
      nominationId: dossier.id,
      reviewerId: fx.userIds.reviewer,
      ...(options.submitted
        ? {
            status: "SUBMITTED",
            submittedAt: new Date(),
            scores: { create: [{ criterionId: ids.criterionId!, score: 8 }] },
          }
        : {}),
    },
  });
}

const reviewStatus = async (db: PrismaClient, id: string) =>
  (await db.review.findUnique({ where: { id }, select: { status: true } }))?.status ?? null;

async function freshReview({ fx, db }: ProbeContext, options: { submitted?: boolean } = {}) {
  return assignedReview(db, fx, options);
}

export const reviewingArea: MatrixArea = {
  name: "reviewing",
  async setup(db, fx) {
    const run = unique();
    const base = await reviewMovement(db, fx, run);
    fx.areas.reviewing = base;
    const review = await assignedReview(db, fx);
    const file = await storedEvidence(db, review.nominationId, fx.userIds.officerA);
    const nomination = await db.nomination.findUniqueOrThrow({
      where: { id: review.nominationId },
      select: { nomineeName: true },
    });
    return { ...base, reviewId: review.id, nomineeName: nomination.nomineeName, fileId: file.id };
  },
  pageCases: [
    {
      route: "/reviews",
      label: "the reviewer's queue",
      path: () => "/reviews",
      secret: (fx) => areaIds(fx, "reviewing").nomineeName!,
      outcomes: { ...everyone("notfound"), anonymous: "signin", reviewer: "ok" },
    },
    {
      route: "/reviews/[reviewId]",
      label: "the matrix reviewer's own assignment",
      path: (fx) => `/reviews/${areaIds(fx, "reviewing").reviewId}`,
      secret: (fx) => areaIds(fx, "reviewing").nomineeName!,
      outcomes: { ...everyone("notfound"), anonymous: "signin", reviewer: "ok", admin: "ok" },
    },
    {
      route: "/reviews/[reviewId]",
      label: "a review with a malformed id",
      path: () => "/reviews/123",
      outcomes: { ...everyone("notfound"), anonymous: "signin" },
    },
  ],
  handlerCases: [
    // Evidence of a dossier assigned to the matrix reviewer: they may read it, as its officers and administrators may.
    {
      route: "/api/files/[fileId]",
      path: (fx) => `/api/files/${areaIds(fx, "reviewing").fileId}?inline=1`,
      outcomes: {
        anonymous: 404,
        staff: 404,
        officerA: 200,
        officerB: 404,
        officerParent: 200,
        reviewer: 200,
        admin: 200,
      },
    },
  ],
  actionCases: [
    {
      key: "app/reviews/actions.ts#saveReviewAction",
      allowed: ["reviewer"],
      async probe(context) {
        const review = await freshReview(context);
        const criterionId = areaIds(context.fx, "reviewing").criterionId!;
        return {
          args: [
            idle,
            formData({
              reviewId: review.id,
              version: "1",
              [`scores.${criterionId}.score`]: "7",
              [`scores.${criterionId}.comment`]: "",
              overallComment: "",
            }),
          ],
          tookEffect: async () => (await reviewStatus(context.db, review.id)) === "IN_PROGRESS",
        };
      },
    },
    {
      key: "app/reviews/actions.ts#submitReviewAction",
      allowed: ["reviewer"],
      async probe(context) {
        const review = await freshReview(context);
        const criterionId = areaIds(context.fx, "reviewing").criterionId!;
        return {
          args: [
            idle,
            formData({
              reviewId: review.id,
              version: "1",
              [`scores.${criterionId}.score`]: "9",
              [`scores.${criterionId}.comment`]: "",
              overallComment: "",
            }),
          ],
          tookEffect: async () => (await reviewStatus(context.db, review.id)) !== "ASSIGNED",
        };
      },
    },
    {
      key: "app/reviews/actions.ts#reopenReviewAction",
      allowed: ["admin"],
      async probe(context) {
        const review = await freshReview(context, { submitted: true });
        return {
          args: [idle, formData({ reviewId: review.id })],
          tookEffect: async () => (await reviewStatus(context.db, review.id)) === "IN_PROGRESS",
        };
      },
    },
    {
      key: "app/reviews/actions.ts#declareConflictAction",
      allowed: ["reviewer"],
      async probe(context) {
        const review = await freshReview(context);
        return {
          args: [idle, formData({ reviewId: review.id, reason: "Người thân trong gia đình" })],
          tookEffect: async () => (await reviewStatus(context.db, review.id)) === null,
        };
      },
    },
  ],
};
