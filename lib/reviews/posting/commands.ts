// Công khai, lấy ý kiến: an administrator posts a movement's shortlist for feedback for a number
// of working days; signed-in members send feedback or objections on a candidate while it is
// posted; administrators answer each objection before the decision. Each command runs in one
// transaction: the movement locked first (lib/reviews/locks.ts), then its own rows.
import { recordAudit, recordAudits } from "../../audit";
import { notifyAll } from "../../notifications/notifications";
import { db } from "../../db";
import { conflict, forbidden, notFoundError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import type { FeedbackKind, NominationStatus, NotificationKind } from "../../generated/prisma/enums";
import { fromDay } from "../../movements/days";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { ReviewRefusedError } from "../errors";
import { assertStage, lockReviewMovement, type Tx } from "../locks";
import type { PostShortlistInput, ResolveObjectionInput, SendFeedbackInput } from "./schemas";
import { feedbackStages, objectionResolutionStages, postingStartStages } from "../stage";

interface Candidate {
  id: string;
  createdById: string;
  nomineeName: string;
  title: string;
}

/** The shortlisted candidates, and the rest of the dossiers under review moved to NOT_SELECTED (in SQL). */
async function settleCandidates(tx: Tx, movementId: string) {
  const shortlisted = await tx.$queryRaw<Candidate[]>`
    SELECT n.id::text AS id, n."createdById"::text AS "createdById", n."nomineeName", t.name AS title
    FROM "Nomination" n JOIN "AwardTitle" t ON t.id = n."awardTitleId"
    WHERE n."movementId" = ${movementId}::uuid AND n.status = 'SHORTLISTED'
    ORDER BY n.id
    FOR SHARE OF n`;
  if (shortlisted.length === 0) return { shortlisted, notSelected: [] };
  const notSelected = await tx.$queryRaw<Candidate[]>`
    UPDATE "Nomination" n SET status = 'NOT_SELECTED', "levelUnitId" = NULL, version = n.version + 1, "updatedAt" = now()
    FROM "AwardTitle" t
    WHERE t.id = n."awardTitleId" AND n."movementId" = ${movementId}::uuid AND n.status IN ('IN_REVIEW', 'SUBMITTED')
    RETURNING n.id::text AS id, n."createdById"::text AS "createdById", n."nomineeName", t.name AS title`;
  return { shortlisted, notSelected };
}

const notices = (candidates: Candidate[], kind: NotificationKind, movement: string) =>
  candidates.map((c) => ({
    userId: c.createdById,
    kind,
    nominationId: c.id,
    params: { nominee: c.nomineeName, movement, title: c.title },
  }));

/**
 * Posts the shortlist of a movement in its decision stage from `today` for `workingDays` working
 * days, to the public or to signed-in staff. The dossiers not shortlisted become NOT_SELECTED;
 * every nominating officer is told the outcome of their dossier.
 */
export async function postShortlist(options: {
  actor: Actor | null;
  input: PostShortlistInput;
  today: string;
}): Promise<{ postingId: string }> {
  const { actor, input, today } = options;
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, input.movementId, "update", today);
    if (input.version !== undefined) {
      const { version } = await tx.movement.findUniqueOrThrow({
        where: { id: movement.id },
        select: { version: true },
      });
      if (version !== input.version) throw conflict("movement changed since the form was read");
    }
    assertStage(movement, postingStartStages);
    const { shortlisted, notSelected } = await settleCandidates(tx, movement.id);
    if (shortlisted.length === 0) throw new ReviewRefusedError("shortlistEmpty");
    const posting = await tx.shortlistPosting.create({
      data: {
        movementId: movement.id,
        audience: input.audience,
        workingDays: input.workingDays,
        startsOn: fromDay(today),
        postedById: actor.id,
      },
      select: { id: true },
    });
    await tx.movement.update({
      where: { id: movement.id },
      data: { postingAudience: input.audience, postingWorkingDays: input.workingDays, version: { increment: 1 } },
    });
    await notifyAll(tx, [
      ...notices(shortlisted, "NOMINATION_SHORTLISTED", movement.name),
      ...notices(notSelected, "NOMINATION_NOT_SELECTED", movement.name),
    ]);
    await recordAudit(
      {
        actorId: actor.id,
        action: "posting.started",
        objectType: "Movement",
        objectId: movement.id,
        after: {
          startsOn: today,
          workingDays: input.workingDays,
          audience: input.audience,
          shortlisted: shortlisted.length,
          notSelected: notSelected.length,
        },
      },
      tx,
    );
    await recordAudits(
      notSelected.map((c) => ({
        actorId: actor.id,
        action: "nomination.not_selected",
        objectType: "Nomination",
        objectId: c.id,
        after: { status: "NOT_SELECTED" },
      })),
      tx,
    );
    return { postingId: posting.id };
  });
}

/** The nomination locked FOR SHARE (after its movement), or Not found. */
async function lockNominationStatus(tx: Tx, id: string): Promise<NominationStatus> {
  const rows = await tx.$queryRaw<
    { status: NominationStatus }[]
  >`SELECT status::text AS status FROM "Nomination" WHERE id = ${id}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row) throw notFoundError("nomination");
  return row.status;
}

/**
 * Records feedback or an objection of a signed-in member on a posted candidate, during the
 * posting only ("postingClosed" after its last working day). A candidate who is not on a posted
 * shortlist does not exist for the sender.
 */
export async function sendFeedback(options: {
  actor: Actor | null;
  input: SendFeedbackInput;
  today: string;
}): Promise<{ id: string }> {
  const { actor, input, today } = options;
  if (!actor || !can(actor, "member.area")) throw forbidden();
  const target = await db().nomination.findUnique({ where: { id: input.nominationId }, select: { movementId: true } });
  if (!target) throw notFoundError("nomination");
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, target.movementId, "share", today);
    if (!movement.posting) throw notFoundError("nomination");
    const status = await lockNominationStatus(tx, input.nominationId);
    if (status !== "SHORTLISTED") throw notFoundError("nomination");
    if (!feedbackStages.includes(movement.stage)) throw new ReviewRefusedError("postingClosed");
    const { id } = await tx.postingFeedback.create({
      data: {
        movementId: movement.id,
        nominationId: input.nominationId,
        authorId: actor.id,
        kind: input.kind,
        body: input.body,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "posting.feedback_sent",
        objectType: "Nomination",
        objectId: input.nominationId,
        after: { feedbackId: id, kind: input.kind },
      },
      tx,
    );
    return { id };
  });
}

interface LockedFeedback {
  nominationId: string;
  kind: FeedbackKind;
  resolvedAt: Date | null;
}

/** Answers an objection with a note (from the posting until the decision); once only. */
export async function resolveObjection(options: {
  actor: Actor | null;
  input: ResolveObjectionInput;
  today: string;
}): Promise<void> {
  const { actor, input, today } = options;
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  const target = await db().postingFeedback.findUnique({
    where: { id: input.feedbackId },
    select: { movementId: true },
  });
  if (!target) throw notFoundError("feedback");
  await db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, target.movementId, "share", today);
    assertStage(movement, objectionResolutionStages);
    const rows = await tx.$queryRaw<LockedFeedback[]>(Prisma.sql`
      SELECT "nominationId"::text AS "nominationId", kind::text AS kind, "resolvedAt"
      FROM "PostingFeedback" WHERE id = ${input.feedbackId}::uuid FOR UPDATE`);
    const feedback = rows[0];
    if (!feedback) throw notFoundError("feedback");
    if (feedback.kind !== "OBJECTION") throw new ReviewRefusedError("notAnObjection");
    if (feedback.resolvedAt) throw new ReviewRefusedError("alreadyResolved");
    await tx.postingFeedback.update({
      where: { id: input.feedbackId },
      data: { resolution: input.resolution, resolvedById: actor.id, resolvedAt: new Date() },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "posting.objection_resolved",
        objectType: "Nomination",
        objectId: feedback.nominationId,
        after: { feedbackId: input.feedbackId, resolution: input.resolution },
      },
      tx,
    );
  });
}
