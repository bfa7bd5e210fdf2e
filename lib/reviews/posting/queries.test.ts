import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReviewWorld,
  insertPosting,
  reviewToday,
  shortlist,
  type ReviewWorld,
} from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { feedbackForAdmin, postedShortlist, postingOverview } from "./queries";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const body = "Đề nghị làm rõ số liệu về tỷ lệ hài lòng.";

async function postedWorld(audience: "PUBLIC" | "STAFF", visibility: "PUBLIC" | "STAFF" = "PUBLIC") {
  const world = await createReviewWorld(client, { nominations: 3, councilSize: 1 });
  await client.movement.update({ where: { id: world.movement.id }, data: { visibility } });
  await shortlist(client, world.nominationIds.slice(0, 2));
  await insertPosting(client, {
    movementId: world.movement.id,
    postedById: world.admin.id,
    startsOn: reviewToday,
    audience,
  });
  return world;
}

describe("who sees the posted shortlist", () => {
  it("shows a public posting of a public movement to anonymous visitors", async () => {
    const world = await postedWorld("PUBLIC");
    const posted = await postedShortlist({ actor: null, movementId: world.movement.id, today: reviewToday });
    expect(posted?.titles).toHaveLength(1);
    expect(posted?.titles[0]?.candidates.map((c) => c.id).sort()).toEqual(world.nominationIds.slice(0, 2).sort());
    expect(posted?.myFeedback).toEqual([]);
  });

  it("hides a staff posting from anonymous visitors, not from signed-in members", async () => {
    const world = await postedWorld("STAFF");
    expect(await postedShortlist({ actor: null, movementId: world.movement.id, today: reviewToday })).toBeNull();
    expect(
      await postedShortlist({ actor: world.staffA, movementId: world.movement.id, today: reviewToday }),
    ).not.toBeNull();
    expect(
      await postedShortlist({ actor: world.officerB, movementId: world.movement.id, today: reviewToday }),
    ).not.toBeNull();
  });

  it("hides a public posting of a staff-only movement from anonymous visitors", async () => {
    const world = await postedWorld("PUBLIC", "STAFF");
    expect(await postedShortlist({ actor: null, movementId: world.movement.id, today: reviewToday })).toBeNull();
  });

  it("shows nothing before the shortlist is posted", async () => {
    const world = await createReviewWorld(client, { nominations: 1, councilSize: 1 });
    await shortlist(client, world.nominationIds);
    expect(await postedShortlist({ actor: world.admin, movementId: world.movement.id, today: reviewToday })).toBeNull();
  });
});

describe("the administrators' view of the posting", () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await postedWorld("STAFF");
    const [first, second] = world.nominationIds;
    const feedback = (nominationId: string, kind: "FEEDBACK" | "OBJECTION", resolved = false) =>
      client.postingFeedback.create({
        data: {
          movementId: world.movement.id,
          nominationId,
          authorId: world.staffA.id,
          kind,
          body,
          ...(resolved ? { resolution: "Đã trả lời.", resolvedById: world.admin.id, resolvedAt: new Date() } : {}),
        },
      });
    await feedback(first!, "FEEDBACK");
    await feedback(first!, "OBJECTION");
    await feedback(second!, "OBJECTION", true);
  });

  it("counts feedback, objections and unresolved objections", async () => {
    const overview = await postingOverview({ actor: world.admin, movementId: world.movement.id, today: reviewToday });
    expect(overview?.counts).toEqual({ feedback: 1, objections: 2, unresolved: 1 });
    expect(overview?.shortlisted).toBe(2);
    // Wednesday 2 December 2026 + 10 working days: 2–4, 7–11, 14–15 December.
    expect(overview?.window).toMatchObject({ startsOn: "2026-12-02", lastDay: "2026-12-15", isOpen: true });
  });

  it("lists all feedback with its author and unit, or the unresolved objections only", async () => {
    const all = await feedbackForAdmin({ actor: world.admin, movementId: world.movement.id, filter: "all" });
    expect(all?.total).toBe(3);
    expect(all?.rows[0]).toMatchObject({ authorName: world.staffA.name, authorUnits: world.a.name });
    const unresolved = await feedbackForAdmin({
      actor: world.admin,
      movementId: world.movement.id,
      filter: "unresolved",
    });
    expect(unresolved?.rows.map((r) => [r.kind, r.resolvedAt])).toEqual([["OBJECTION", null]]);
  });

  it("is nothing for anyone but an administrator", async () => {
    expect(await feedbackForAdmin({ actor: world.officerA, movementId: world.movement.id, filter: "all" })).toBeNull();
    expect(
      await postingOverview({ actor: world.staffA, movementId: world.movement.id, today: reviewToday }),
    ).toBeNull();
  });
});
