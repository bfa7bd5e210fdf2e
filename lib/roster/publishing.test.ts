import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNominationMovement,
  createDraft,
  individualDossier,
  nominationToday,
} from "../../scripts/test/nomination-factories";
import {
  createDecidedMovement,
  createRosterWorld,
  insertHonoree,
  type DecidedMovement,
  type RosterWorld,
} from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import { DomainError } from "../errors";
import { submitNomination } from "../nominations/commands";
import { NominationRefusedError } from "../nominations/errors";
import { nominationHistory } from "../nominations/history";
import type { Actor } from "../session";
import { RosterRefusedError } from "./errors";
import { meritHistoryOf } from "./merit-history";
import { publishRoster, revokeHonoree, unpublishRoster } from "./publishing";
import { listedWhere } from "./visibility";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: RosterWorld;
beforeAll(async () => {
  world = await createRosterWorld(client);
});

/** A fresh decided movement with two unpublished honorees and one revoked one. */
async function decidedWithHonorees() {
  const decided = await createDecidedMovement(client, world);
  const first = await insertHonoree(client, world, { in: decided, name: "Nguyễn Thị Hồng" });
  const second = await insertHonoree(client, world, { in: decided, unit: world.b });
  const revoked = await insertHonoree(client, world, { in: decided, revoked: true });
  return { decided, first, second, revoked };
}

const publish = (
  decided: DecidedMovement,
  options: { audience?: "PUBLIC" | "STAFF"; version?: number; actor?: Actor | null } = {},
) =>
  publishRoster({
    actor: options.actor === undefined ? world.admin : options.actor,
    input: { movementId: decided.movement.id, audience: options.audience ?? "PUBLIC", version: options.version ?? 1 },
  });

const unpublish = (decided: DecidedMovement, version: number, actor: Actor | null = world.admin) =>
  unpublishRoster({
    actor,
    input: { movementId: decided.movement.id, reason: "Rà soát lại danh sách trước khi công bố.", version },
  });

const revoke = (honoreeId: string, actor: Actor | null = world.admin, reason = "Hồ sơ kê khai không trung thực") =>
  revokeHonoree({ actor, input: { honoreeId, reason, reference: "15/QĐ-CĐN" } });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

async function refusalOf(promise: Promise<unknown>) {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(RosterRefusedError);
  return { reason: (error as RosterRefusedError).reason, code: (error as RosterRefusedError).code };
}

const codeOf = async (promise: Promise<unknown>) => ((await failure(promise)) as DomainError).code;

const stateOf = (decisionId: string) =>
  client.honoree.findMany({
    where: { decisionId },
    orderBy: { id: "asc" },
    select: { id: true, listedFor: true, publishedAt: true, revokedAt: true },
  });

const auditsOf = (objectId: string, action: string) =>
  client.auditEvent.findMany({ where: { objectId, action }, orderBy: { id: "asc" } });

describe("publishRoster", () => {
  it("lists every unrevoked honoree of the decision for the chosen audience, bumps the version and logs it", async () => {
    const { decided, first, second, revoked } = await decidedWithHonorees();
    expect(await publish(decided, { audience: "PUBLIC" })).toEqual({ audience: "PUBLIC", honorees: 2 });
    const decision = await client.decision.findUniqueOrThrow({ where: { id: decided.decision.id } });
    expect(decision).toMatchObject({ rosterAudience: "PUBLIC", version: 2 });
    expect(decision.publishedAt).toBeInstanceOf(Date);
    const rows = await client.honoree.findMany({ where: { decisionId: decided.decision.id } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(first.id)).toMatchObject({ listedFor: "PUBLIC" });
    expect(byId.get(second.id)).toMatchObject({ listedFor: "PUBLIC" });
    expect(byId.get(first.id)!.publishedAt).toBeInstanceOf(Date);
    expect(byId.get(revoked.id)).toMatchObject({ listedFor: null, publishedAt: null });
    // The anonymous roster now reads them.
    expect(await client.honoree.count({ where: { decisionId: decided.decision.id, ...listedWhere(null) } })).toBe(2);
    const [audit, ...more] = await auditsOf(decided.movement.id, "roster.published");
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      actorId: world.admin.id,
      objectType: "Movement",
      after: { decisionId: decided.decision.id, audience: "PUBLIC", honorees: 2, version: 2 },
    });
  });

  it("lists for signed-in members only when asked for STAFF", async () => {
    const { decided } = await decidedWithHonorees();
    expect(await publish(decided, { audience: "STAFF" })).toEqual({ audience: "STAFF", honorees: 2 });
    expect(await client.honoree.count({ where: { decisionId: decided.decision.id, ...listedWhere(null) } })).toBe(0);
    expect(
      await client.honoree.count({ where: { decisionId: decided.decision.id, ...listedWhere(world.staffA) } }),
    ).toBe(2);
  });

  it("publishes a staff-only movement's honorees for staff, whatever the form asked", async () => {
    const { decided } = await decidedWithHonorees();
    await client.movement.update({ where: { id: decided.movement.id }, data: { visibility: "STAFF" } });
    expect(await publish(decided, { audience: "PUBLIC" })).toEqual({ audience: "STAFF", honorees: 2 });
    expect((await client.decision.findUniqueOrThrow({ where: { id: decided.decision.id } })).rosterAudience).toBe(
      "STAFF",
    );
    expect((await stateOf(decided.decision.id)).filter((row) => row.listedFor === "STAFF")).toHaveLength(2);
    expect(await client.honoree.count({ where: { decisionId: decided.decision.id, ...listedWhere(null) } })).toBe(0);
  });

  it("refuses a stale version as a conflict and changes nothing", async () => {
    const { decided } = await decidedWithHonorees();
    const before = await stateOf(decided.decision.id);
    expect(await codeOf(publish(decided, { version: 2 }))).toBe("conflict");
    expect(await stateOf(decided.decision.id)).toEqual(before);
    expect(await client.decision.findUniqueOrThrow({ where: { id: decided.decision.id } })).toMatchObject({
      publishedAt: null,
      version: 1,
    });
    expect(await auditsOf(decided.movement.id, "roster.published")).toEqual([]);
  });

  it("lets only one of two administrators publishing the same version through", async () => {
    const { decided } = await decidedWithHonorees();
    const results = await Promise.allSettled([
      publish(decided, { audience: "PUBLIC" }),
      publish(decided, { audience: "STAFF" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await auditsOf(decided.movement.id, "roster.published")).toHaveLength(1);
  });

  it("is forbidden to anyone but administrators, and changes nothing", async () => {
    const { decided } = await decidedWithHonorees();
    for (const actor of [null, world.staffA, world.officerA, world.officerRoot]) {
      expect(await codeOf(publish(decided, { actor }))).toBe("forbidden");
    }
    expect((await stateOf(decided.decision.id)).every((row) => row.listedFor === null)).toBe(true);
  });

  it("refuses a movement without a decision, a revoked decision and a roster already published", async () => {
    const open = await createNominationMovement(client, world);
    expect(
      await refusalOf(
        publishRoster({ actor: world.admin, input: { movementId: open.id, audience: "PUBLIC", version: 1 } }),
      ),
    ).toEqual({ reason: "noDecision", code: "invalid" });
    const revokedDecision = await createDecidedMovement(client, world);
    await client.decision.update({
      where: { id: revokedDecision.decision.id },
      data: { revokedAt: new Date(), revokedReason: "Quyết định bị hủy" },
    });
    expect(await refusalOf(publish(revokedDecision))).toEqual({ reason: "decisionRevoked", code: "invalid" });
    const { decided } = await decidedWithHonorees();
    await publish(decided);
    expect(await refusalOf(publish(decided, { version: 2 }))).toEqual({ reason: "alreadyPublished", code: "invalid" });
    expect(
      await codeOf(
        publishRoster({
          actor: world.admin,
          input: { movementId: "00000000-0000-4000-8000-000000000000", audience: "PUBLIC", version: 1 },
        }),
      ),
    ).toBe("not_found");
  });
});

describe("unpublishRoster", () => {
  it("unlists every honoree of the decision, clears the publication and logs the reason", async () => {
    const { decided, revoked } = await decidedWithHonorees();
    await publish(decided, { audience: "STAFF" });
    expect(await unpublish(decided, 2)).toEqual({ honorees: 2 });
    expect(await client.decision.findUniqueOrThrow({ where: { id: decided.decision.id } })).toMatchObject({
      publishedAt: null,
      version: 3,
    });
    const rows = await stateOf(decided.decision.id);
    expect(rows.every((row) => row.listedFor === null && row.publishedAt === null)).toBe(true);
    expect(rows.find((row) => row.id === revoked.id)!.revokedAt).toBeInstanceOf(Date);
    expect(
      await client.honoree.count({ where: { decisionId: decided.decision.id, ...listedWhere(world.staffA) } }),
    ).toBe(0);
    const [audit] = await auditsOf(decided.movement.id, "roster.unpublished");
    expect(audit).toMatchObject({
      actorId: world.admin.id,
      objectType: "Movement",
      before: { audience: "STAFF", version: 2 },
      after: { audience: null, honorees: 2, reason: "Rà soát lại danh sách trước khi công bố.", version: 3 },
    });
  });

  it("refuses a stale version, a roster that is not published and anyone but administrators", async () => {
    const { decided } = await decidedWithHonorees();
    expect(await refusalOf(unpublish(decided, 1))).toEqual({ reason: "notPublished", code: "invalid" });
    await publish(decided);
    expect(await codeOf(unpublish(decided, 1))).toBe("conflict");
    expect(await codeOf(unpublish(decided, 2, world.officerRoot))).toBe("forbidden");
    expect((await stateOf(decided.decision.id)).filter((row) => row.listedFor === "PUBLIC")).toHaveLength(2);
    expect(await auditsOf(decided.movement.id, "roster.unpublished")).toEqual([]);
  });

  it("lets the roster be published again, without the recognitions revoked meanwhile", async () => {
    const { decided, first, second } = await decidedWithHonorees();
    await publish(decided);
    await unpublish(decided, 2);
    await revoke(first.id);
    expect(await publish(decided, { version: 3 })).toEqual({ audience: "PUBLIC", honorees: 1 });
    const rows = await stateOf(decided.decision.id);
    expect(rows.filter((row) => row.listedFor === "PUBLIC").map((row) => row.id)).toEqual([second.id]);
  });
});

describe("revokeHonoree", () => {
  it("unlists the recognition and records reason, reference, who and when", async () => {
    const { decided, first } = await decidedWithHonorees();
    await publish(decided);
    expect(await revoke(first.id)).toEqual({ movementId: decided.movement.id, name: "Nguyễn Thị Hồng" });
    const row = await client.honoree.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({
      listedFor: null,
      revokedReason: "Hồ sơ kê khai không trung thực",
      revocationReference: "15/QĐ-CĐN",
      revokedById: world.admin.id,
    });
    expect(row.revokedAt).toBeInstanceOf(Date);
    expect(await client.honoree.count({ where: { decisionId: decided.decision.id, ...listedWhere(null) } })).toBe(1);
  });

  it("keeps it in the merit history for administrators, marked revoked, and out of the public's", async () => {
    const { decided, first } = await decidedWithHonorees();
    await publish(decided);
    expect((await meritHistoryOf(null, first.holderKey)).map((entry) => entry.id)).toContain(first.id);
    await revoke(first.id);
    const forAdmin = (await meritHistoryOf(world.admin, first.holderKey)).find((entry) => entry.id === first.id);
    expect(forAdmin).toMatchObject({
      listedFor: null,
      revokedReason: "Hồ sơ kê khai không trung thực",
      revocationReference: "15/QĐ-CĐN",
    });
    expect(forAdmin!.revokedAt).toBeInstanceOf(Date);
    expect((await meritHistoryOf(null, first.holderKey)).map((entry) => entry.id)).not.toContain(first.id);
    expect((await meritHistoryOf(world.staffA, first.holderKey)).map((entry) => entry.id)).not.toContain(first.id);
  });

  it("logs the revocation on the recognition and on its dossier, whose history shows it to its officers", async () => {
    const { first } = await decidedWithHonorees();
    await revoke(first.id);
    const [onHonoree] = await auditsOf(first.id, "honoree.revoked");
    expect(onHonoree).toMatchObject({
      objectType: "Honoree",
      actorId: world.admin.id,
      after: { reason: "Hồ sơ kê khai không trung thực", reference: "15/QĐ-CĐN" },
    });
    const [onNomination] = await auditsOf(first.nominationId, "honoree.revoked");
    expect(onNomination).toMatchObject({
      objectType: "Nomination",
      after: { honoreeId: first.id, reference: "15/QĐ-CĐN" },
    });
    const history = await nominationHistory({ actor: world.officerA, nominationId: first.nominationId });
    expect(history?.map((event) => event.action)).toContain("honoree.revoked");
    expect(history?.find((event) => event.action === "honoree.revoked")?.comment).toBe(
      "Hồ sơ kê khai không trung thực",
    );
  });

  it("refuses to revoke twice (a conflict) and keeps the first revocation", async () => {
    const { first } = await decidedWithHonorees();
    await revoke(first.id);
    expect(await refusalOf(revoke(first.id, world.admin, "Lý do khác hẳn lần trước"))).toEqual({
      reason: "alreadyRevoked",
      code: "conflict",
    });
    expect((await client.honoree.findUniqueOrThrow({ where: { id: first.id } })).revokedReason).toBe(
      "Hồ sơ kê khai không trung thực",
    );
    expect(await auditsOf(first.id, "honoree.revoked")).toHaveLength(1);
  });

  it("revokes once when two administrators revoke at the same time", async () => {
    const { first } = await decidedWithHonorees();
    const results = await Promise.allSettled([revoke(first.id), revoke(first.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await auditsOf(first.id, "honoree.revoked")).toHaveLength(1);
  });

  it("is forbidden to anyone but administrators, and an unknown recognition is not found", async () => {
    const { decided, first } = await decidedWithHonorees();
    await publish(decided);
    for (const actor of [null, world.staffA, world.officerA])
      expect(await codeOf(revoke(first.id, actor))).toBe("forbidden");
    expect((await client.honoree.findUniqueOrThrow({ where: { id: first.id } })).listedFor).toBe("PUBLIC");
    expect(await codeOf(revoke("00000000-0000-4000-8000-000000000000"))).toBe("not_found");
  });

  it("makes a revoked recognition stop satisfying a later title's prerequisite", async () => {
    const name = `Trần Thị Tiên Tiến ${Date.now()}`;
    // Holds "Lao động tiên tiến" (the basic title) from a decided movement: same person, unit and birth year as the dossiers below.
    const { decided } = await decidedWithHonorees();
    const held = await insertHonoree(client, world, { in: decided, name, birthYear: 1986 });
    await publish(decided);
    const requiring = () =>
      createNominationMovement(client, world, { individualRules: { requiredPriorTitle: "Lao động tiên tiến" } });
    const submitFor = async () => {
      const movement = await requiring();
      const draft = await createDraft(
        world,
        individualDossier(world, movement, {
          awardTitleId: movement.titles.individual.id,
          nomineeName: name,
          birthYear: 1986,
        }),
      );
      return submitNomination({ actor: world.officerA, input: { id: draft.id, version: 1 }, today: nominationToday });
    };
    expect(await submitFor()).toMatchObject({ alreadySubmitted: false });
    await revoke(held.id);
    const error = await failure(submitFor());
    expect(error).toBeInstanceOf(NominationRefusedError);
    expect((error as NominationRefusedError).problems.map((problem) => problem.code)).toEqual(["priorTitleMissing"]);
  });
});
