import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRosterWorld, createDecidedMovement, insertHonoree } from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import { sharedReader } from "./version";

describe("sharedReader", () => {
  it("shares a read among callers who asked before it started, and starts a new one for later callers", async () => {
    const releases: ((value: number) => void)[] = [];
    let started = 0;
    const read = sharedReader(
      () =>
        new Promise<number>((resolve) => {
          started += 1;
          releases.push(resolve);
        }),
    );
    const first = read();
    const alsoFirst = read(); // asked while the first read runs: must wait for a newer one
    const sameAsSecond = read();
    expect(started).toBe(1);
    releases[0]!(1);
    expect(await first).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(2);
    releases[1]!(2);
    expect(await alsoFirst).toBe(2);
    expect(await sameAsSecond).toBe(2);
  });

  it("recovers after a failed read", async () => {
    let calls = 0;
    const read = sharedReader(async () => {
      calls += 1;
      if (calls === 1) throw new Error("down");
      return calls;
    });
    await expect(read()).rejects.toThrow("down");
    expect(await read()).toBe(2);
  });
});

describe("the public pages' version (database triggers)", () => {
  const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
  const observer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
  beforeAll(() => observer.connect());
  afterAll(async () => {
    await client.$disconnect();
    await observer.end();
  });
  const version = async () => {
    const result = await observer.query<{ version: string }>(
      `SELECT "version"::text AS version FROM "PageCacheVersion" WHERE "name" = 'public'`,
    );
    return BigInt(result.rows[0]!.version);
  };

  it("moves once per committed transaction that changes what public pages show, and only at commit", async () => {
    const world = await createRosterWorld(client);
    const decided = await createDecidedMovement(client, world);
    const honoree = await insertHonoree(client, world, { in: decided, name: "Trần Thị Bích" });

    const before = await version();
    let seenInside: bigint | undefined;
    await client.$transaction(async (tx) => {
      await tx.honoree.update({ where: { id: honoree.id }, data: { citation: "Một" } });
      await tx.honoree.update({ where: { id: honoree.id }, data: { citation: "Hai" } });
      await tx.unit.update({ where: { id: world.b.id }, data: { headcount: 77 } });
      seenInside = await version(); // another connection: the change is not committed yet
    });
    expect(seenInside).toBe(before);
    expect(await version()).toBe(before + 1n);

    await client.honoree.update({ where: { id: honoree.id }, data: { citation: "Ba" } });
    expect(await version()).toBe(before + 2n);
  });

  it("does not move for a rolled-back transaction or for tables public pages do not show", async () => {
    const world = await createRosterWorld(client);
    const before = await version();
    await expect(
      client.$transaction(async (tx) => {
        await tx.unit.update({ where: { id: world.b.id }, data: { headcount: 12 } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await client.auditEvent.create({ data: { action: "test.noop", objectType: "Test" } });
    expect(await version()).toBe(before);
  });
});
