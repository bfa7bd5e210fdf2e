import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReviewWorld,
  insertPosting,
  insertReview,
  reviewToday,
  type ReviewWorld,
} from "../../../scripts/test/review-factories";
import { createNominationMovement } from "../../../scripts/test/nomination-factories";
import { createPrismaClient } from "../../db";
import type { ReviewStatus } from "../../generated/prisma/enums";
import { ReviewRefusedError } from "../errors";
import { setShortlisted } from "./shortlist";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: ReviewWorld;
beforeAll(async () => {
  world = await createReviewWorld(client, { nominations: 0, councilSize: 2 });
});

type Movement = Awaited<ReturnType<typeof createNominationMovement>>;

/** A movement under review whose basic title has `rules`. */
async function movementWith(rules: { quotaTotal?: number; quotaPerUnit?: number }): Promise<Movement> {
  const movement = await createNominationMovement(client, world, { status: "REVIEW", basicRules: rules });
  return movement;
}

/** A nomination IN_REVIEW of the basic title in `unitId` with one review (SUBMITTED unless said otherwise). */
async function ranked(movement: Movement, unitId: string, review: ReviewStatus | null = "SUBMITTED") {
  const name = `Hoàng Thị Chọn ${randomUUID().slice(0, 6)}`;
  const nomination = await client.nomination.create({
    data: {
      movementId: movement.id,
      awardTitleId: movement.titles.basic.id,
      unitId,
      nominatingUnitId: unitId,
      createdById: world.officerA.id,
      nomineeKind: "INDIVIDUAL",
      nomineeName: name,
      nomineeNameSearch: name.toLowerCase(),
      status: "IN_REVIEW",
      submittedAt: new Date(),
    },
  });
  if (review) {
    await insertReview(client, {
      nominationId: nomination.id,
      reviewerId: world.council[0]!.id,
      criterionIds: movement.criteria.map((c) => c.id),
      scores: [8, 7],
      status: review,
    });
  }
  return nomination.id;
}

const shortlist = (nominationId: string, shortlisted = true, actor = world.admin) =>
  setShortlisted({ actor, input: { nominationId, shortlisted }, today: reviewToday });
const statusOf = async (id: string) => (await client.nomination.findUniqueOrThrow({ where: { id } })).status;
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReviewRefusedError);
  return { reason: (error as ReviewRefusedError).reason, values: (error as ReviewRefusedError).values };
};

describe("shortlisting", () => {
  it("fills the title's quota exactly and refuses one more without changing anything", async () => {
    const movement = await movementWith({ quotaTotal: 2 });
    const [first, second, third] = [
      await ranked(movement, world.a.id),
      await ranked(movement, world.b.id),
      await ranked(movement, world.aTeam.id),
    ];
    expect(await shortlist(first)).toEqual({ changed: true });
    expect(await shortlist(second)).toEqual({ changed: true });
    expect(await refusal(shortlist(third))).toEqual({ reason: "titleQuotaReached", values: { quota: "2" } });
    expect(await statusOf(third)).toBe("IN_REVIEW");
    expect(await client.auditEvent.count({ where: { objectId: third } })).toBe(0);
    const audit = await client.auditEvent.findFirstOrThrow({ where: { objectType: "Nomination", objectId: first } });
    expect(audit).toMatchObject({
      action: "nomination.shortlisted",
      actorId: world.admin.id,
      before: { status: "IN_REVIEW" },
      after: { status: "SHORTLISTED" },
    });
    // Asking again for what holds changes nothing (and does not count against the quota).
    expect(await shortlist(first)).toEqual({ changed: false });
  });

  it("takes a nomination off the shortlist back to review, freeing its place", async () => {
    const movement = await movementWith({ quotaTotal: 1 });
    const [first, second] = [await ranked(movement, world.a.id), await ranked(movement, world.b.id)];
    await shortlist(first);
    expect(await shortlist(first, false)).toEqual({ changed: true });
    expect(await statusOf(first)).toBe("IN_REVIEW");
    expect(await client.auditEvent.count({ where: { objectId: first, action: "nomination.unshortlisted" } })).toBe(1);
    expect(await shortlist(second)).toEqual({ changed: true });
  });

  it("keeps to the per-unit limit: a unit's second nominee is refused, another unit's is not", async () => {
    const movement = await movementWith({ quotaPerUnit: 1 });
    const [ofA, alsoOfA, ofB] = [
      await ranked(movement, world.a.id),
      await ranked(movement, world.a.id),
      await ranked(movement, world.b.id),
    ];
    await shortlist(ofA);
    expect(await refusal(shortlist(alsoOfA))).toEqual({ reason: "unitQuotaReached", values: { quota: "1" } });
    expect(await statusOf(alsoOfA)).toBe("IN_REVIEW");
    expect(await shortlist(ofB)).toEqual({ changed: true });
  });

  it("lets exactly one of two concurrent shortlists take the last place", async () => {
    const movement = await movementWith({ quotaTotal: 1 });
    const [first, second] = [await ranked(movement, world.a.id), await ranked(movement, world.b.id)];
    const outcomes = await Promise.allSettled([shortlist(first), shortlist(second)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as ReviewRefusedError).reason).toBe("titleQuotaReached");
    expect(await client.nomination.count({ where: { movementId: movement.id, status: "SHORTLISTED" } })).toBe(1);
  });

  it("refuses a nomination without a submitted review, and outside the shortlisting stages", async () => {
    const movement = await movementWith({});
    const unranked = await ranked(movement, world.a.id, "IN_PROGRESS");
    expect((await refusal(shortlist(unranked))).reason).toBe("notRanked");
    const waiting = await ranked(movement, world.b.id);
    await insertPosting(client, { movementId: movement.id, postedById: world.admin.id, startsOn: reviewToday });
    expect(await refusal(shortlist(waiting))).toEqual({ reason: "wrongStage", values: { stage: "posting" } });
    expect(await statusOf(waiting)).toBe("IN_REVIEW");
  });

  it("is for administrators only", async () => {
    const movement = await movementWith({});
    const id = await ranked(movement, world.a.id);
    await expect(shortlist(id, true, world.officerA)).rejects.toMatchObject({ code: "forbidden" });
    await expect(shortlist(id, true, world.council[0]!)).rejects.toMatchObject({ code: "forbidden" });
    expect(await statusOf(id)).toBe("IN_REVIEW");
  });
});
