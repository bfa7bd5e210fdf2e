import { afterAll, describe, expect, it } from "vitest";
import {
  createReviewWorld,
  insertPosting,
  reviewToday,
  shortlist,
  type ReviewWorld,
} from "../../../scripts/test/review-factories";
import { holidaySet } from "../../calendar/holidays";
import { createPrismaClient } from "../../db";
import type { VoteChoice } from "../../generated/prisma/enums";
import type { Actor } from "../../session";
import { postingLastDay } from "../stage";
import { myBallot, voteProgress } from "./queries";
import { castBallots, closeVote, openVote, recordWrittenBallot } from "./commands";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const postingStart = "2026-11-09";

/** A movement whose shortlist (`candidates` nominations) was posted from postingStart for 10 working days, with a council of `councilSize`. */
async function postedWorld(councilSize: number, candidates = 2, title?: { thresholdPercent: number; strict: boolean }) {
  const world = await createReviewWorld(client, { nominations: candidates, councilSize });
  await shortlist(client, world.nominationIds);
  await insertPosting(client, { movementId: world.movement.id, postedById: world.admin.id, startsOn: postingStart });
  if (title) {
    await client.awardTitle.update({
      where: { id: world.movement.awardTitles[0]!.id },
      data: { approvalThresholdPercent: title.thresholdPercent, thresholdStrict: title.strict },
    });
  }
  return world;
}

async function openedWorld(
  councilSize: number,
  candidates = 2,
  options: { quorumPercent?: number; title?: { thresholdPercent: number; strict: boolean } } = {},
) {
  const world = await postedWorld(councilSize, candidates, options.title);
  await openVote({
    actor: world.admin,
    input: { movementId: world.movement.id, quorumPercent: options.quorumPercent ?? null },
    today: reviewToday,
  });
  return world;
}

const cast = (world: ReviewWorld, member: Actor, choices: Record<string, VoteChoice>) =>
  castBallots({ actor: member, input: { movementId: world.movement.id, choices }, today: reviewToday });
const close = (world: ReviewWorld) =>
  closeVote({ actor: world.admin, input: { movementId: world.movement.id }, today: reviewToday });
const voteOf = (world: ReviewWorld) =>
  client.councilVote.findUniqueOrThrow({ where: { movementId: world.movement.id } });
const statusOf = async (id: string) => (await client.nomination.findUniqueOrThrow({ where: { id } })).status;

describe("openVote", () => {
  it("refuses on the posting's last day and opens the day after, freezing the membership", async () => {
    const world = await postedWorld(3);
    const lastDay = postingLastDay({ startsOn: postingStart, workingDays: 10 }, await holidaySet(client));
    const input = { movementId: world.movement.id, quorumPercent: 50 };
    await expect(openVote({ actor: world.admin, input, today: lastDay })).rejects.toMatchObject({
      reason: "wrongStage",
      values: { stage: "posting" },
    });
    const dayAfter = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await openVote({ actor: world.admin, input, today: dayAfter });
    const vote = await voteOf(world);
    expect(vote).toMatchObject({ status: "OPEN", membership: 3, quorumPercent: 50 });
    expect(vote.ballotKey).toMatch(/^[0-9a-f]{64}$/);
    const audit = await client.auditEvent.findMany({ where: { action: "vote.opened", objectId: world.movement.id } });
    expect(audit).toHaveLength(1);
  });

  it("refuses without a shortlist, without a council, and for anyone but an administrator", async () => {
    const noCouncil = await postedWorld(0);
    await expect(
      openVote({
        actor: noCouncil.admin,
        input: { movementId: noCouncil.movement.id, quorumPercent: null },
        today: reviewToday,
      }),
    ).rejects.toMatchObject({
      reason: "councilEmpty",
    });
    await client.nomination.updateMany({
      where: { id: { in: noCouncil.nominationIds } },
      data: { status: "NOT_SELECTED" },
    });
    await expect(
      openVote({
        actor: noCouncil.admin,
        input: { movementId: noCouncil.movement.id, quorumPercent: null },
        today: reviewToday,
      }),
    ).rejects.toMatchObject({
      reason: "shortlistEmpty",
    });
    const world = await postedWorld(1);
    await expect(
      openVote({
        actor: world.council[0]!,
        input: { movementId: world.movement.id, quorumPercent: null },
        today: reviewToday,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await client.councilVote.count({ where: { movementId: { in: [world.movement.id, noCouncil.movement.id] } } }),
    ).toBe(0);
  });
});

describe("castBallots", () => {
  it("replaces a changed choice instead of adding a ballot", async () => {
    const world = await openedWorld(2);
    const [x] = world.nominationIds as [string];
    const member = world.council[0]!;
    expect(await cast(world, member, { [x]: "APPROVE" })).toEqual({ saved: 1 });
    expect(await cast(world, member, { [x]: "APPROVE" })).toEqual({ saved: 0 });
    expect(await cast(world, member, { [x]: "REJECT" })).toEqual({ saved: 1 });
    const vote = await voteOf(world);
    expect(await client.ballot.count({ where: { voteId: vote.id, nominationId: x } })).toBe(1);
    expect(await client.voterRegister.count({ where: { voteId: vote.id, nominationId: x } })).toBe(1);
    const mine = await myBallot({ actor: member, movementId: world.movement.id });
    expect(mine?.choices).toEqual({ [x]: "REJECT" });
    const other = await myBallot({ actor: world.council[1]!, movementId: world.movement.id });
    expect(other?.choices).toEqual({});
  });

  it("answers Not found to someone not on the council, and refuses a nomination that is not a candidate", async () => {
    const world = await openedWorld(1);
    const [x] = world.nominationIds as [string];
    await expect(cast(world, world.officerA, { [x]: "APPROVE" })).rejects.toMatchObject({ code: "not_found" });
    await expect(cast(world, world.admin, { [x]: "APPROVE" })).rejects.toMatchObject({ code: "not_found" });
    await client.nomination.update({ where: { id: world.nominationIds[1]! }, data: { status: "NOT_SELECTED" } });
    await expect(cast(world, world.council[0]!, { [world.nominationIds[1]!]: "APPROVE" })).rejects.toMatchObject({
      reason: "notACandidate",
    });
    expect(await client.ballot.count({ where: { nominationId: { in: world.nominationIds } } })).toBe(0);
    expect(await myBallot({ actor: world.officerA, movementId: world.movement.id })).toBeNull();
  });

  it("refuses a ballot after the vote closed", async () => {
    const world = await openedWorld(1);
    const [x] = world.nominationIds as [string];
    await close(world);
    await expect(cast(world, world.council[0]!, { [x]: "APPROVE" })).rejects.toMatchObject({ reason: "voteClosed" });
    await expect(close(world)).rejects.toMatchObject({ reason: "voteClosed" });
  });
});

describe("closeVote", () => {
  it("counts against the total membership: 9 of 10 at 90% approves, 8 with 2 absent rejects", async () => {
    const world = await openedWorld(10);
    const [x, y] = world.nominationIds as [string, string];
    for (const [i, member] of world.council.slice(0, 9).entries())
      await cast(world, member, i < 8 ? { [x]: "APPROVE", [y]: "APPROVE" } : { [x]: "APPROVE" });
    expect(await close(world)).toEqual({ approved: 1, rejected: 1 });
    const tallies = await client.voteTally.findMany({
      where: { nominationId: { in: [x, y] } },
      select: { nominationId: true, approvals: true, rejections: true, abstentions: true, approved: true },
    });
    expect(tallies.find((t) => t.nominationId === x)).toMatchObject({
      approvals: 9,
      rejections: 0,
      abstentions: 0,
      approved: true,
    });
    expect(tallies.find((t) => t.nominationId === y)).toMatchObject({ approvals: 8, approved: false });
    expect(await statusOf(x)).toBe("APPROVED");
    expect(await statusOf(y)).toBe("REJECTED");
    const notices = await client.notification.findMany({
      where: { nominationId: { in: [x, y] } },
      select: { userId: true, kind: true, nominationId: true },
    });
    expect(notices).toHaveLength(2);
    expect(notices.find((n) => n.nominationId === x)).toMatchObject({
      userId: world.officerA.id,
      kind: "NOMINATION_APPROVED",
    });
    expect(notices.find((n) => n.nominationId === y)).toMatchObject({ kind: "NOMINATION_REJECTED" });
    const results = await client.auditEvent.findMany({ where: { action: "vote.result", objectId: y } });
    expect(results.map((r) => r.after)).toEqual([
      { approvals: 8, rejections: 0, abstentions: 0, membership: 10, outcome: "REJECTED" },
    ]);
  });

  it("applies a strict threshold: more than 50% of 8 needs 5 approvals", async () => {
    const world = await openedWorld(8, 2, { title: { thresholdPercent: 50, strict: true } });
    const [x, y] = world.nominationIds as [string, string];
    for (const [i, member] of world.council.entries())
      await cast(world, member, { [x]: i < 5 ? "APPROVE" : "REJECT", [y]: i < 4 ? "APPROVE" : "ABSTAIN" });
    await close(world);
    expect(await statusOf(x)).toBe("APPROVED");
    expect(await statusOf(y)).toBe("REJECTED");
    expect(await client.voteTally.findUniqueOrThrow({ where: { nominationId: y } })).toMatchObject({
      approvals: 4,
      rejections: 0,
      abstentions: 4,
    });
  });

  it("refuses to close before the quorum cast ballots", async () => {
    const world = await openedWorld(3, 1, { quorumPercent: 100 });
    const [x] = world.nominationIds as [string];
    await cast(world, world.council[0]!, { [x]: "APPROVE" });
    await cast(world, world.council[1]!, { [x]: "APPROVE" });
    await expect(close(world)).rejects.toMatchObject({ reason: "quorumNotReached", values: { have: "2", need: "3" } });
    expect((await voteOf(world)).status).toBe("OPEN");
    await recordWrittenBallot({
      actor: world.admin,
      input: { movementId: world.movement.id, memberId: world.council[2]!.id, nominationId: x, choice: "APPROVE" },
      today: reviewToday,
    });
    await close(world);
    expect(await statusOf(x)).toBe("APPROVED");
  });
});

describe("recordWrittenBallot", () => {
  it("counts an absent member's written ballot, audits the member without the choice, and locks it against the member", async () => {
    const world = await openedWorld(2, 1, { title: { thresholdPercent: 100, strict: false } });
    const [x] = world.nominationIds as [string];
    const absent = world.council[1]!;
    await cast(world, world.council[0]!, { [x]: "APPROVE" });
    await recordWrittenBallot({
      actor: world.admin,
      input: { movementId: world.movement.id, memberId: absent.id, nominationId: x, choice: "APPROVE" },
      today: reviewToday,
    });
    await expect(cast(world, absent, { [x]: "REJECT" })).rejects.toMatchObject({ reason: "writtenBallotRecorded" });
    const register = await client.voterRegister.findFirstOrThrow({ where: { nominationId: x, memberId: absent.id } });
    expect(register.writtenRecordedById).toBe(world.admin.id);
    const audit = await client.auditEvent.findMany({
      where: { action: "vote.written_ballot_recorded", objectType: "Nomination", objectId: x },
    });
    expect(audit.map((a) => a.after)).toEqual([{ memberId: absent.id }]);
    await close(world);
    expect(await client.voteTally.findUniqueOrThrow({ where: { nominationId: x } })).toMatchObject({
      approvals: 2,
      approved: true,
    });
  });

  it("refuses a written ballot for a member who already voted on that candidate", async () => {
    const world = await openedWorld(2, 1);
    const [x] = world.nominationIds as [string];
    await cast(world, world.council[0]!, { [x]: "REJECT" });
    const input = {
      movementId: world.movement.id,
      memberId: world.council[0]!.id,
      nominationId: x,
      choice: "APPROVE" as const,
    };
    await expect(recordWrittenBallot({ actor: world.admin, input, today: reviewToday })).rejects.toMatchObject({
      reason: "alreadyVoted",
    });
    await expect(
      recordWrittenBallot({
        actor: world.council[1]!,
        input: { ...input, memberId: world.council[1]!.id },
        today: reviewToday,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await client.ballot.count({ where: { nominationId: x } })).toBe(1);
  });
});

describe("secrecy of the ballot", () => {
  it("keeps no voter column on Ballot", async () => {
    const columns = await client.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'Ballot' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["choice", "id", "nominationId", "voteId", "voterKey"]);
    const references = await client.$queryRaw<{ table: string }[]>`
      SELECT ccu.table_name AS table
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.table_name = 'Ballot' AND tc.constraint_type = 'FOREIGN KEY'`;
    expect(references.map((r) => r.table).sort()).toEqual(["CouncilVote", "Nomination"]);
  });

  it("shows administrators no choice while open, and unlinks every ballot at closing", async () => {
    const world = await openedWorld(3, 2);
    const [x, y] = world.nominationIds as [string, string];
    await cast(world, world.council[0]!, { [x]: "APPROVE", [y]: "REJECT" });
    await cast(world, world.council[1]!, { [x]: "ABSTAIN" });
    await recordWrittenBallot({
      actor: world.admin,
      input: { movementId: world.movement.id, memberId: world.council[2]!.id, nominationId: y, choice: "APPROVE" },
      today: reviewToday,
    });
    const open = await voteProgress({ actor: world.admin, movementId: world.movement.id });
    expect(JSON.stringify(open)).not.toMatch(/APPROVE|REJECT|ABSTAIN/);
    expect(open?.members.map((m) => [m.voted, m.attendance]).sort()).toEqual([
      [1, "inPerson"],
      [1, "written"],
      [2, "inPerson"],
    ]);
    expect(open?.candidates.map((c) => c.ballots).sort()).toEqual([2, 2]);
    const vote = await voteOf(world);
    const before = await client.ballot.findMany({ where: { voteId: vote.id }, select: { id: true, voterKey: true } });
    expect(before.every((b) => b.voterKey !== null)).toBe(true);

    await close(world);
    const after = await client.ballot.findMany({
      where: { voteId: vote.id },
      select: { id: true, voterKey: true, nominationId: true, choice: true },
    });
    expect(after).toHaveLength(4);
    expect(after.every((b) => b.voterKey === null)).toBe(true);
    expect(after.some((b) => before.some((old) => old.id === b.id))).toBe(false);
    expect((await voteOf(world)).ballotKey).toBeNull();
    // Only totals remain, and no member, not even the voter, sees a choice.
    const mine = await myBallot({ actor: world.council[0]!, movementId: world.movement.id });
    expect(mine?.choices).toEqual({});
    expect(mine?.tallies.find((t) => t.nominationId === x)).toMatchObject({
      approvals: 1,
      rejections: 0,
      abstentions: 1,
    });
    const closed = await voteProgress({ actor: world.admin, movementId: world.movement.id });
    expect(closed?.tallies.find((t) => t.nominationId === y)).toMatchObject({
      approvals: 1,
      rejections: 1,
      abstentions: 0,
      needed: 3,
      comparison: "atLeast",
    });
    // The audit of the vote never pairs a member with a choice.
    const events = await client.auditEvent.findMany({
      where: { action: { startsWith: "vote." }, objectId: { in: [x, y, world.movement.id] } },
    });
    for (const event of events) {
      const after = JSON.stringify(event.after);
      if (after.includes("memberId")) expect(after).not.toMatch(/choice|APPROVE|REJECT|ABSTAIN/);
      expect(after).not.toContain(world.council[0]!.id);
      expect(after).not.toContain(world.council[1]!.id);
    }
  });

  it("refuses the administrators' view to anyone else", async () => {
    const world = await openedWorld(1, 1);
    await expect(voteProgress({ actor: world.council[0]!, movementId: world.movement.id })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
