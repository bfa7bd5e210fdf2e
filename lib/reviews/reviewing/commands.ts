// Use cases of a reviewer's phiếu chấm: save scores and comments (as often as they like), submit
// them once complete, declare a conflict of interest instead; an administrator may reopen a
// submitted review. Each runs in one transaction: the movement FOR SHARE (lib/reviews/locks.ts),
// then the review FOR UPDATE, then the stage check (docs/decisions/0007-review-vote-decision.md).
import { recordAudit } from "../../audit";
import { db } from "../../db";
import { conflict, FieldError, forbidden, notFoundError } from "../../errors";
import type { ReviewStatus } from "../../generated/prisma/enums";
import { can, canScoreReview, hasRole } from "../../policy";
import type { Actor } from "../../session";
import { ReviewRefusedError } from "../errors";
import { assertStage, lockReviewMovement, type Tx } from "../locks";
import type { DeclareConflictInput, SaveReviewInput, SubmitReviewInput } from "./schemas";
import { reviewingStages } from "../stage";

interface LockedReview {
  id: string;
  nominationId: string;
  reviewerId: string;
  status: ReviewStatus;
  version: number;
}

/** Locks the movement of review `reviewId` FOR SHARE, then the review FOR UPDATE; Not found when there is none. */
async function lockReview(tx: Tx, reviewId: string, today: string) {
  const head = await tx.review.findUnique({
    where: { id: reviewId },
    select: { nomination: { select: { movementId: true } } },
  });
  if (!head) throw notFoundError("review");
  const movement = await lockReviewMovement(tx, head.nomination.movementId, "share", today);
  const rows = await tx.$queryRaw<LockedReview[]>`
    SELECT id::text AS id, "nominationId"::text AS "nominationId", "reviewerId"::text AS "reviewerId", status::text AS status, version
    FROM "Review" WHERE id = ${reviewId}::uuid
    FOR UPDATE`;
  const review = rows[0];
  if (!review) throw notFoundError("review");
  return { movement, review };
}

/** The review, locked, when `actor` is its reviewer. Administrators are told no; anyone else that it does not exist. */
async function lockOwnReview(tx: Tx, actor: Actor | null, reviewId: string, today: string) {
  if (!actor) throw forbidden();
  const locked = await lockReview(tx, reviewId, today);
  if (!canScoreReview(actor, locked.review)) throw hasRole(actor, "ADMIN") ? forbidden() : notFoundError("review");
  assertStage(locked.movement, reviewingStages);
  return locked;
}

function assertNotSubmitted(review: LockedReview): void {
  if (review.status === "SUBMITTED") throw new ReviewRefusedError("reviewSubmitted");
}

/** Two decimals as a number (the column is numeric(6,2)): "7.5" → 7.5. */
const scoreValue = (text: string) => Number(text);

/**
 * Saves the reviewer's scores and comments as the form shows them (every score optional while
 * saving): replaces the review's scores, moves ASSIGNED to IN_PROGRESS. A score outside 0…the
 * criterion's maximum is refused at its field; a stale `version` is a conflict.
 */
export async function saveReview(options: {
  actor: Actor | null;
  input: SaveReviewInput;
  today: string;
}): Promise<{ version: number }> {
  const { input } = options;
  return db().$transaction(async (tx) => {
    const { movement, review } = await lockOwnReview(tx, options.actor, input.reviewId, options.today);
    assertNotSubmitted(review);
    if (review.version !== input.version) throw conflict("review changed since it was read");
    const criteria = new Map(
      (await tx.criterion.findMany({ where: { movementId: movement.id }, select: { id: true, maxScore: true } })).map(
        (c) => [c.id, c.maxScore],
      ),
    );
    const rows: { criterionId: string; score: number; comment: string | null }[] = [];
    for (const [criterionId, entry] of Object.entries(input.scores)) {
      const max = criteria.get(criterionId);
      // Another movement's criterion, or a forged field name.
      if (max === undefined) throw new FieldError(`scores.${criterionId}.score`, "invalid");
      if (entry.score === "") {
        if (entry.comment) throw new FieldError(`scores.${criterionId}.score`, "scoreNeededForComment");
        continue;
      }
      const score = scoreValue(entry.score);
      if (!(score >= 0 && score <= max)) throw new FieldError(`scores.${criterionId}.score`, "scoreOutOfRange");
      rows.push({ criterionId, score, comment: entry.comment || null });
    }
    const { count } = await tx.review.updateMany({
      where: { id: review.id, version: input.version },
      data: { status: "IN_PROGRESS", overallComment: input.overallComment || null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await tx.reviewScore.deleteMany({ where: { reviewId: review.id } });
    await tx.reviewScore.createMany({ data: rows.map((row) => ({ ...row, reviewId: review.id })) });
    return { version: input.version + 1 };
  });
}

/** Criteria of the review's movement that it has no score for, counted in SQL. */
async function missingScores(tx: Tx, reviewId: string, movementId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ missing: number }[]>`
    SELECT count(*)::int AS missing
    FROM "Criterion" c
    WHERE c."movementId" = ${movementId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "ReviewScore" s WHERE s."reviewId" = ${reviewId}::uuid AND s."criterionId" = c.id)`;
  return rows[0]?.missing ?? 0;
}

/** The review's weighted total (Σ weight × score / max, 0–100, two decimals), computed in SQL. */
async function weightedTotal(tx: Tx, reviewId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ total: string | null }[]>`
    SELECT round(sum(c.weight * s.score / c."maxScore"), 2)::text AS total
    FROM "ReviewScore" s JOIN "Criterion" c ON c.id = s."criterionId"
    WHERE s."reviewId" = ${reviewId}::uuid`;
  return Number(rows[0]?.total ?? 0);
}

/**
 * Submits the review as saved at `version`: every criterion must be scored. A submitted review
 * is read-only; submitting it again is refused (reviewSubmitted) and records nothing.
 */
export async function submitReview(options: {
  actor: Actor | null;
  input: SubmitReviewInput;
  today: string;
}): Promise<{ version: number }> {
  const { input } = options;
  return db().$transaction(async (tx) => {
    const { movement, review } = await lockOwnReview(tx, options.actor, input.reviewId, options.today);
    assertNotSubmitted(review);
    if (review.version !== input.version) throw conflict("review changed since it was read");
    const missing = await missingScores(tx, review.id, movement.id);
    if (missing > 0) throw new ReviewRefusedError("scoresMissing", { count: String(missing) });
    await tx.review.update({
      where: { id: review.id },
      data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(
      {
        actorId: options.actor!.id,
        action: "review.submitted",
        objectType: "Nomination",
        objectId: review.nominationId,
        after: { reviewId: review.id, reviewerId: review.reviewerId, total: await weightedTotal(tx, review.id) },
      },
      tx,
    );
    return { version: input.version + 1 };
  });
}

/** An administrator reopens a submitted review so its reviewer can change it (while the movement is under review). */
export async function reopenReview(options: { actor: Actor | null; reviewId: string; today: string }): Promise<void> {
  const { actor } = options;
  if (!can(actor, "movement.manage")) throw forbidden();
  await db().$transaction(async (tx) => {
    const { movement, review } = await lockReview(tx, options.reviewId, options.today);
    assertStage(movement, reviewingStages);
    if (review.status !== "SUBMITTED") throw new ReviewRefusedError("reviewNotSubmitted");
    await tx.review.update({
      where: { id: review.id },
      data: { status: "IN_PROGRESS", submittedAt: null, version: { increment: 1 } },
    });
    await recordAudit(
      {
        actorId: actor!.id,
        action: "review.reopened",
        objectType: "Nomination",
        objectId: review.nominationId,
        after: { reviewId: review.id, reviewerId: review.reviewerId },
      },
      tx,
    );
  });
}

/**
 * The reviewer declares a conflict of interest before submitting: the assignment and its
 * scores are deleted and a recusal recorded, so it is never assigned to them again.
 */
export async function declareConflict(options: {
  actor: Actor | null;
  input: DeclareConflictInput;
  today: string;
}): Promise<void> {
  const { input } = options;
  await db().$transaction(async (tx) => {
    const { review } = await lockOwnReview(tx, options.actor, input.reviewId, options.today);
    assertNotSubmitted(review);
    await tx.review.delete({ where: { id: review.id } });
    await tx.reviewRecusal.create({
      data: { nominationId: review.nominationId, reviewerId: review.reviewerId, reason: input.reason },
    });
    await recordAudit(
      {
        actorId: options.actor!.id,
        action: "review.conflict_declared",
        objectType: "Nomination",
        objectId: review.nominationId,
        after: { reviewId: review.id, reviewerId: review.reviewerId, reason: input.reason },
      },
      tx,
    );
  });
}
