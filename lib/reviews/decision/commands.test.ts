import { afterAll, describe, expect, it } from "vitest";
import { createClosedVoteWorld, type ClosedVoteWorld } from "../../../scripts/test/decision-factories";
import { reviewToday } from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { DomainError, FieldError } from "../../errors";
import { correctDecision, recordDecision, summaryToStory } from "./commands";
import { ReviewRefusedError } from "../errors";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const fields = {
  number: "125/QĐ-CĐN",
  issuedOn: "2026-11-30",
  signerName: "Nguyễn Văn Bình",
  issuingAuthority: "Ban Thường vụ Công đoàn ngành",
};
const record = (world: ClosedVoteWorld, overrides: Partial<typeof fields> = {}, actor = world.admin) =>
  recordDecision({ actor, input: { movementId: world.movement.id, ...fields, ...overrides }, today: reviewToday });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReviewRefusedError);
  return error as ReviewRefusedError;
}

async function fieldRefusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return { field: (error as FieldError).field, code: (error as FieldError).fieldCode };
}

describe("summaryToStory", () => {
  it("turns paragraphs and list items into plain paragraphs separated by a blank line", () => {
    expect(
      summaryToStory(
        "<p>Đoạn <strong>một</strong>.</p><ul><li>Ý A</li><li>Ý B</li></ul><p>Đoạn &amp; hai<br>dòng sau</p>",
      ),
    ).toBe("Đoạn một.\n\n• Ý A\n\n• Ý B\n\nĐoạn & hai\n\ndòng sau");
  });

  it("gives an empty story for an empty summary", () => {
    expect(summaryToStory("")).toBe("");
  });
});

describe("recordDecision", () => {
  it("is refused while an objection is unresolved and accepted once it is resolved", async () => {
    const world = await createClosedVoteWorld(client);
    const objection = await client.postingFeedback.create({
      data: {
        movementId: world.movement.id,
        nominationId: world.approvedIds[0]!,
        authorId: world.staffA.id,
        kind: "OBJECTION",
        body: "Hồ sơ chưa trung thực.",
      },
    });
    // A plain feedback never blocks the decision.
    await client.postingFeedback.create({
      data: {
        movementId: world.movement.id,
        nominationId: world.approvedIds[0]!,
        authorId: world.staffA.id,
        kind: "FEEDBACK",
        body: "Đồng ý.",
      },
    });
    const refused = await refusal(record(world));
    expect(refused.reason).toBe("objectionsUnresolved");
    expect(refused.values).toEqual({ count: "1" });
    expect(await client.decision.count({ where: { movementId: world.movement.id } })).toBe(0);

    await client.postingFeedback.update({
      where: { id: objection.id },
      data: { resolvedAt: new Date(), resolvedById: world.admin.id, resolution: "Đã xác minh." },
    });
    const result = await record(world);
    expect(result.honoured).toBe(2);
  });

  it("is refused while the vote is open and before any vote", async () => {
    const world = await createClosedVoteWorld(client);
    await client.councilVote.update({ where: { id: world.voteId }, data: { status: "OPEN", closedAt: null } });
    expect((await refusal(record(world))).values).toEqual({ stage: "voting" });
    await client.councilVote.delete({ where: { id: world.voteId } });
    expect((await refusal(record(world))).values).toEqual({ stage: "postingOver" });
  });

  it("is refused to anyone but an administrator", async () => {
    const world = await createClosedVoteWorld(client);
    for (const actor of [world.officerA, world.council[0]!, null]) {
      await expect(record(world, {}, actor as never)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await client.decision.count({ where: { movementId: world.movement.id } })).toBe(0);
  });

  it("honours the APPROVED nominations only, with unpublished honoree profiles, notices and audit events", async () => {
    const world = await createClosedVoteWorld(client, { approved: 2, rejected: 1 });
    const [first, second] = world.approvedIds;
    await client.nomination.update({
      where: { id: first! },
      data: {
        achievementSummary: "<p>Tham mưu <em>đúng hạn</em> 120 văn bản.</p><p>Rút ngắn thời gian giải quyết hồ sơ.</p>",
        citation: "Gương mẫu, tận tụy.",
        position: "Chuyên viên",
      },
    });
    const before = await client.nomination.findUniqueOrThrow({ where: { id: first! } });
    const { id, honoured } = await record(world);
    expect(honoured).toBe(2);

    const statuses = await client.nomination.findMany({
      where: { movementId: world.movement.id },
      select: { id: true, status: true, version: true },
    });
    const statusOf = Object.fromEntries(statuses.map((n) => [n.id, n.status]));
    expect(statusOf[first!]).toBe("HONOURED");
    expect(statusOf[second!]).toBe("HONOURED");
    expect(statusOf[world.rejectedIds[0]!]).toBe("REJECTED");
    expect(statuses.find((n) => n.id === first)!.version).toBe(before.version + 1);

    const honorees = await client.honoree.findMany({ where: { decisionId: id }, orderBy: { name: "asc" } });
    expect(honorees.map((h) => h.nominationId).sort()).toEqual([first, second].sort());
    const profile = honorees.find((h) => h.nominationId === first)!;
    expect(profile).toMatchObject({
      name: before.nomineeName,
      nameSearch: before.nomineeNameSearch,
      position: "Chuyên viên",
      kind: "INDIVIDUAL",
      unitId: world.a.id,
      awardTitleId: world.movement.titles.basic.id,
      movementId: world.movement.id,
      citation: "Gương mẫu, tận tụy.",
      story: "Tham mưu đúng hạn 120 văn bản.\n\nRút ngắn thời gian giải quyết hồ sơ.",
      publishedAt: null,
      // Unpublished until an administrator publishes the decision; dated by it.
      listedFor: null,
      awardedOn: new Date("2026-11-30"),
    });

    const notices = await client.notification.findMany({
      where: { kind: "NOMINATION_HONOURED", nominationId: { in: world.nominationIds } },
    });
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.userId === world.officerA.id)).toBe(true);
    expect(notices.find((n) => n.nominationId === first)!.params).toEqual({
      nominee: before.nomineeName,
      movement: world.movement.name,
      title: "Lao động tiên tiến",
      decision: "125/QĐ-CĐN",
    });

    const decision = await client.decision.findUniqueOrThrow({ where: { id } });
    expect(decision).toMatchObject({
      number: "125/QĐ-CĐN",
      signerName: "Nguyễn Văn Bình",
      recordedById: world.admin.id,
      version: 1,
    });
    expect(decision.issuedOn.toISOString().slice(0, 10)).toBe("2026-11-30");
    const audits = await client.auditEvent.findMany({
      where: {
        OR: [{ objectId: world.movement.id }, { objectId: { in: world.nominationIds } }],
        action: { in: ["decision.recorded", "nomination.honoured"] },
      },
    });
    expect(audits.filter((a) => a.action === "decision.recorded")).toHaveLength(1);
    expect(
      audits
        .filter((a) => a.action === "nomination.honoured")
        .map((a) => a.objectId)
        .sort(),
    ).toEqual([first, second].sort());

    // One decision per movement: the stage is now "decided".
    expect((await refusal(record(world, { number: "126/QĐ-CĐN" }))).values).toEqual({ stage: "decided" });
  });

  it("refuses a date after today or before the vote closed, and a number already used in the movement", async () => {
    const world = await createClosedVoteWorld(client);
    expect(await fieldRefusal(record(world, { issuedOn: "2026-12-03" }))).toEqual({
      field: "issuedOn",
      code: "dateInFuture",
    });
    expect(await fieldRefusal(record(world, { issuedOn: "2026-11-24" }))).toEqual({
      field: "issuedOn",
      code: "dateBeforeVoteClosed",
    });
    // The vote closed on 25 November: that day itself is allowed, as is today.
    await client.decision.create({
      data: {
        movementId: world.movement.id,
        number: "99/QĐ",
        issuedOn: new Date("2026-11-26"),
        signerName: "X",
        issuingAuthority: "Y",
        revokedAt: new Date(),
        revokedReason: "Thu hồi",
      },
    });
    expect(await fieldRefusal(record(world, { number: "99/QĐ", issuedOn: "2026-11-25" }))).toEqual({
      field: "number",
      code: "decisionNumberTaken",
    });
    await expect(record(world, { issuedOn: reviewToday })).resolves.toMatchObject({ honoured: 2 });
  });
});

describe("correctDecision", () => {
  it("keeps before, after, the reason and who corrected, and refuses a stale version", async () => {
    const world = await createClosedVoteWorld(client);
    const { id } = await record(world);
    const input = {
      decisionId: id,
      version: 1,
      ...fields,
      signerName: "Nguyễn Văn Bính",
      issuedOn: "2026-12-01",
      reason: "Sai chính tả tên người ký.",
    };
    await correctDecision({ actor: world.admin, input, today: reviewToday });

    const decision = await client.decision.findUniqueOrThrow({ where: { id }, include: { corrections: true } });
    expect(decision.signerName).toBe("Nguyễn Văn Bính");
    expect(decision.issuedOn.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(decision.version).toBe(2);
    // The honorees carry the corrected date (the roster's period filter and order read it).
    const awarded = await client.honoree.findMany({ where: { decisionId: id }, select: { awardedOn: true } });
    expect(awarded.map((h) => h.awardedOn.toISOString().slice(0, 10))).toEqual(["2026-12-01", "2026-12-01"]);
    expect(decision.corrections).toHaveLength(1);
    expect(decision.corrections[0]).toMatchObject({
      reason: "Sai chính tả tên người ký.",
      correctedById: world.admin.id,
      before: {
        number: "125/QĐ-CĐN",
        issuedOn: "2026-11-30",
        signerName: "Nguyễn Văn Bình",
        issuingAuthority: fields.issuingAuthority,
      },
      after: {
        number: "125/QĐ-CĐN",
        issuedOn: "2026-12-01",
        signerName: "Nguyễn Văn Bính",
        issuingAuthority: fields.issuingAuthority,
      },
    });
    expect(
      await client.auditEvent.count({ where: { action: "decision.corrected", objectId: world.movement.id } }),
    ).toBe(1);

    const stale = await correctDecision({
      actor: world.admin,
      input: { ...input, signerName: "Khác" },
      today: reviewToday,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(DomainError);
    expect((stale as DomainError).code).toBe("conflict");
    expect((await client.decision.findUniqueOrThrow({ where: { id } })).signerName).toBe("Nguyễn Văn Bính");
  });

  it("refuses a correction that changes nothing, a future date, and non-administrators", async () => {
    const world = await createClosedVoteWorld(client);
    const { id } = await record(world);
    const input = { decisionId: id, version: 1, ...fields, reason: "Kiểm tra lại nội dung." };
    expect((await refusal(correctDecision({ actor: world.admin, input, today: reviewToday }))).reason).toBe(
      "decisionUnchanged",
    );
    expect(
      await fieldRefusal(
        correctDecision({ actor: world.admin, input: { ...input, issuedOn: "2027-01-01" }, today: reviewToday }),
      ),
    ).toEqual({ field: "issuedOn", code: "dateInFuture" });
    await expect(
      correctDecision({ actor: world.officerA, input: { ...input, signerName: "Khác" }, today: reviewToday }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await client.decisionCorrection.count({ where: { decisionId: id } })).toBe(0);
  });
});
