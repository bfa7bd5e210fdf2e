import { afterAll, describe, expect, it } from "vitest";
import { createReviewWorld, insertPosting, reviewToday, shortlist } from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { councilVotesFor, myBallot, voteProgress } from "./queries";
import { castBallots, closeVote, openVote, recordWrittenBallot } from "./commands";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

async function openedWorld(councilSize: number, candidates: number) {
  const world = await createReviewWorld(client, { nominations: candidates, councilSize });
  await shortlist(client, world.nominationIds);
  await insertPosting(client, { movementId: world.movement.id, postedById: world.admin.id, startsOn: "2026-11-09" });
  await openVote({
    actor: world.admin,
    input: { movementId: world.movement.id, quorumPercent: null },
    today: reviewToday,
  });
  return world;
}

describe("councilVotesFor", () => {
  it("lists the member's movements with the vote's state and how many candidates they voted on", async () => {
    const world = await openedWorld(2, 3);
    const member = world.council[0]!;
    const [x, y] = world.nominationIds as [string, string];
    await castBallots({
      actor: member,
      input: { movementId: world.movement.id, choices: { [x]: "APPROVE", [y]: "ABSTAIN" } },
      today: reviewToday,
    });
    const rows = await councilVotesFor(member);
    expect(rows).toEqual([
      expect.objectContaining({ movementId: world.movement.id, voteStatus: "OPEN", candidates: 3, voted: 2 }),
    ]);
    expect(await councilVotesFor(world.officerA)).toEqual([]);
  });
});

describe("after closing", () => {
  it("shows members the totals only and administrators who was present, wrote or was absent", async () => {
    const world = await openedWorld(3, 1);
    const [x] = world.nominationIds as [string];
    const [present, writer, absent] = world.council as [typeof world.admin, typeof world.admin, typeof world.admin];
    await castBallots({
      actor: present,
      input: { movementId: world.movement.id, choices: { [x]: "APPROVE" } },
      today: reviewToday,
    });
    await recordWrittenBallot({
      actor: world.admin,
      input: { movementId: world.movement.id, memberId: writer.id, nominationId: x, choice: "REJECT" },
      today: reviewToday,
    });
    await closeVote({ actor: world.admin, input: { movementId: world.movement.id }, today: reviewToday });

    const ballot = await myBallot({ actor: present, movementId: world.movement.id });
    expect(ballot?.vote?.status).toBe("CLOSED");
    expect(ballot?.choices).toEqual({});
    expect(ballot?.candidates.map((c) => c.id)).toEqual([x]);
    // 90% of 3 members: at least 2.7, so 3 approvals needed.
    expect(ballot?.tallies).toEqual([
      {
        nominationId: x,
        approvals: 1,
        rejections: 1,
        abstentions: 0,
        approved: false,
        needed: 3,
        comparison: "atLeast",
        bound: "2.7",
      },
    ]);

    const progress = await voteProgress({ actor: world.admin, movementId: world.movement.id });
    const attendance = Object.fromEntries(progress!.members.map((m) => [m.id, m.attendance]));
    expect(attendance).toEqual({ [present.id]: "inPerson", [writer.id]: "written", [absent.id]: "notYet" });
    expect(progress?.quorum).toEqual({ have: 2, need: 0 });
    expect((await councilVotesFor(absent))[0]).toMatchObject({ voteStatus: "CLOSED", candidates: 1, voted: 0 });
  });
});
