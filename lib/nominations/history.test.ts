import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReviewWorld, type ReviewWorld } from "../../scripts/test/review-factories";
import { createPrismaClient } from "../db";
import { nominationHistory } from "./history";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: ReviewWorld;
let nominationId: string;
beforeAll(async () => {
  world = await createReviewWorld(client, { nominations: 1, councilSize: 1 });
  nominationId = world.nominationIds[0]!;
  const reviewer = world.council[0]!;
  await client.review.create({
    data: { nominationId, reviewerId: reviewer.id, status: "SUBMITTED", submittedAt: new Date() },
  });
  const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 8, minute));
  await client.auditEvent.createMany({
    data: [
      {
        actorId: world.admin.id,
        action: "nomination.returned",
        objectType: "Nomination",
        objectId: nominationId,
        at: at(1),
        after: { status: "RETURNED", returnComment: "Bổ sung minh chứng." },
      },
      {
        actorId: world.admin.id,
        action: "review.assigned",
        objectType: "Nomination",
        objectId: nominationId,
        at: at(2),
        after: { reviewerId: reviewer.id },
      },
      {
        actorId: reviewer.id,
        action: "review.submitted",
        objectType: "Nomination",
        objectId: nominationId,
        at: at(3),
        after: { score: 87.5 },
      },
      {
        actorId: world.staffA.id,
        action: "posting.feedback_sent",
        objectType: "Nomination",
        objectId: nominationId,
        at: at(4),
        after: { kind: "OBJECTION" },
      },
      {
        actorId: world.admin.id,
        action: "vote.result",
        objectType: "Nomination",
        objectId: nominationId,
        at: at(5),
        after: { approvals: 1, rejections: 0, abstentions: 0, approved: true },
      },
      {
        actorId: world.admin.id,
        action: "nomination.honoured",
        objectType: "Nomination",
        objectId: nominationId,
        at: at(6),
        after: { status: "HONOURED" },
      },
      // Another object's events never show.
      {
        actorId: world.admin.id,
        action: "decision.recorded",
        objectType: "Movement",
        objectId: world.movement.id,
        at: at(7),
      },
    ],
  });
});

describe("nominationHistory", () => {
  it("lists the dossier's events oldest first with every actor and detail for administrators", async () => {
    const events = (await nominationHistory({ actor: world.admin, nominationId }))!;
    expect(events.map((e) => e.action)).toEqual([
      "nomination.created",
      "nomination.submitted",
      "nomination.returned",
      "review.assigned",
      "review.submitted",
      "posting.feedback_sent",
      "vote.result",
      "nomination.honoured",
    ]);
    const by = Object.fromEntries(events.map((e) => [e.action, e]));
    expect(by["nomination.created"]!.actorName).toBe(world.officerA.name);
    expect(by["review.submitted"]!.actorName).toBe(world.council[0]!.name);
    expect(by["posting.feedback_sent"]!.actorName).toBe(world.staffA.name);
    expect(by["vote.result"]!.totals).toEqual({ approvals: 1, rejections: 0, abstentions: 0 });
    expect(by["nomination.returned"]!.comment).toBe("Bổ sung minh chứng.");
  });

  it("hides who reviewed, objected or voted, and the vote's details, from officers and reviewers", async () => {
    for (const actor of [world.officerA, world.officerRoot, world.council[0]!]) {
      const events = (await nominationHistory({ actor, nominationId }))!;
      const by = Object.fromEntries(events.map((e) => [e.action, e]));
      for (const action of ["review.assigned", "review.submitted", "posting.feedback_sent", "vote.result"]) {
        expect(by[action], action).toMatchObject({ actorName: null, actorHidden: true });
      }
      expect(by["vote.result"]!.totals).toBeUndefined();
      expect(JSON.stringify(events)).not.toContain(world.staffA.name);
      // Their own side's steps keep their actor, and the return comment stays visible.
      expect(by["nomination.submitted"]!.actorName).toBe(world.officerA.name);
      expect(by["nomination.returned"]).toMatchObject({ actorName: world.admin.name, comment: "Bổ sung minh chứng." });
    }
  });

  it("answers null to those who may not see the dossier", async () => {
    expect(await nominationHistory({ actor: world.officerB, nominationId })).toBeNull();
    expect(await nominationHistory({ actor: world.staffA, nominationId })).toBeNull();
    expect(await nominationHistory({ actor: null, nominationId })).toBeNull();
    expect(
      await nominationHistory({ actor: world.admin, nominationId: "00000000-0000-4000-8000-000000000000" }),
    ).toBeNull();
  });
});
