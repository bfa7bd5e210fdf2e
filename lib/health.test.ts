import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCuttableProxy, type CuttableProxy } from "../scripts/test/tcp-proxy";
import { createPrismaClient } from "./db";
import type { PrismaClient } from "./generated/prisma/client";
import { checkDatabase } from "./health";

describe("checkDatabase", () => {
  let proxy: CuttableProxy;
  let client: PrismaClient;

  beforeAll(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await startCuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
    target.port = String(proxy.port);
    client = createPrismaClient({ connectionString: target.toString(), connectTimeoutMs: 1_000 });
  });

  afterAll(async () => {
    await client.$disconnect();
    await proxy.close();
  });

  it("reports the database down while it is unreachable and recovers by itself when it returns", async () => {
    expect((await checkDatabase(client)).isReachable).toBe(true);

    await proxy.cut();
    const down = await checkDatabase(client, 2_000);
    expect(down.isReachable).toBe(false);
    expect(down.latencyMs).toBeLessThan(3_000);

    await proxy.restore();
    // The same client, without a restart: the pool replaces its dead connections.
    expect((await checkDatabase(client)).isReachable).toBe(true);
  });
});
