// Shortlisting (lập danh sách đề nghị): an administrator puts a ranked nomination on its title's
// shortlist, within the title's total quota and the nominee unit's limit, or takes it off again
// (back to IN_REVIEW) until the shortlist is posted. Locks: movement FOR SHARE, the award title
// FOR UPDATE (shortlisting for one title is serialised, so two administrators cannot both take
// its last place), then the nomination FOR UPDATE.
import { recordAudit } from "../../audit";
import { db } from "../../db";
import { conflict, forbidden, notFoundError } from "../../errors";
import { lockAwardTitle, lockNomination } from "../../nominations/locks";
import { unitLimit } from "../../nominations/quotas";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { ReviewRefusedError } from "../errors";
import { assertStage, lockReviewMovement, type Tx } from "../locks";
import type { SetShortlistedInput } from "./schemas";
import { shortlistingStages } from "../stage";

/** Puts the nomination on (or takes it off) its title's shortlist; asking for what already holds changes nothing. */
export async function setShortlisted(options: {
  actor: Actor;
  input: SetShortlistedInput;
  today: string;
}): Promise<{ changed: boolean }> {
  const { actor, input, today } = options;
  if (!can(actor, "movement.manage")) throw forbidden();
  return db().$transaction(async (tx) => {
    const head = await tx.nomination.findUnique({
      where: { id: input.nominationId },
      select: { movementId: true, awardTitleId: true },
    });
    if (!head) throw notFoundError("nomination");
    const movement = await lockReviewMovement(tx, head.movementId, "share", today);
    await lockAwardTitle(tx, head.awardTitleId);
    const nomination = await lockNomination(tx, input.nominationId);
    if (!nomination) throw notFoundError("nomination");
    // The title locked is the nomination's (a dossier in review no longer changes title; a changed one is a stale read).
    if (nomination.awardTitleId !== head.awardTitleId) throw conflict("nomination changed title");
    assertStage(movement, shortlistingStages);
    const target = input.shortlisted ? "SHORTLISTED" : "IN_REVIEW";
    if (nomination.status === target) return { changed: false };
    if (input.shortlisted) await assertMayShortlist(tx, nomination);
    else if (nomination.status !== "SHORTLISTED") throw new ReviewRefusedError("notShortlisted");
    await tx.nomination.update({ where: { id: nomination.id }, data: { status: target, version: { increment: 1 } } });
    await recordAudit(
      {
        actorId: actor.id,
        action: input.shortlisted ? "nomination.shortlisted" : "nomination.unshortlisted",
        objectType: "Nomination",
        objectId: nomination.id,
        before: { status: nomination.status },
        after: { status: target },
      },
      tx,
    );
    return { changed: true };
  });
}

/** In review, ranked (a submitted review), and a place left in the title's quota and the unit's limit. */
async function assertMayShortlist(
  tx: Tx,
  nomination: { id: string; movementId: string; awardTitleId: string; unitId: string; status: string },
) {
  if (nomination.status !== "IN_REVIEW") throw new ReviewRefusedError("notInReview");
  const submitted = await tx.review.count({ where: { nominationId: nomination.id, status: "SUBMITTED" } });
  if (submitted === 0) throw new ReviewRefusedError("notRanked");
  const title = await tx.awardTitle.findUniqueOrThrow({
    where: { id: nomination.awardTitleId },
    select: { quotaTotal: true, quotaPerUnit: true, quotaPerUnitPercent: true },
  });
  const onList = {
    movementId: nomination.movementId,
    awardTitleId: nomination.awardTitleId,
    status: "SHORTLISTED",
  } as const;
  if (title.quotaTotal !== null) {
    const used = await tx.nomination.count({ where: onList });
    if (used >= title.quotaTotal)
      throw new ReviewRefusedError("titleQuotaReached", { quota: String(title.quotaTotal) });
  }
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: nomination.unitId }, select: { headcount: true } });
  const limit = unitLimit(title, unit.headcount);
  if (limit !== null) {
    const used = await tx.nomination.count({ where: { ...onList, unitId: nomination.unitId } });
    if (used >= limit) throw new ReviewRefusedError("unitQuotaReached", { quota: String(limit) });
  }
}
