import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "../../../scripts/test/factories";
import {
  createReviewWorld,
  insertPosting,
  reviewToday,
  shortlist,
  type ReviewWorld,
} from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { ReviewRefusedError } from "../errors";
import { unresolvedObjectionCount } from "./objections";
import { postShortlist, resolveObjection, sendFeedback } from "./commands";
import { postedShortlist } from "./queries";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const body = "Đề nghị làm rõ số liệu về tỷ lệ hài lòng.";
const refusal = (reason: string) => expect.objectContaining({ name: "ReviewRefusedError", reason });

/** A world whose movement is in DECISION with the first two dossiers shortlisted. */
async function decisionWorld(): Promise<ReviewWorld> {
  const world = await createReviewWorld(client, { nominations: 5, councilSize: 1 });
  await client.movement.update({ where: { id: world.movement.id }, data: { status: "DECISION" } });
  await shortlist(client, world.nominationIds.slice(0, 2));
  return world;
}

describe("posting the shortlist", () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await decisionWorld();
    // Dossier 3 under review, 4 still submitted, 5 returned for revision (it stays so).
    await client.nomination.update({ where: { id: world.nominationIds[2]! }, data: { status: "IN_REVIEW" } });
    await client.nomination.update({ where: { id: world.nominationIds[4]! }, data: { status: "RETURNED" } });
  });

  it("is refused before the movement reaches its decision status", async () => {
    const other = await createReviewWorld(client, { nominations: 1, councilSize: 1 });
    await shortlist(client, other.nominationIds);
    const error = await postShortlist({
      actor: other.admin,
      input: { movementId: other.movement.id, audience: "PUBLIC", workingDays: 10 },
      today: reviewToday,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewRefusedError);
    expect(error).toEqual(refusal("wrongStage"));
    expect(await client.shortlistPosting.count({ where: { movementId: other.movement.id } })).toBe(0);
  });

  it("is refused with an empty shortlist, and changes nothing", async () => {
    const other = await createReviewWorld(client, { nominations: 2, councilSize: 1 });
    await client.movement.update({ where: { id: other.movement.id }, data: { status: "DECISION" } });
    await expect(
      postShortlist({
        actor: other.admin,
        input: { movementId: other.movement.id, audience: "PUBLIC", workingDays: 10 },
        today: reviewToday,
      }),
    ).rejects.toEqual(refusal("shortlistEmpty"));
    expect(await client.nomination.count({ where: { id: { in: other.nominationIds }, status: "SUBMITTED" } })).toBe(2);
  });

  it("is refused to anyone but an administrator", async () => {
    const input = { movementId: world.movement.id, audience: "PUBLIC" as const, workingDays: 10 };
    await expect(postShortlist({ actor: world.officerA, input, today: reviewToday })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(postShortlist({ actor: world.council[0]!, input, today: reviewToday })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("refuses a stale form as a conflict", async () => {
    const { version } = await client.movement.findUniqueOrThrow({
      where: { id: world.movement.id },
      select: { version: true },
    });
    const input = { movementId: world.movement.id, audience: "PUBLIC" as const, workingDays: 10, version: version + 1 };
    await expect(postShortlist({ actor: world.admin, input, today: reviewToday })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("posts from today, moves the dossiers not shortlisted to NOT_SELECTED and tells every nominating officer", async () => {
    await postShortlist({
      actor: world.admin,
      input: { movementId: world.movement.id, audience: "PUBLIC", workingDays: 7 },
      today: reviewToday,
    });
    const posting = await client.shortlistPosting.findUniqueOrThrow({ where: { movementId: world.movement.id } });
    expect(posting).toMatchObject({
      audience: "PUBLIC",
      workingDays: 7,
      startsOn: new Date("2026-12-02T00:00:00Z"),
      postedById: world.admin.id,
    });
    expect(
      await client.movement.findUniqueOrThrow({
        where: { id: world.movement.id },
        select: { postingAudience: true, postingWorkingDays: true },
      }),
    ).toEqual({
      postingAudience: "PUBLIC",
      postingWorkingDays: 7,
    });
    const statuses = await client.nomination.findMany({
      where: { id: { in: world.nominationIds } },
      select: { id: true, status: true },
    });
    const statusOf = (i: number) => statuses.find((s) => s.id === world.nominationIds[i])?.status;
    expect([0, 1, 2, 3, 4].map(statusOf)).toEqual([
      "SHORTLISTED",
      "SHORTLISTED",
      "NOT_SELECTED",
      "NOT_SELECTED",
      "RETURNED",
    ]);

    const notices = await client.notification.findMany({
      where: { nominationId: { in: world.nominationIds } },
      select: { userId: true, kind: true, nominationId: true, params: true },
    });
    expect(notices).toHaveLength(4);
    expect(notices.every((n) => n.userId === world.officerA.id)).toBe(true);
    expect(
      notices
        .filter((n) => n.kind === "NOMINATION_SHORTLISTED")
        .map((n) => n.nominationId)
        .sort(),
    ).toEqual(world.nominationIds.slice(0, 2).sort());
    expect(
      notices
        .filter((n) => n.kind === "NOMINATION_NOT_SELECTED")
        .map((n) => n.nominationId)
        .sort(),
    ).toEqual(world.nominationIds.slice(2, 4).sort());
    const third = await client.nomination.findUniqueOrThrow({
      where: { id: world.nominationIds[2]! },
      select: { nomineeName: true },
    });
    expect(notices.find((n) => n.nominationId === world.nominationIds[2])?.params).toEqual({
      nominee: third.nomineeName,
      movement: world.movement.name,
      title: world.movement.titles.basic.name,
    });

    const notSelectedEvents = await client.auditEvent.findMany({
      where: { action: "nomination.not_selected", objectId: { in: world.nominationIds } },
      select: { objectId: true, objectType: true },
    });
    expect(notSelectedEvents.map((e) => e.objectId).sort()).toEqual(world.nominationIds.slice(2, 4).sort());
    expect(notSelectedEvents.every((e) => e.objectType === "Nomination")).toBe(true);
    expect(
      await client.auditEvent.count({
        where: { action: "posting.started", objectType: "Movement", objectId: world.movement.id },
      }),
    ).toBe(1);
  });

  it("is refused a second time", async () => {
    await expect(
      postShortlist({
        actor: world.admin,
        input: { movementId: world.movement.id, audience: "STAFF", workingDays: 10 },
        today: reviewToday,
      }),
    ).rejects.toEqual(refusal("wrongStage"));
    expect(await client.shortlistPosting.count({ where: { movementId: world.movement.id } })).toBe(1);
  });
});

describe("the posting period counted in working days", () => {
  const may = ["2026-04-30", "2026-05-01"];
  let world: ReviewWorld;
  beforeAll(async () => {
    for (const day of may)
      await client.publicHoliday.upsert({
        where: { day: new Date(`${day}T00:00:00Z`) },
        create: { day: new Date(`${day}T00:00:00Z`), name: "Lễ 30/4 – 1/5" },
        update: {},
      });
    world = await decisionWorld();
    // Thursday 30 April: 30/4 and 1/5 are holidays, 2–3 May a weekend; 4–8 May and 11–15 May are the ten days.
    await postShortlist({
      actor: world.admin,
      input: { movementId: world.movement.id, audience: "STAFF", workingDays: 10 },
      today: "2026-04-30",
    });
  });
  afterAll(async () => {
    await client.publicHoliday.deleteMany({ where: { day: { in: may.map((day) => new Date(`${day}T00:00:00Z`)) } } });
  });

  it("ends on the tenth working day after weekends and holidays", async () => {
    const posted = await postedShortlist({ actor: world.staffA, movementId: world.movement.id, today: "2026-05-15" });
    expect(posted?.window).toMatchObject({
      startsOn: "2026-04-30",
      lastDay: "2026-05-15",
      workingDays: 10,
      isOpen: true,
    });
    expect(
      (await postedShortlist({ actor: world.staffA, movementId: world.movement.id, today: "2026-05-16" }))?.window
        .isOpen,
    ).toBe(false);
  });

  it("takes feedback on the last day and refuses it the day after", async () => {
    const nominationId = world.nominationIds[0]!;
    await sendFeedback({ actor: world.staffA, input: { nominationId, kind: "FEEDBACK", body }, today: "2026-05-15" });
    await expect(
      sendFeedback({ actor: world.staffA, input: { nominationId, kind: "OBJECTION", body }, today: "2026-05-16" }),
    ).rejects.toEqual(refusal("postingClosed"));
    const sent = await client.postingFeedback.findMany({
      where: { nominationId },
      select: { kind: true, authorId: true, body: true },
    });
    expect(sent).toEqual([{ kind: "FEEDBACK", authorId: world.staffA.id, body }]);
    expect(
      await client.auditEvent.count({
        where: { action: "posting.feedback_sent", objectType: "Nomination", objectId: nominationId },
      }),
    ).toBe(1);
  });

  it("takes feedback from any signed-in role but not from an anonymous visitor", async () => {
    const nominationId = world.nominationIds[1]!;
    for (const actor of [world.officerB, world.council[0]!, world.admin])
      await sendFeedback({ actor, input: { nominationId, kind: "OBJECTION", body }, today: "2026-05-04" });
    await expect(
      sendFeedback({ actor: null, input: { nominationId, kind: "FEEDBACK", body }, today: "2026-05-04" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await client.postingFeedback.count({ where: { nominationId } })).toBe(3);
  });

  it("does not know a candidate who is not on the posted shortlist", async () => {
    const notSelected = world.nominationIds[3]!;
    await expect(
      sendFeedback({
        actor: world.staffA,
        input: { nominationId: notSelected, kind: "FEEDBACK", body },
        today: "2026-05-04",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("objections", () => {
  let world: ReviewWorld;
  let objectionId: string;
  let feedbackId: string;
  beforeAll(async () => {
    world = await decisionWorld();
    await postShortlist({
      actor: world.admin,
      input: { movementId: world.movement.id, audience: "STAFF", workingDays: 10 },
      today: reviewToday,
    });
    objectionId = (
      await sendFeedback({
        actor: world.staffA,
        input: { nominationId: world.nominationIds[0]!, kind: "OBJECTION", body },
        today: reviewToday,
      })
    ).id;
    feedbackId = (
      await sendFeedback({
        actor: world.staffA,
        input: { nominationId: world.nominationIds[0]!, kind: "FEEDBACK", body },
        today: reviewToday,
      })
    ).id;
  });

  it("may not be resolved by anyone but an administrator", async () => {
    const reviewer = await createActor(client, { role: "REVIEWER", unit: world.outside });
    for (const actor of [world.officerA, world.staffA, reviewer]) {
      await expect(
        resolveObjection({ actor, input: { feedbackId: objectionId, resolution: "Đã xác minh." }, today: reviewToday }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await unresolvedObjectionCount(client, world.movement.id)).toBe(1);
  });

  it("is resolved once with a note, after which none is left unresolved", async () => {
    await resolveObjection({
      actor: world.admin,
      input: { feedbackId: objectionId, resolution: "Đã xác minh số liệu với đơn vị." },
      today: "2026-12-20",
    });
    expect(await unresolvedObjectionCount(client, world.movement.id)).toBe(0);
    const row = await client.postingFeedback.findUniqueOrThrow({ where: { id: objectionId } });
    expect(row).toMatchObject({ resolution: "Đã xác minh số liệu với đơn vị.", resolvedById: world.admin.id });
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(
      await client.auditEvent.count({
        where: { action: "posting.objection_resolved", objectType: "Nomination", objectId: world.nominationIds[0]! },
      }),
    ).toBe(1);
    await expect(
      resolveObjection({
        actor: world.admin,
        input: { feedbackId: objectionId, resolution: "Lần nữa." },
        today: reviewToday,
      }),
    ).rejects.toEqual(refusal("alreadyResolved"));
  });

  it("is the only kind of feedback that is resolved", async () => {
    await expect(
      resolveObjection({ actor: world.admin, input: { feedbackId, resolution: "Ghi nhận." }, today: reviewToday }),
    ).rejects.toEqual(refusal("notAnObjection"));
  });

  it("cannot be resolved before the shortlist is posted (no posting: wrong stage)", async () => {
    const other = await createReviewWorld(client, { nominations: 1, councilSize: 1 });
    await shortlist(client, other.nominationIds);
    const posting = await insertPosting(client, {
      movementId: other.movement.id,
      postedById: other.admin.id,
      startsOn: reviewToday,
    });
    const { id } = await client.postingFeedback.create({
      data: {
        movementId: other.movement.id,
        nominationId: other.nominationIds[0]!,
        authorId: other.staffA.id,
        kind: "OBJECTION",
        body,
      },
    });
    await client.shortlistPosting.delete({ where: { id: posting.id } });
    await expect(
      resolveObjection({
        actor: other.admin,
        input: { feedbackId: id, resolution: "Đã xác minh." },
        today: reviewToday,
      }),
    ).rejects.toEqual(refusal("wrongStage"));
  });
});
