// Integration tests of the council commands and queries against the real database.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../../scripts/test/factories";
import {
  addCouncilMembers,
  createReviewWorld,
  insertPosting,
  insertReview,
  reviewToday,
  type ReviewWorld,
} from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { DomainError } from "../../errors";
import type { Actor } from "../../session";
import {
  addCouncilMember,
  assignReviewer,
  autoAssign,
  removeCouncilMember,
  unassignReview,
  updateReviewSettings,
} from "./commands";
import { councilOverview, eligibleReviewers, reviewCoverage, reviewerCandidates } from "./queries";
import { ReviewRefusedError } from "../errors";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const today = reviewToday;

async function refusal(promise: Promise<unknown>): Promise<{ reason: string; values: Record<string, string> }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ReviewRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { reason: error.reason, values: error.values };
}

async function domainCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a domain error, got ${String(error)}`);
  return error.code;
}

async function reviewersOf(nominationId: string): Promise<string[]> {
  return (await client.review.findMany({ where: { nominationId }, select: { reviewerId: true } }))
    .map((r) => r.reviewerId)
    .sort();
}

describe("automatic assignment", () => {
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(client, { nominations: 10, councilSize: 5 });
  });

  it("balances 10 nominations × 3 reviewers over 5 members, 6 each, and starts the review", async () => {
    const result = await autoAssign({ actor: world.admin, movementId: world.movement.id, today });
    expect(result).toEqual({ assigned: 30, shortfalls: [] });
    const overview = await councilOverview(world.movement.id);
    expect(overview.map((m) => m.assigned)).toEqual([6, 6, 6, 6, 6]);
    const statuses = await client.nomination.findMany({
      where: { id: { in: world.nominationIds } },
      select: { status: true, version: true },
    });
    expect(statuses.every((n) => n.status === "IN_REVIEW" && n.version === 3)).toBe(true);
    const reviews = await client.review.findMany({
      where: { nominationId: { in: world.nominationIds } },
      select: { assignedById: true, status: true },
    });
    expect(reviews.every((r) => r.assignedById === world.admin.id && r.status === "ASSIGNED")).toBe(true);
  });

  it("writes one movement audit event, one per assignment on the nomination, and one notice per reviewer", async () => {
    await autoAssign({ actor: world.admin, movementId: world.movement.id, today });
    const movementEvents = await client.auditEvent.findMany({
      where: { objectType: "Movement", objectId: world.movement.id, action: "review.auto_assigned" },
    });
    expect(movementEvents).toHaveLength(1);
    expect(movementEvents[0]!.after).toMatchObject({ assigned: 30, shortfalls: 0 });
    expect(
      await client.auditEvent.count({
        where: { objectType: "Nomination", objectId: world.nominationIds[0], action: "review.assigned" },
      }),
    ).toBe(3);
    const notices = await client.notification.findMany({
      where: { userId: { in: world.council.map((m) => m.id) }, kind: "REVIEWS_ASSIGNED" },
    });
    expect(notices).toHaveLength(5);
    expect(notices.every((n) => (n.params as Record<string, string>).count === "6")).toBe(true);
  });

  it("keeps existing assignments and a second run assigns nothing more", async () => {
    const first = world.nominationIds[0]!;
    await client.review.create({ data: { nominationId: first, reviewerId: world.council[4]!.id } });
    const result = await autoAssign({ actor: world.admin, movementId: world.movement.id, today });
    expect(result.assigned).toBe(29);
    expect(await reviewersOf(first)).toContain(world.council[4]!.id);
    expect((await councilOverview(world.movement.id)).map((m) => m.assigned)).toEqual([6, 6, 6, 6, 6]);
    expect(await autoAssign({ actor: world.admin, movementId: world.movement.id, today })).toEqual({
      assigned: 0,
      shortfalls: [],
    });
  });

  it("never double-assigns when two administrators run it at the same moment", async () => {
    const results = await Promise.all([
      autoAssign({ actor: world.admin, movementId: world.movement.id, today }),
      autoAssign({ actor: world.admin, movementId: world.movement.id, today }),
    ]);
    expect(results.map((r) => r.assigned).sort()).toEqual([0, 30]);
    expect(await client.review.count({ where: { nominationId: { in: world.nominationIds } } })).toBe(30);
  });

  it("refuses a non-administrator, and a movement that is not under review", async () => {
    expect(await domainCode(autoAssign({ actor: world.officerA, movementId: world.movement.id, today }))).toBe(
      "forbidden",
    );
    expect(await domainCode(autoAssign({ actor: world.council[0]!, movementId: world.movement.id, today }))).toBe(
      "forbidden",
    );
    await insertPosting(client, { movementId: world.movement.id, postedById: world.admin.id, startsOn: today });
    expect(await refusal(autoAssign({ actor: world.admin, movementId: world.movement.id, today }))).toEqual({
      reason: "wrongStage",
      values: { stage: "posting" },
    });
  });
});

describe("conflicts of interest and recusals", () => {
  let world: ReviewWorld;
  let onUnit: Actor;
  let below: Actor;
  let intermediate: Actor;
  let onRoot: Actor;
  let nominationAtA: string;
  let nominationInTeam: string;

  beforeEach(async () => {
    world = await createReviewWorld(client, { nominations: 2, councilSize: 0 });
    [nominationAtA, nominationInTeam] = world.nominationIds as [string, string];
    await client.nomination.update({ where: { id: nominationAtA }, data: { nomineeName: "Nguyễn Văn Một" } });
    await client.nomination.update({
      where: { id: nominationInTeam },
      data: { nomineeName: "Trần Thị Hai", unitId: world.aTeam.id },
    });
    onUnit = await createActor(client, { role: "REVIEWER", unit: world.a });
    below = await createActor(client, { role: "REVIEWER", unit: world.aTeam });
    intermediate = onUnit; // world.a sits between the organizing root and the team
    onRoot = await createActor(client, { role: "REVIEWER", unit: world.root });
    await addCouncilMembers(client, world.movement.id, [onUnit, below, onRoot, world.officerA]);
  });

  it("refuses by hand a reviewer on the nominee's unit, below it, on an intermediate ancestor, and the nominating officer", async () => {
    const assign = (nominationId: string, reviewerId: string) =>
      assignReviewer({ actor: world.admin, nominationId, reviewerId, today });
    expect(await refusal(assign(nominationAtA, onUnit.id))).toMatchObject({
      reason: "conflictOfInterest",
      values: { kind: "sameUnit" },
    });
    expect(await refusal(assign(nominationAtA, below.id))).toMatchObject({
      reason: "conflictOfInterest",
      values: { kind: "unitBelow" },
    });
    expect(await refusal(assign(nominationInTeam, intermediate.id))).toMatchObject({
      reason: "conflictOfInterest",
      values: { kind: "unitAbove" },
    });
    expect(await refusal(assign(nominationAtA, world.officerA.id))).toMatchObject({
      reason: "conflictOfInterest",
      values: { kind: "nominator" },
    });
    expect(await client.review.count({ where: { nominationId: { in: [nominationAtA, nominationInTeam] } } })).toBe(0);
  });

  it("assigns by hand a reviewer on the organizing unit, starts the review, and refuses a second time", async () => {
    const { reviewId } = await assignReviewer({
      actor: world.admin,
      nominationId: nominationAtA,
      reviewerId: onRoot.id,
      today,
    });
    expect(
      await client.nomination.findUniqueOrThrow({ where: { id: nominationAtA }, select: { status: true } }),
    ).toEqual({ status: "IN_REVIEW" });
    expect(
      await client.auditEvent.count({
        where: {
          objectType: "Nomination",
          objectId: nominationAtA,
          action: "review.assigned",
          after: { path: ["reviewId"], equals: reviewId },
        },
      }),
    ).toBe(1);
    expect(
      await client.notification.count({
        where: { userId: onRoot.id, kind: "REVIEWS_ASSIGNED", nominationId: nominationAtA },
      }),
    ).toBe(1);
    expect(
      (await refusal(assignReviewer({ actor: world.admin, nominationId: nominationAtA, reviewerId: onRoot.id, today })))
        .reason,
    ).toBe("alreadyAssigned");
  });

  it("refuses by hand someone who is not on the council", async () => {
    const stranger = await createActor(client, { role: "REVIEWER", unit: world.outside });
    expect(
      (
        await refusal(
          assignReviewer({ actor: world.admin, nominationId: nominationAtA, reviewerId: stranger.id, today }),
        )
      ).reason,
    ).toBe("notCouncilMember");
  });

  it("automatically assigns only the reviewer without conflict and reports the shortfall", async () => {
    const result = await autoAssign({ actor: world.admin, movementId: world.movement.id, today });
    expect(await reviewersOf(nominationAtA)).toEqual([onRoot.id]);
    // The team's nominee: `below` sits on its own unit, `onUnit` above it, officerA nominated it.
    expect(await reviewersOf(nominationInTeam)).toEqual([onRoot.id]);
    expect(result.assigned).toBe(2);
    expect(result.shortfalls.map((s) => [s.nomineeName, s.missing]).sort()).toEqual([
      ["Nguyễn Văn Một", 2],
      ["Trần Thị Hai", 2],
    ]);
  });

  it("never assigns a reviewer who declared a conflict, automatically or by hand", async () => {
    await client.reviewRecusal.create({
      data: { nominationId: nominationAtA, reviewerId: onRoot.id, reason: "Người thân" },
    });
    await autoAssign({ actor: world.admin, movementId: world.movement.id, today });
    expect(await reviewersOf(nominationAtA)).toEqual([]);
    expect(
      (await refusal(assignReviewer({ actor: world.admin, nominationId: nominationAtA, reviewerId: onRoot.id, today })))
        .reason,
    ).toBe("reviewerRecused");
    expect(await eligibleReviewers(nominationAtA)).toEqual([]);
  });

  it("lists as eligible only the members without conflict", async () => {
    expect((await eligibleReviewers(nominationInTeam)).map((r) => r.userId)).toEqual([onRoot.id]);
  });
});

describe("council membership, settings and unassigning", () => {
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(client, { nominations: 2, councilSize: 2 });
  });

  it("seats an active reviewer once, refuses anyone else, and lists who can still join", async () => {
    const reviewer = await createActor(client, { role: "REVIEWER", unit: world.outside });
    expect((await reviewerCandidates(world.movement.id)).map((c) => c.userId)).toContain(reviewer.id);
    await addCouncilMember({ actor: world.admin, movementId: world.movement.id, userId: reviewer.id, today });
    expect((await reviewerCandidates(world.movement.id)).map((c) => c.userId)).not.toContain(reviewer.id);
    expect(
      (
        await refusal(
          addCouncilMember({ actor: world.admin, movementId: world.movement.id, userId: reviewer.id, today }),
        )
      ).reason,
    ).toBe("alreadyCouncilMember");
    expect(
      (
        await refusal(
          addCouncilMember({ actor: world.admin, movementId: world.movement.id, userId: world.officerA.id, today }),
        )
      ).reason,
    ).toBe("notAReviewer");
    expect(
      await domainCode(
        addCouncilMember({ actor: world.officerA, movementId: world.movement.id, userId: reviewer.id, today }),
      ),
    ).toBe("forbidden");
    expect(
      await client.auditEvent.count({
        where: { objectType: "Movement", objectId: world.movement.id, action: "council.member_added" },
      }),
    ).toBe(1);
  });

  it("refuses to change the council once the vote is open", async () => {
    await client.councilVote.create({
      data: { movementId: world.movement.id, membership: 2, openedById: world.admin.id, status: "OPEN" },
    });
    const reviewer = await createActor(client, { role: "REVIEWER", unit: world.outside });
    expect(
      await refusal(
        addCouncilMember({ actor: world.admin, movementId: world.movement.id, userId: reviewer.id, today }),
      ),
    ).toEqual({ reason: "wrongStage", values: { stage: "voting" } });
  });

  it("unseats a member with open assignments only, and refuses one with a submitted review", async () => {
    const [first, second] = world.council as [Actor, Actor];
    const [n1, n2] = world.nominationIds as [string, string];
    await client.review.create({ data: { nominationId: n1, reviewerId: first.id } });
    await insertReview(client, {
      nominationId: n1,
      reviewerId: second.id,
      criterionIds: world.movement.criteria.map((c) => c.id),
      scores: [8, 7],
    });
    expect(
      await removeCouncilMember({ actor: world.admin, movementId: world.movement.id, userId: first.id, today }),
    ).toEqual({ unassigned: 1 });
    expect(await reviewersOf(n1)).toEqual([second.id]);
    expect(
      await client.auditEvent.count({ where: { objectType: "Nomination", objectId: n1, action: "review.unassigned" } }),
    ).toBe(1);
    expect(
      await refusal(
        removeCouncilMember({ actor: world.admin, movementId: world.movement.id, userId: second.id, today }),
      ),
    ).toMatchObject({
      reason: "memberHasSubmittedReviews",
      values: { count: "1" },
    });
    expect(await client.councilMember.count({ where: { movementId: world.movement.id } })).toBe(1);
    expect(n2).toBeTruthy();
  });

  it("takes back an unsubmitted assignment and refuses a submitted one", async () => {
    const open = await client.review.create({
      data: { nominationId: world.nominationIds[0]!, reviewerId: world.council[0]!.id },
    });
    const done = await insertReview(client, {
      nominationId: world.nominationIds[0]!,
      reviewerId: world.council[1]!.id,
      criterionIds: world.movement.criteria.map((c) => c.id),
      scores: [5, 5],
    });
    await unassignReview({ actor: world.admin, reviewId: open.id, today });
    expect(await client.review.count({ where: { id: open.id } })).toBe(0);
    expect((await refusal(unassignReview({ actor: world.admin, reviewId: done.id, today }))).reason).toBe(
      "reviewSubmitted",
    );
    expect(await domainCode(unassignReview({ actor: world.council[1]!, reviewId: done.id, today }))).toBe("forbidden");
  });

  it("updates the settings at the read version and refuses a stale version", async () => {
    const { version } = await client.movement.findUniqueOrThrow({
      where: { id: world.movement.id },
      select: { version: true },
    });
    const settings = { reviewersPerNomination: 2, disagreementPoints: 15, calibrateScores: true };
    await updateReviewSettings({ actor: world.admin, movementId: world.movement.id, version, settings, today });
    expect(
      await client.movement.findUniqueOrThrow({
        where: { id: world.movement.id },
        select: { reviewersPerNomination: true, disagreementPoints: true, calibrateScores: true, version: true },
      }),
    ).toEqual({
      ...settings,
      version: version + 1,
    });
    expect(
      await domainCode(
        updateReviewSettings({ actor: world.admin, movementId: world.movement.id, version, settings, today }),
      ),
    ).toBe("conflict");
  });

  it("reports coverage per nomination, flagging those short of completed reviews", async () => {
    const [n1] = world.nominationIds as [string, string];
    for (const member of world.council)
      await insertReview(client, {
        nominationId: n1,
        reviewerId: member.id,
        criterionIds: world.movement.criteria.map((c) => c.id),
        scores: [6, 6],
      });
    const all = await reviewCoverage({ movementId: world.movement.id, perNomination: 2, onlyShort: false, page: 1 });
    expect(all.total).toBe(2);
    expect(all.rows.find((r) => r.nominationId === n1)).toMatchObject({ submitted: 2, isShort: false });
    expect(all.rows.find((r) => r.nominationId === n1)!.assignments).toHaveLength(2);
    const short = await reviewCoverage({ movementId: world.movement.id, perNomination: 2, onlyShort: true, page: 1 });
    expect(short.rows.map((r) => [r.nominationId, r.submitted, r.isShort])).toEqual([
      [world.nominationIds[1], 0, true],
    ]);
  });
});
