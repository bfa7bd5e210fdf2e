import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDecidedMovement,
  createRosterWorld,
  insertHonoree,
  type RosterWorld,
} from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import { DomainError } from "../errors";
import { holderHistory, meritPageSize, searchMerit } from "./merit-search";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: RosterWorld;
// A surname unique to this run, so other tests' honorees never match the searches below.
const run = `Khuc${Date.now().toString(36)}`;
beforeAll(async () => {
  world = await createRosterWorld(client);
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "none",
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

describe("searchMerit", () => {
  it("finds a holder without diacritics or case and groups their recognitions across movements, revoked ones counted", async () => {
    const name = `Nguyễn Thị Đào ${run}`;
    const later = await createDecidedMovement(client, world, { issuedOn: "2027-12-01" });
    await insertHonoree(client, world, { name, listedFor: "PUBLIC" });
    await insertHonoree(client, world, { name, in: later, revoked: true });
    // Same name and birth year in another unit: another holder.
    await insertHonoree(client, world, { name, unit: world.b });
    const { holders, total, page, pageCount } = await searchMerit(world.admin, {
      q: `  NGUYEN thi dao ${run.toUpperCase()} `,
      page: 1,
    });
    expect({ total, page, pageCount }).toEqual({ total: 2, page: 1, pageCount: 1 });
    const inA = holders.find((holder) => holder.unitName === world.a.name);
    expect(inA).toMatchObject({
      name,
      kind: "INDIVIDUAL",
      birthYear: 1985,
      recognitions: 2,
      revoked: 1,
      latestYear: 2027,
    });
    expect(holders.find((holder) => holder.unitName === world.b.name)).toMatchObject({
      name,
      recognitions: 1,
      revoked: 0,
      latestYear: 2026,
    });
    // The accented spelling finds the same holders.
    expect(
      (await searchMerit(world.admin, { q: `đào ${run}`, page: 1 })).holders.map((h) => h.holderKey).sort(),
    ).toEqual(holders.map((h) => h.holderKey).sort());
  });

  it("takes the search literally and finds nobody for an empty search", async () => {
    await insertHonoree(client, world, { name: `Lê Văn Phần ${run}` });
    expect((await searchMerit(world.admin, { q: `phan ${run}`, page: 1 })).total).toBe(1);
    expect((await searchMerit(world.admin, { q: `%${run}`, page: 1 })).total).toBe(0);
    expect((await searchMerit(world.admin, { q: `p_an ${run}`, page: 1 })).total).toBe(0);
    expect(await searchMerit(world.admin, { q: "   ", page: 3 })).toEqual({
      holders: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });

  it("pages by holder, in name order, and clamps a page past the end to the last one", async () => {
    const prefix = `Phan Trang ${run}`;
    for (let i = 0; i < meritPageSize + 2; i++)
      await insertHonoree(client, world, { name: `${prefix} ${String(i).padStart(2, "0")}` });
    const first = await searchMerit(world.admin, { q: prefix, page: 1 });
    expect({ total: first.total, pageCount: first.pageCount, rows: first.holders.length }).toEqual({
      total: meritPageSize + 2,
      pageCount: 2,
      rows: meritPageSize,
    });
    expect(first.holders[0]!.name).toBe(`${prefix} 00`);
    const last = await searchMerit(world.admin, { q: prefix, page: 99 });
    expect(last.page).toBe(2);
    expect(last.holders.map((holder) => holder.name)).toEqual([
      `${prefix} ${meritPageSize}`,
      `${prefix} ${meritPageSize + 1}`,
    ]);
  });

  it("is for administrators only", async () => {
    for (const actor of [null, world.staffA, world.officerA, world.officerRoot])
      expect(await codeOf(searchMerit(actor, { q: run, page: 1 }))).toBe("forbidden");
  });
});

describe("holderHistory", () => {
  it("lists every recognition of the holder, unpublished and revoked ones included, newest first", async () => {
    const name = `Vũ Minh Khôi ${run}`;
    const later = await createDecidedMovement(client, world, { issuedOn: "2027-12-01" });
    const listed = await insertHonoree(client, world, { name, listedFor: "PUBLIC" });
    const revoked = await insertHonoree(client, world, { name, in: later, revoked: true });
    const history = await holderHistory(world.admin, listed.holderKey);
    expect(history?.holder).toEqual({
      holderKey: listed.holderKey,
      name,
      kind: "INDIVIDUAL",
      unitName: world.a.name,
      birthYear: 1985,
    });
    expect(history?.entries.map((entry) => entry.id)).toEqual([revoked.id, listed.id]);
    expect(history?.entries[0]).toMatchObject({
      revokedReason: "Hồ sơ không trung thực",
      revocationReference: "15/QĐ-CĐN",
      decisionNumber: later.decision.number,
    });
  });

  it("is null for an unknown holder and forbidden to anyone but administrators", async () => {
    expect(await holderHistory(world.admin, `INDIVIDUAL|nobody|${run}|`)).toBeNull();
    const listed = await insertHonoree(client, world, { listedFor: "PUBLIC" });
    for (const actor of [null, world.staffA, world.officerA])
      expect(await codeOf(holderHistory(actor, listed.holderKey))).toBe("forbidden");
  });
});
