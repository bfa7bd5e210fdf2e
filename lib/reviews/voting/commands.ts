// Bỏ phiếu kín: the council's secret ballot on the shortlist (docs/decisions/0007, "Secret
// ballot"). The register (who voted on which candidate) and the ballots (which choice) are
// separate tables; a ballot carries only voterKey = HMAC(vote.ballotKey, member) while the vote
// is open, so its member can change it. Closing tallies in SQL, rewrites the ballots in random
// order without voterKey and erases the key.
//
// Locks, always in this order: the movement (FOR UPDATE to open or close, FOR SHARE to vote),
// then the member's council seat FOR UPDATE (one writer per member: their own sheet or an
// administrator's written ballot), then the rows written. Closing waits for every ballot in
// flight and every later ballot sees the closed vote.
import { recordAudit, recordAudits } from "../../audit";
import { notifyAll } from "../../notifications/notifications";
import { db } from "../../db";
import { FieldError, forbidden, notFoundError } from "../../errors";
import type { VoteChoice } from "../../generated/prisma/enums";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { newBallotKey, voterKeyOf } from "./ballot-key";
import { ReviewRefusedError } from "../errors";
import { assertStage, lockReviewMovement, type ReviewMovement, type Tx } from "../locks";
import { voteOpeningStages } from "../stage";
import { quorumRequired } from "./thresholds";
import type { CastBallotsInput, CloseVoteInput, OpenVoteInput, WrittenBallotInput } from "./schemas";

function requireAdmin(actor: Actor | null): Actor {
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  return actor;
}

/** The open vote of the locked movement with its key; refused when there is none or it is closed. */
async function openVoteOf(tx: Tx, movement: ReviewMovement): Promise<{ id: string; ballotKey: string }> {
  if (movement.vote?.status === "CLOSED") throw new ReviewRefusedError("voteClosed");
  if (!movement.vote) throw new ReviewRefusedError("voteNotOpen");
  const { ballotKey } = await tx.councilVote.findUniqueOrThrow({
    where: { id: movement.vote.id },
    select: { ballotKey: true },
  });
  if (!ballotKey) throw new ReviewRefusedError("voteClosed");
  return { id: movement.vote.id, ballotKey };
}

/** Locks `userId`'s seat on the council FOR UPDATE; false when they hold none. */
async function lockSeat(tx: Tx, movementId: string, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "CouncilMember" WHERE "movementId" = ${movementId}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
  return rows.length > 0;
}

/** The shortlisted candidates of the movement among `ids`. */
async function candidatesAmong(tx: Tx, movementId: string, ids: readonly string[]) {
  return tx.nomination.findMany({
    where: { id: { in: [...ids] }, movementId, status: "SHORTLISTED" },
    select: { id: true, nomineeName: true },
  });
}

/** Writes (or replaces) one member's ballots: the register says that they voted, the ballots what. */
async function writeBallots(
  tx: Tx,
  options: {
    voteId: string;
    memberId: string;
    voterKey: string;
    choices: [string, VoteChoice][];
    writtenById: string | null;
  },
) {
  const ids = options.choices.map(([id]) => id);
  const choices = options.choices.map(([, choice]) => choice);
  await tx.$executeRaw`
    INSERT INTO "VoterRegister" (id, "voteId", "nominationId", "memberId", "writtenRecordedById", "castAt")
    SELECT gen_random_uuid(), ${options.voteId}::uuid, n::uuid, ${options.memberId}::uuid, ${options.writtenById}::uuid, now()
    FROM unnest(${ids}::text[]) AS n
    ON CONFLICT ("voteId", "nominationId", "memberId") DO UPDATE SET "castAt" = now()`;
  // Keyed by (candidate, voterKey): a change replaces the choice, never adds a ballot.
  await tx.$executeRaw`
    INSERT INTO "Ballot" (id, "voteId", "nominationId", choice, "voterKey")
    SELECT gen_random_uuid(), ${options.voteId}::uuid, c.n::uuid, c.choice::"VoteChoice", ${options.voterKey}
    FROM unnest(${ids}::text[], ${choices}::text[]) AS c(n, choice)
    ON CONFLICT ("nominationId", "voterKey") DO UPDATE SET choice = EXCLUDED.choice`;
}

/**
 * Opens the council's vote on the shortlist once the posting period is over (stage
 * postingOver): freezes the council's size as the membership and draws the ballot key.
 */
export async function openVote(options: {
  actor: Actor | null;
  input: OpenVoteInput;
  today: string;
}): Promise<{ id: string }> {
  const actor = requireAdmin(options.actor);
  const { input } = options;
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, input.movementId, "update", options.today);
    assertStage(movement, voteOpeningStages);
    const candidates = await tx.nomination.count({ where: { movementId: movement.id, status: "SHORTLISTED" } });
    if (candidates === 0) throw new ReviewRefusedError("shortlistEmpty");
    const membership = await tx.councilMember.count({ where: { movementId: movement.id } });
    if (membership === 0) throw new ReviewRefusedError("councilEmpty");
    const vote = await tx.councilVote.create({
      data: {
        movementId: movement.id,
        membership,
        quorumPercent: input.quorumPercent,
        ballotKey: newBallotKey(),
        openedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "vote.opened",
        objectType: "Movement",
        objectId: movement.id,
        after: { membership, quorumPercent: input.quorumPercent, candidates },
      },
      tx,
    );
    return vote;
  });
}

/**
 * A council member's ballot sheet: records the choices given (new or changed) on shortlisted
 * candidates. Someone not on the council gets Not found. A candidate on which an administrator
 * recorded the member's written ballot cannot be changed in the app.
 */
export async function castBallots(options: {
  actor: Actor | null;
  input: CastBallotsInput;
  today: string;
}): Promise<{ saved: number }> {
  const actor = options.actor;
  if (!actor) throw notFoundError("movement");
  const { input } = options;
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, input.movementId, "share", options.today);
    if (!(await lockSeat(tx, movement.id, actor.id))) throw notFoundError("movement");
    const vote = await openVoteOf(tx, movement);
    const ids = Object.keys(input.choices);
    if (ids.length === 0) return { saved: 0 };
    const candidates = await candidatesAmong(tx, movement.id, ids);
    if (candidates.length !== ids.length) throw new ReviewRefusedError("notACandidate");
    const written = await tx.voterRegister.findMany({
      where: { voteId: vote.id, memberId: actor.id, nominationId: { in: ids }, writtenRecordedById: { not: null } },
      select: { nominationId: true },
    });
    const firstWritten = candidates.find((c) => written.some((w) => w.nominationId === c.id));
    if (firstWritten) throw new ReviewRefusedError("writtenBallotRecorded", { nominee: firstWritten.nomineeName });
    const voterKey = voterKeyOf(vote.ballotKey, actor.id);
    const current = await tx.ballot.findMany({
      where: { voteId: vote.id, voterKey, nominationId: { in: ids } },
      select: { nominationId: true, choice: true },
    });
    const changed = Object.entries(input.choices).filter(
      ([id, choice]) => current.find((b) => b.nominationId === id)?.choice !== choice,
    );
    if (changed.length === 0) return { saved: 0 };
    await writeBallots(tx, { voteId: vote.id, memberId: actor.id, voterKey, choices: changed, writtenById: null });
    return { saved: changed.length };
  });
}

/**
 * Records the written ballot of a member who was absent (bỏ phiếu bằng văn bản), on one
 * candidate they have not voted on. The audit names the member, never the choice.
 */
export async function recordWrittenBallot(options: {
  actor: Actor | null;
  input: WrittenBallotInput;
  today: string;
}): Promise<void> {
  const actor = requireAdmin(options.actor);
  const { input } = options;
  await db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, input.movementId, "share", options.today);
    const vote = await openVoteOf(tx, movement);
    if (!(await lockSeat(tx, movement.id, input.memberId))) throw new FieldError("memberId", "notFound");
    const [candidate] = await candidatesAmong(tx, movement.id, [input.nominationId]);
    if (!candidate) throw new FieldError("nominationId", "notFound");
    const voted = await tx.voterRegister.count({
      where: { voteId: vote.id, nominationId: candidate.id, memberId: input.memberId },
    });
    if (voted > 0) throw new ReviewRefusedError("alreadyVoted", { nominee: candidate.nomineeName });
    const voterKey = voterKeyOf(vote.ballotKey, input.memberId);
    await writeBallots(tx, {
      voteId: vote.id,
      memberId: input.memberId,
      voterKey,
      choices: [[candidate.id, input.choice]],
      writtenById: actor.id,
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "vote.written_ballot_recorded",
        objectType: "Nomination",
        objectId: candidate.id,
        after: { memberId: input.memberId },
      },
      tx,
    );
  });
}

interface TallyRow {
  nominationId: string;
  nomineeName: string;
  titleName: string;
  createdById: string;
  approvals: number;
  rejections: number;
  abstentions: number;
  approved: boolean;
}

/**
 * Closes the vote once the quorum (if any) cast ballots: tallies each candidate against the
 * title's threshold of the total membership, approves or rejects the nominations, unlinks every
 * ballot from its voter for good, and tells the nominating officers.
 */
export async function closeVote(options: {
  actor: Actor | null;
  input: CloseVoteInput;
  today: string;
}): Promise<{ approved: number; rejected: number }> {
  const actor = requireAdmin(options.actor);
  const { input } = options;
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, input.movementId, "update", options.today);
    if (movement.vote?.status === "CLOSED") throw new ReviewRefusedError("voteClosed");
    assertStage(movement, ["voting"]);
    const vote = movement.vote!;
    const voters = await tx.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT "memberId")::int AS count FROM "VoterRegister" WHERE "voteId" = ${vote.id}::uuid`;
    const have = voters[0]?.count ?? 0;
    const need = quorumRequired(vote.membership, vote.quorumPercent);
    if (have < need) throw new ReviewRefusedError("quorumNotReached", { have: String(have), need: String(need) });

    await tx.$executeRaw`
      INSERT INTO "VoteTally" (id, "voteId", "nominationId", approvals, rejections, abstentions, approved)
      SELECT gen_random_uuid(), v.id, n.id, s.approvals, s.rejections, s.abstentions,
             CASE WHEN t."thresholdStrict" THEN s.approvals * 100 > t."approvalThresholdPercent" * v.membership
                  ELSE s.approvals * 100 >= t."approvalThresholdPercent" * v.membership END
      FROM "CouncilVote" v
      JOIN "Nomination" n ON n."movementId" = v."movementId" AND n.status = 'SHORTLISTED'
      JOIN "AwardTitle" t ON t.id = n."awardTitleId"
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE b.choice = 'APPROVE')::int AS approvals,
               count(*) FILTER (WHERE b.choice = 'REJECT')::int AS rejections,
               count(*) FILTER (WHERE b.choice = 'ABSTAIN')::int AS abstentions
        FROM "Ballot" b WHERE b."voteId" = v.id AND b."nominationId" = n.id
      ) s
      WHERE v.id = ${vote.id}::uuid`;
    await tx.$executeRaw`
      UPDATE "Nomination" n
      SET status = (CASE WHEN t.approved THEN 'APPROVED' ELSE 'REJECTED' END)::"NominationStatus",
          version = n.version + 1, "updatedAt" = now()
      FROM "VoteTally" t
      WHERE t."nominationId" = n.id AND t."voteId" = ${vote.id}::uuid`;
    // Rewritten in random order with fresh random ids and no voterKey: nothing left links a ballot to the register.
    await tx.$executeRaw`
      WITH old AS (DELETE FROM "Ballot" WHERE "voteId" = ${vote.id}::uuid RETURNING "nominationId", choice)
      INSERT INTO "Ballot" (id, "voteId", "nominationId", choice, "voterKey")
      SELECT gen_random_uuid(), ${vote.id}::uuid, "nominationId", choice, NULL FROM old ORDER BY random()`;
    await tx.councilVote.update({
      where: { id: vote.id },
      data: { status: "CLOSED", ballotKey: null, closedAt: new Date(), closedById: actor.id },
    });

    const tallies = await tx.$queryRaw<TallyRow[]>`
      SELECT n.id::text AS "nominationId", n."nomineeName", a.name AS "titleName", n."createdById"::text AS "createdById",
             t.approvals, t.rejections, t.abstentions, t.approved
      FROM "VoteTally" t JOIN "Nomination" n ON n.id = t."nominationId" JOIN "AwardTitle" a ON a.id = n."awardTitleId"
      WHERE t."voteId" = ${vote.id}::uuid`;
    await notifyAll(
      tx,
      tallies.map((row) => ({
        userId: row.createdById,
        kind: row.approved ? ("NOMINATION_APPROVED" as const) : ("NOMINATION_REJECTED" as const),
        nominationId: row.nominationId,
        params: { nominee: row.nomineeName, title: row.titleName, movement: movement.name },
      })),
    );
    const approved = tallies.filter((row) => row.approved).length;
    await recordAudit(
      {
        actorId: actor.id,
        action: "vote.closed",
        objectType: "Movement",
        objectId: movement.id,
        after: { membership: vote.membership, voters: have, approved, rejected: tallies.length - approved },
      },
      tx,
    );
    await recordAudits(
      tallies.map((row) => ({
        actorId: actor.id,
        action: "vote.result",
        objectType: "Nomination",
        objectId: row.nominationId,
        after: {
          approvals: row.approvals,
          rejections: row.rejections,
          abstentions: row.abstentions,
          membership: vote.membership,
          outcome: row.approved ? "APPROVED" : "REJECTED",
        },
      })),
      tx,
    );
    return { approved, rejected: tallies.length - approved };
  });
}
