// The council of a demo movement (the five seeded reviewers) and, for a movement whose shortlist
// was posted, the posting and the closed secret-ballot vote as lib/reviews would have left them:
// a register of who voted, ballots with no voter in a shuffled order, and tallies that agree
// with each candidate's status.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { isApproved } from "../../lib/reviews/voting/thresholds";
import type { CandidateVotes } from "./dossiers";
import { addDays, at, day } from "./format";
import type { PeopleDirectory } from "./people";
import { seededRandom } from "./random";
import type { MovementSpec } from "./types";

export interface CouncilRows {
  members: Prisma.CouncilMemberCreateManyInput[];
  posting: Prisma.ShortlistPostingCreateManyInput | null;
  vote: Prisma.CouncilVoteCreateManyInput | null;
  register: Prisma.VoterRegisterCreateManyInput[];
  ballots: Prisma.BallotCreateManyInput[];
  tallies: Prisma.VoteTallyCreateManyInput[];
}

/** Council, posting and vote rows of one movement; `postingWorkingDays` is the movement's. */
export function buildCouncil(
  spec: MovementSpec,
  movementId: string,
  candidates: readonly CandidateVotes[],
  people: PeopleDirectory,
  postingWorkingDays: number,
): CouncilRows {
  const seatedAt = addDays(at(spec.timeline.reviewed[0], "08:00"), -3);
  const members = people.reviewerIds.map((userId) => ({
    movementId,
    userId,
    addedById: people.adminId,
    createdAt: seatedAt,
  }));
  const rows: CouncilRows = { members, posting: null, vote: null, register: [], ballots: [], tallies: [] };
  if (!spec.posting) return rows;

  const postingStart = spec.phases.find((phase) => phase.kind === "PUBLIC_POSTING")?.startsOn;
  if (!postingStart) throw new Error(`${spec.code}: a posted shortlist needs a PUBLIC_POSTING phase`);
  rows.posting = {
    movementId,
    audience: spec.posting.audience,
    startsOn: day(postingStart),
    workingDays: postingWorkingDays,
    postedById: people.adminId,
    postedAt: at(postingStart, "08:00"),
  };

  const voteId = randomUUID();
  const membership = people.reviewerIds.length;
  rows.vote = {
    id: voteId,
    movementId,
    status: "CLOSED",
    membership,
    ballotKey: null,
    openedById: people.adminId,
    openedAt: at(spec.timeline.votedOn, "13:30"),
    closedById: people.adminId,
    closedAt: at(spec.timeline.votedOn, "16:00"),
  };
  for (const candidate of candidates) {
    people.reviewerIds.forEach((memberId, position) => {
      const castAt = new Date(at(spec.timeline.votedOn, "14:00").getTime() + position * 4 * 60_000);
      rows.register.push({ voteId, nominationId: candidate.nominationId, memberId, castAt });
    });
    const count = (choice: string) => candidate.choices.filter((c) => c === choice).length;
    const approvals = count("APPROVE");
    if (
      isApproved({ approvals, membership, thresholdPercent: candidate.thresholdPercent, strict: candidate.strict }) !==
      candidate.approved
    )
      throw new Error(`${spec.code}: tally disagrees with the status`);
    rows.tallies.push({
      voteId,
      nominationId: candidate.nominationId,
      approvals,
      rejections: count("REJECT"),
      abstentions: count("ABSTAIN"),
      approved: candidate.approved,
    });
  }
  // Closing a vote rewrites the ballots in random order without their voter key: the seed
  // writes them that way directly, shuffled by its own generator so runs stay identical.
  const ballots = candidates.flatMap((candidate) =>
    candidate.choices.map((choice) => ({ voteId, nominationId: candidate.nominationId, choice, voterKey: null })),
  );
  const random = seededRandom(`${spec.code}/ballots`);
  for (let index = ballots.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [ballots[index], ballots[other]] = [ballots[other]!, ballots[index]!];
  }
  rows.ballots = ballots.map((ballot) => ({ id: randomUUID(), ...ballot }));
  return rows;
}
