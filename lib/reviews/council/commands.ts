// Use cases of the council (hội đồng) and of review assignments, for administrators: seat and
// unseat members, set the review settings, assign reviewers automatically or by hand, take an
// assignment back. Each checks the policy, runs in one transaction with its audit events, locks
// the movement (FOR UPDATE for what concerns the whole council, FOR SHARE for one nomination)
// and asks the stage (lib/reviews/stage.ts) before anything else.
import { recordAudit, recordAudits } from "../../audit";
import { notifyAll } from "../../notifications/notifications";
import { db } from "../../db";
import { conflict, forbidden, notFoundError } from "../../errors";
import { lockNomination } from "../../nominations/locks";
import { can } from "../../policy";
import { isPrismaError } from "../../prisma-errors";
import type { Actor } from "../../session";
import { planAssignments } from "./assignment";
import { reviewerConflict } from "./conflicts";
import { ReviewRefusedError } from "../errors";
import { assertStage, lockReviewMovement, type Tx } from "../locks";
import { councilEditableStages, reviewingStages } from "../stage";

/** Nomination statuses that take (more) reviewers. */
const assignableStatuses = ["SUBMITTED", "IN_REVIEW"] as const;

function requireAdmin(actor: Actor | null): asserts actor is Actor {
  if (!can(actor, "movement.manage")) throw forbidden();
}

/** Seats an active user holding the REVIEWER role on the movement's council. */
export async function addCouncilMember(options: {
  actor: Actor | null;
  movementId: string;
  userId: string;
  today: string;
}): Promise<void> {
  const { actor, movementId, userId, today } = options;
  requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, movementId, "update", today);
    assertStage(movement, councilEditableStages);
    const user = await tx.user.findFirst({
      where: { id: userId, isActive: true, roles: { some: { role: "REVIEWER" } } },
      select: { id: true, fullName: true },
    });
    if (!user) throw new ReviewRefusedError("notAReviewer");
    if (
      await tx.councilMember.findUnique({ where: { movementId_userId: { movementId, userId } }, select: { id: true } })
    ) {
      throw new ReviewRefusedError("alreadyCouncilMember", { name: user.fullName });
    }
    await tx.councilMember.create({ data: { movementId, userId, addedById: actor.id } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "council.member_added",
        objectType: "Movement",
        objectId: movementId,
        after: { userId, name: user.fullName },
      },
      tx,
    );
  });
}

/** Unseats a member who has submitted no review in the movement; their open assignments go with them. */
export async function removeCouncilMember(options: {
  actor: Actor | null;
  movementId: string;
  userId: string;
  today: string;
}): Promise<{ unassigned: number }> {
  const { actor, movementId, userId, today } = options;
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, movementId, "update", today);
    assertStage(movement, councilEditableStages);
    const member = await tx.councilMember.findUnique({
      where: { movementId_userId: { movementId, userId } },
      select: { id: true, user: { select: { fullName: true } } },
    });
    if (!member) throw notFoundError("council member");
    const reviews = await tx.review.findMany({
      where: { reviewerId: userId, nomination: { movementId } },
      select: { id: true, nominationId: true, status: true },
    });
    const submitted = reviews.filter((review) => review.status === "SUBMITTED").length;
    if (submitted > 0)
      throw new ReviewRefusedError("memberHasSubmittedReviews", {
        name: member.user.fullName,
        count: String(submitted),
      });
    await tx.review.deleteMany({ where: { id: { in: reviews.map((review) => review.id) } } });
    await tx.councilMember.delete({ where: { id: member.id } });
    await recordAudits(
      reviews.map((review) => ({
        actorId: actor.id,
        action: "review.unassigned",
        objectType: "Nomination",
        objectId: review.nominationId,
        before: { reviewerId: userId, status: review.status },
      })),
      tx,
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "council.member_removed",
        objectType: "Movement",
        objectId: movementId,
        before: { userId, name: member.user.fullName },
        after: { unassigned: reviews.length },
      },
      tx,
    );
    return { unassigned: reviews.length };
  });
}

export interface ReviewSettings {
  reviewersPerNomination: number;
  disagreementPoints: number;
  calibrateScores: boolean;
}

/** Changes the review settings of a movement read at `version` (Conflict when someone changed it since). */
export async function updateReviewSettings(options: {
  actor: Actor | null;
  movementId: string;
  version: number;
  settings: ReviewSettings;
  today: string;
}): Promise<void> {
  const { actor, movementId, version, settings, today } = options;
  requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, movementId, "update", today);
    assertStage(movement, councilEditableStages);
    const { count } = await tx.movement.updateMany({
      where: { id: movementId, version },
      data: { ...settings, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("movement changed since it was read");
    const before: ReviewSettings = {
      reviewersPerNomination: movement.reviewersPerNomination,
      disagreementPoints: movement.disagreementPoints,
      calibrateScores: movement.calibrateScores,
    };
    await recordAudit(
      {
        actorId: actor.id,
        action: "review.settings_updated",
        objectType: "Movement",
        objectId: movementId,
        before: { ...before },
        after: { ...settings },
      },
      tx,
    );
  });
}

export interface AutoAssignResult {
  assigned: number;
  shortfalls: { nominationId: string; nomineeName: string; missing: number }[];
}

/** Gives every nomination under review up to the movement's number of reviewers, load-balanced and free of conflicts. */
export async function autoAssign(options: {
  actor: Actor | null;
  movementId: string;
  today: string;
}): Promise<AutoAssignResult> {
  const { actor, movementId, today } = options;
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, movementId, "update", today);
    assertStage(movement, reviewingStages);
    // One after the other: a transaction's connection runs one query at a time (pg warns on concurrent ones).
    const members = await councilForPlan(tx, movementId);
    const nominations = await nominationsForPlan(tx, movementId);
    const plan = planAssignments({
      nominations,
      members,
      perNomination: movement.reviewersPerNomination,
      organizingPath: movement.organizingPath,
    });
    const names = new Map(nominations.map((nomination) => [nomination.id, nomination.nomineeName]));
    const shortfalls = plan.shortfalls.map((shortfall) => ({
      ...shortfall,
      nomineeName: names.get(shortfall.nominationId) ?? "",
    }));
    if (plan.assignments.length > 0) {
      await tx.review.createMany({ data: plan.assignments.map((a) => ({ ...a, assignedById: actor.id })) });
      await startReview(tx, [...new Set(plan.assignments.map((a) => a.nominationId))]);
      await recordAudits(
        plan.assignments.map((a) => ({
          actorId: actor.id,
          action: "review.assigned",
          objectType: "Nomination",
          objectId: a.nominationId,
          after: { reviewerId: a.reviewerId, automatic: true },
        })),
        tx,
      );
      const perReviewer = new Map<string, number>();
      for (const a of plan.assignments) perReviewer.set(a.reviewerId, (perReviewer.get(a.reviewerId) ?? 0) + 1);
      await notifyAll(
        tx,
        [...perReviewer].map(([userId, count]) => ({
          userId,
          kind: "REVIEWS_ASSIGNED" as const,
          params: { movement: movement.name, count: String(count) },
        })),
      );
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: "review.auto_assigned",
        objectType: "Movement",
        objectId: movementId,
        after: {
          assigned: plan.assignments.length,
          shortfalls: plan.shortfalls.length,
          nominations: nominations.length,
        },
      },
      tx,
    );
    return { assigned: plan.assignments.length, shortfalls };
  });
}

/** Assigns one council member to one nomination by hand, with the same rules as the automatic assignment. */
export async function assignReviewer(options: {
  actor: Actor | null;
  nominationId: string;
  reviewerId: string;
  today: string;
}): Promise<{ reviewId: string }> {
  const { actor, nominationId, reviewerId, today } = options;
  requireAdmin(actor);
  const movementId = await movementOf(nominationId);
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, movementId, "share", today);
    const nomination = await lockNomination(tx, nominationId);
    if (!nomination || nomination.movementId !== movementId) throw notFoundError("nomination");
    assertStage(movement, reviewingStages);
    if (!(assignableStatuses as readonly string[]).includes(nomination.status))
      throw new ReviewRefusedError("notAssignable", { status: nomination.status });
    // Still at a level of its route (decision 0012): not the council's yet.
    if (nomination.levelUnitId) throw new ReviewRefusedError("notAssignable", { status: nomination.status });
    const member = await tx.councilMember.findUnique({
      where: { movementId_userId: { movementId, userId: reviewerId } },
      select: { user: { select: { fullName: true, isActive: true } } },
    });
    if (!member || !member.user.isActive) throw new ReviewRefusedError("notCouncilMember");
    const roles = await tx.roleAssignment.findMany({
      where: { userId: reviewerId },
      select: { unit: { select: { path: true } } },
    });
    const kind = reviewerConflict(
      { id: reviewerId, unitPaths: roles.map((r) => r.unit.path) },
      nomination,
      movement.organizingPath,
    );
    if (kind) throw new ReviewRefusedError("conflictOfInterest", { name: member.user.fullName, kind });
    if (
      await tx.reviewRecusal.findUnique({
        where: { nominationId_reviewerId: { nominationId, reviewerId } },
        select: { id: true },
      })
    ) {
      throw new ReviewRefusedError("reviewerRecused", { name: member.user.fullName });
    }
    try {
      const review = await tx.review.create({
        data: { nominationId, reviewerId, assignedById: actor.id },
        select: { id: true },
      });
      await startReview(tx, [nominationId]);
      await recordAudit(
        {
          actorId: actor.id,
          action: "review.assigned",
          objectType: "Nomination",
          objectId: nominationId,
          after: { reviewerId, reviewId: review.id },
        },
        tx,
      );
      await tx.notification.create({
        data: {
          userId: reviewerId,
          kind: "REVIEWS_ASSIGNED",
          nominationId,
          params: { movement: movement.name, count: "1" },
        },
      });
      return { reviewId: review.id };
    } catch (error) {
      if (isPrismaError(error, "P2002"))
        throw new ReviewRefusedError("alreadyAssigned", { name: member.user.fullName });
      throw error;
    }
  });
}

/** Takes back an assignment that has not been submitted. */
export async function unassignReview(options: { actor: Actor | null; reviewId: string; today: string }): Promise<void> {
  const { actor, reviewId, today } = options;
  requireAdmin(actor);
  const found = await db().review.findUnique({
    where: { id: reviewId },
    select: { nomination: { select: { movementId: true } } },
  });
  if (!found) throw notFoundError("review");
  await db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, found.nomination.movementId, "share", today);
    const rows = await tx.$queryRaw<{ nominationId: string; reviewerId: string; status: string }[]>`
      SELECT "nominationId"::text AS "nominationId", "reviewerId"::text AS "reviewerId", status::text AS status
      FROM "Review" WHERE id = ${reviewId}::uuid FOR UPDATE`;
    const review = rows[0];
    if (!review) throw notFoundError("review");
    assertStage(movement, reviewingStages);
    if (review.status === "SUBMITTED") throw new ReviewRefusedError("reviewSubmitted");
    await tx.review.delete({ where: { id: reviewId } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "review.unassigned",
        objectType: "Nomination",
        objectId: review.nominationId,
        before: { reviewerId: review.reviewerId, reviewId, status: review.status },
      },
      tx,
    );
  });
}

async function movementOf(nominationId: string): Promise<string> {
  const nomination = await db().nomination.findUnique({ where: { id: nominationId }, select: { movementId: true } });
  if (!nomination) throw notFoundError("nomination");
  return nomination.movementId;
}

/** A submitted dossier that gets its first reviewer is now under review. */
async function startReview(tx: Tx, nominationIds: string[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Nomination" SET status = 'IN_REVIEW', version = version + 1, "updatedAt" = now()
    WHERE id = ANY(${nominationIds}::uuid[]) AND status = 'SUBMITTED'`;
}

/** The active council members with the units of all their roles and their assignments in the movement. */
async function councilForPlan(tx: Tx, movementId: string) {
  return tx.$queryRaw<{ id: string; unitPaths: string[]; load: number }[]>`
    SELECT u.id::text AS id,
           COALESCE((SELECT array_agg(un.path) FROM "RoleAssignment" ra JOIN "Unit" un ON un.id = ra."unitId" WHERE ra."userId" = u.id), '{}') AS "unitPaths",
           (SELECT count(*)::int FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId" WHERE r."reviewerId" = u.id AND n."movementId" = ${movementId}::uuid) AS load
    FROM "CouncilMember" cm JOIN "User" u ON u.id = cm."userId"
    WHERE cm."movementId" = ${movementId}::uuid AND u."isActive"`;
}

/** The nominations that take reviewers, with their current reviewers and recusals. */
async function nominationsForPlan(tx: Tx, movementId: string) {
  return tx.$queryRaw<
    {
      id: string;
      nomineeName: string;
      unitPath: string;
      createdById: string;
      reviewerIds: string[];
      recusedReviewerIds: string[];
    }[]
  >`
    SELECT n.id::text AS id, n."nomineeName", un.path AS "unitPath", n."createdById"::text AS "createdById",
           COALESCE((SELECT array_agg(r."reviewerId"::text) FROM "Review" r WHERE r."nominationId" = n.id), '{}') AS "reviewerIds",
           COALESCE((SELECT array_agg(rr."reviewerId"::text) FROM "ReviewRecusal" rr WHERE rr."nominationId" = n.id), '{}') AS "recusedReviewerIds"
    FROM "Nomination" n JOIN "Unit" un ON un.id = n."unitId"
    WHERE n."movementId" = ${movementId}::uuid AND n.status IN ('SUBMITTED', 'IN_REVIEW') AND n."levelUnitId" IS NULL
    FOR UPDATE OF n`;
}
