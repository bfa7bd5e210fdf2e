import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "../../scripts/test/factories";
import { createReviewWorld, insertReview, reviewToday, type ReviewWorld } from "../../scripts/test/review-factories";
import { createPrismaClient } from "../db";
import { nextReviewToScore, reviewerQueue, reviewForScoring } from "./reviewer-queue";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: ReviewWorld;
/** Reviews of council member 0 on nominations 0, 1, 2 (the second submitted), and one of member 1 on nomination 0. */
let mine: { id: string }[];
let theirs: { id: string };
beforeAll(async () => {
  world = await createReviewWorld(client, { nominations: 3, councilSize: 2 });
  const criterionIds = world.movement.criteria.map((c) => c.id);
  const [me, them] = world.council;
  mine = [
    await insertReview(client, { nominationId: world.nominationIds[0]!, reviewerId: me!.id, criterionIds, scores: [7, 8], status: "IN_PROGRESS" }),
    await insertReview(client, { nominationId: world.nominationIds[1]!, reviewerId: me!.id, criterionIds, scores: [9, 9] }),
    await insertReview(client, { nominationId: world.nominationIds[2]!, reviewerId: me!.id, criterionIds: [], scores: [], status: "ASSIGNED" }),
  ];
  theirs = await insertReview(client, { nominationId: world.nominationIds[0]!, reviewerId: them!.id, criterionIds, scores: [3, 4] });
});

describe("the reviewer's queue", () => {
  it("lists the actor's own assignments of each movement with progress", async () => {
    const queue = await reviewerQueue({ actor: world.council[0]! });
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ movementId: world.movement.id, submitted: 1, total: 3 });
    expect(queue[0]!.items.map((i) => i.reviewId).sort()).toEqual(mine.map((r) => r.id).sort());
    expect(queue[0]!.items[0]).toMatchObject({ nomineeKind: "INDIVIDUAL", unitName: world.a.name, titleName: world.movement.awardTitles[0]!.name });
    const theirQueue = await reviewerQueue({ actor: world.council[1]!, movementId: world.movement.id });
    expect(theirQueue.map((m) => [m.submitted, m.total, m.items.map((i) => i.reviewId)])).toEqual([[1, 1, [theirs.id]]]);
  });

  it("is empty for someone with no assignments", async () => {
    const newcomer = await createActor(client, { role: "REVIEWER", unit: world.outside });
    expect(await reviewerQueue({ actor: newcomer })).toEqual([]);
    expect(await nextReviewToScore({ actor: newcomer, afterReviewId: mine[0]!.id })).toBeNull();
  });

  it("finds the next unsubmitted assignment in queue order, wrapping round and skipping submitted ones", async () => {
    const me = world.council[0]!;
    const order = (await reviewerQueue({ actor: me }))[0]!.items.map((i) => i.reviewId);
    const open = order.filter((id) => id !== mine[1]!.id);
    expect(await nextReviewToScore({ actor: me, afterReviewId: open[0]! })).toBe(open[1]);
    expect(await nextReviewToScore({ actor: me, afterReviewId: open[1]! })).toBe(open[0]);
  });
});

describe("a review for scoring", () => {
  it("shows the reviewer their own scores and the dossier, never another reviewer's scores", async () => {
    const view = await reviewForScoring({ actor: world.council[0]!, reviewId: mine[0]!.id, today: reviewToday });
    const [first, second] = world.movement.criteria;
    expect(view).toMatchObject({ canEdit: true, canReopen: false, stage: "reviewing" });
    expect(view!.scores).toEqual({ [first!.id]: { score: "7", comment: "" }, [second!.id]: { score: "8", comment: "" } });
    expect(view!.nomination.movement.criteria.map((c) => [c.weight, c.maxScore])).toEqual([
      [60, 10],
      [40, 10],
    ]);
    // Reviewer 2 scored this nomination 3 and 4: nothing of it is in what reviewer 1 is given.
    const text = JSON.stringify(view);
    expect(text).not.toContain(theirs.id);
    expect(text).not.toContain(world.council[1]!.id);
    expect(text).not.toMatch(/"score":"[34]"/);
  });

  it("is read-only once submitted, read-only for administrators (who may reopen), and hidden from everyone else", async () => {
    expect(await reviewForScoring({ actor: world.council[0]!, reviewId: mine[1]!.id, today: reviewToday })).toMatchObject({ canEdit: false, canReopen: false });
    expect(await reviewForScoring({ actor: world.admin, reviewId: mine[1]!.id, today: reviewToday })).toMatchObject({ canEdit: false, canReopen: true, canDeclareConflict: false });
    expect(await reviewForScoring({ actor: world.council[1]!, reviewId: mine[0]!.id, today: reviewToday })).toBeNull();
    expect(await reviewForScoring({ actor: world.officerA, reviewId: mine[0]!.id, today: reviewToday })).toBeNull();
    expect(await reviewForScoring({ actor: world.staffA, reviewId: mine[0]!.id, today: reviewToday })).toBeNull();
  });
});
