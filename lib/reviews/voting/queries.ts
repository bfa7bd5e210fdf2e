// What the pages of the council vote show. Secrecy by construction: a member's choices are read
// only through their own voterKey (myBallot, while the vote is open); the administrators' view
// reads the register (who voted on how many) and, after closing, the tallies; no query here
// joins a ballot to a person.
import { db } from "../../db";
import { forbidden } from "../../errors";
import type { VoteChoice, VoteStatus } from "../../generated/prisma/enums";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { voterKeyOf } from "./ballot-key";
import { approvalsNeeded, quorumRequired, thresholdBound } from "./thresholds";

export interface Candidate {
  id: string;
  nomineeName: string;
  titleName: string;
  titleNameEn: string | null;
  unitName: string;
  citation: string;
}

export interface Tally {
  nominationId: string;
  approvals: number;
  rejections: number;
  abstentions: number;
  approved: boolean;
  needed: number;
  comparison: "atLeast" | "moreThan";
  bound: string;
}

const candidateSelect = {
  id: true,
  nomineeName: true,
  citation: true,
  awardTitle: { select: { name: true, nameEn: true } },
  unit: { select: { name: true } },
} as const;

type CandidateRow = {
  id: string;
  nomineeName: string;
  citation: string;
  awardTitle: { name: string; nameEn: string | null };
  unit: { name: string };
};
const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  nomineeName: row.nomineeName,
  citation: row.citation,
  titleName: row.awardTitle.name,
  titleNameEn: row.awardTitle.nameEn,
  unitName: row.unit.name,
});

/** The candidates of a vote: the shortlist while open, the tallied nominations once closed. */
async function candidatesOf(movementId: string, vote: { id: string; status: VoteStatus } | null): Promise<Candidate[]> {
  const where =
    vote?.status === "CLOSED" ? { tally: { voteId: vote.id } } : { movementId, status: "SHORTLISTED" as const };
  const rows = await db().nomination.findMany({
    where,
    select: candidateSelect,
    orderBy: [{ awardTitle: { position: "asc" } }, { nomineeName: "asc" }, { id: "asc" }],
  });
  return rows.map(toCandidate);
}

/** A closed vote's totals per candidate, with the bound each title needed. */
async function talliesOf(voteId: string, membership: number): Promise<Tally[]> {
  const rows = await db().voteTally.findMany({
    where: { voteId },
    select: {
      nominationId: true,
      approvals: true,
      rejections: true,
      abstentions: true,
      approved: true,
      nomination: { select: { awardTitle: { select: { approvalThresholdPercent: true, thresholdStrict: true } } } },
    },
  });
  return rows.map(({ nomination, ...row }) => {
    const rule = {
      membership,
      thresholdPercent: nomination.awardTitle.approvalThresholdPercent,
      strict: nomination.awardTitle.thresholdStrict,
    };
    const bound = thresholdBound(rule);
    return { ...row, needed: approvalsNeeded(rule), comparison: bound.comparison, bound: bound.count };
  });
}

async function voteOf(movementId: string) {
  return db().councilVote.findUnique({
    where: { movementId },
    select: {
      id: true,
      status: true,
      membership: true,
      quorumPercent: true,
      ballotKey: true,
      openedAt: true,
      closedAt: true,
    },
  });
}

/**
 * A council member's ballot page: the candidates with their own current choice while the vote
 * is open, the totals once it is closed. Null when `actor` is not on the movement's council.
 */
export async function myBallot(options: { actor: Actor | null; movementId: string }) {
  const { actor, movementId } = options;
  if (!actor) return null;
  const seat = await db().councilMember.findUnique({
    where: { movementId_userId: { movementId, userId: actor.id } },
    select: { movement: { select: { id: true, name: true, nameEn: true } } },
  });
  if (!seat) return null;
  const vote = await voteOf(movementId);
  const candidates = await candidatesOf(movementId, vote);
  const choices: Record<string, VoteChoice> = {};
  const written: string[] = [];
  if (vote?.status === "OPEN" && vote.ballotKey) {
    const voterKey = voterKeyOf(vote.ballotKey, actor.id);
    const [ballots, register] = await Promise.all([
      db().ballot.findMany({ where: { voteId: vote.id, voterKey }, select: { nominationId: true, choice: true } }),
      db().voterRegister.findMany({
        where: { voteId: vote.id, memberId: actor.id, writtenRecordedById: { not: null } },
        select: { nominationId: true },
      }),
    ]);
    for (const ballot of ballots) choices[ballot.nominationId] = ballot.choice;
    written.push(...register.map((row) => row.nominationId));
  }
  const tallies = vote?.status === "CLOSED" ? await talliesOf(vote.id, vote.membership) : [];
  return {
    movement: seat.movement,
    vote: vote ? { status: vote.status, membership: vote.membership, closedAt: vote.closedAt } : null,
    candidates,
    choices,
    written,
    tallies,
  };
}

export type MyBallot = NonNullable<Awaited<ReturnType<typeof myBallot>>>;

export type Attendance = "inPerson" | "written" | "notYet";

/**
 * The administrators' view of a vote: per member how many candidates they voted on and how
 * (in person, in writing, not yet), per candidate how many ballots were cast, and after
 * closing the tallies. Never a member's choice. Null when the movement has no vote yet.
 */
export async function voteProgress(options: { actor: Actor | null; movementId: string }) {
  if (!can(options.actor, "movement.manage")) throw forbidden();
  const { movementId } = options;
  const vote = await voteOf(movementId);
  if (!vote) return null;
  const [members, candidates, ballotCounts] = await Promise.all([
    db().$queryRaw<{ id: string; name: string; email: string; voted: number; written: number }[]>`
      SELECT u.id::text AS id, u."fullName" AS name, u.email,
             count(r.id)::int AS voted, count(r."writtenRecordedById")::int AS written
      FROM "CouncilMember" c
      JOIN "User" u ON u.id = c."userId"
      LEFT JOIN "VoterRegister" r ON r."voteId" = ${vote.id}::uuid AND r."memberId" = c."userId"
      WHERE c."movementId" = ${movementId}::uuid
      GROUP BY u.id, u."fullName", u.email
      ORDER BY u."fullName", u.id`,
    candidatesOf(movementId, vote),
    db().ballot.groupBy({ by: ["nominationId"], where: { voteId: vote.id }, _count: { _all: true } }),
  ]);
  const tallies = vote.status === "CLOSED" ? await talliesOf(vote.id, vote.membership) : [];
  const attendanceOf = (m: { voted: number; written: number }): Attendance =>
    m.voted === 0 ? "notYet" : m.written === m.voted ? "written" : "inPerson";
  const voters = members.filter((m) => m.voted > 0).length;
  return {
    vote: {
      id: vote.id,
      status: vote.status,
      membership: vote.membership,
      quorumPercent: vote.quorumPercent,
      openedAt: vote.openedAt,
      closedAt: vote.closedAt,
    },
    quorum: { have: voters, need: quorumRequired(vote.membership, vote.quorumPercent) },
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      voted: m.voted,
      attendance: attendanceOf(m),
    })),
    candidates: candidates.map((c) => ({
      ...c,
      ballots: ballotCounts.find((b) => b.nominationId === c.id)?._count._all ?? 0,
    })),
    tallies,
  };
}

export type VoteProgress = NonNullable<Awaited<ReturnType<typeof voteProgress>>>;

/** The movements on whose council `actor` sits, with their vote's state and how many candidates the actor voted on. */
export async function councilVotesFor(actor: Actor | null) {
  if (!actor) return [];
  return db().$queryRaw<
    {
      movementId: string;
      name: string;
      nameEn: string | null;
      status: string;
      voteStatus: VoteStatus | null;
      candidates: number;
      voted: number;
    }[]
  >`
    SELECT m.id::text AS "movementId", m.name, m."nameEn", m.status::text AS status, v.status::text AS "voteStatus",
           (SELECT count(*)::int FROM "Nomination" n
             WHERE n."movementId" = m.id AND (CASE WHEN v.status = 'CLOSED' THEN n.id IN (SELECT t."nominationId" FROM "VoteTally" t WHERE t."voteId" = v.id) ELSE n.status = 'SHORTLISTED' END)) AS candidates,
           (SELECT count(*)::int FROM "VoterRegister" r WHERE r."voteId" = v.id AND r."memberId" = ${actor.id}::uuid) AS voted
    FROM "CouncilMember" c
    JOIN "Movement" m ON m.id = c."movementId"
    LEFT JOIN "CouncilVote" v ON v."movementId" = m.id
    WHERE c."userId" = ${actor.id}::uuid
    ORDER BY (v.status = 'OPEN') DESC NULLS LAST, m."createdAt" DESC, m.id`;
}
