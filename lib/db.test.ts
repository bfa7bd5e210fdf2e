import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./db";

describe("createPrismaClient", () => {
  // One connection, held by a slow query for longer than Prisma's default transaction maxWait (2 s).
  const client = createPrismaClient({
    connectionString: process.env.TEST_DATABASE_URL!,
    poolMax: 1,
    connectTimeoutMs: 4_000,
  });
  afterAll(() => client.$disconnect());

  it("lets a transaction wait for a connection as long as the connect timeout, like a plain query", async () => {
    const holder = client.$queryRaw`SELECT pg_sleep(2.5)::text`.then(() => "done");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const count = await client.$transaction(async (tx) => tx.user.count());
    expect(count).toBeGreaterThanOrEqual(0);
    expect(performance.now() - started).toBeGreaterThan(2_000);
    expect(await holder).toBe("done");
  });
});
