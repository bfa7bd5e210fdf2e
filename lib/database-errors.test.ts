import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCuttableProxy, type CuttableProxy } from "../scripts/test/tcp-proxy";
import { isDatabaseUnavailable, isDatabaseUnreachable } from "./database-errors";
import { createPrismaClient } from "./db";
import { DomainError } from "./errors";
import type { PrismaClient } from "./generated/prisma/client";

// Each case provokes the real failure (a refused port, a cut connection, a busy pool, a
// statement timeout) and classifies what Prisma or pg actually threw, so a change in how the
// driver wraps its errors shows up here.
const url = process.env.TEST_DATABASE_URL!;
const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => null,
    (error: unknown) => error,
  );

/** A URL on the same server with a port where nothing listens. */
function refusedUrl(): string {
  const target = new URL(url);
  target.port = "1";
  return target.toString();
}

/**
 * Ends the server process behind every other connection to this database running our pg_sleep,
 * as a fast shutdown does (57P01). Returns their pids: an ended backend may stay listed as active
 * in pg_stat_activity for a moment while it exits.
 */
async function terminateOthers(admin: pg.Client): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_sleep%'",
  );
  return rows.map((row) => row.pid);
}

/** Waits until a backend other than `ended` runs our pg_sleep. */
async function whenQueryRuns(admin: pg.Client, ended: readonly number[] = []) {
  for (let i = 0; i < 100; i++) {
    const { rowCount } = await admin.query(
      "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_sleep%' AND state = 'active' AND NOT (pid = ANY($1::int[]))",
      [ended],
    );
    if (rowCount) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the slow query never started");
}

describe("database unavailability", () => {
  let admin: pg.Client;
  const clients: PrismaClient[] = [];
  const client = (options: Parameters<typeof createPrismaClient>[0]) => {
    const created = createPrismaClient(options);
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect()));
    await admin.end();
  });

  it("recognises a refused connection through Prisma, in and out of a transaction, and from pg itself", async () => {
    const refused = client({ connectionString: refusedUrl(), connectTimeoutMs: 1_000 });
    const errors = [
      await failure(refused.user.findFirst()),
      await failure(refused.$queryRaw`SELECT 1`),
      await failure(refused.$transaction(async (tx) => tx.user.count())),
      await failure(new pg.Pool({ connectionString: refusedUrl() }).query("SELECT 1")),
    ];
    for (const error of errors) {
      expect(error).not.toBeNull();
      expect(isDatabaseUnreachable(error)).toBe(true);
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it("recognises a connection the server ended mid-query (admin_shutdown, as on restart)", async () => {
    const prisma = client({ connectionString: url });
    const inQuery = failure(prisma.$queryRaw`SELECT pg_sleep(5)::text`);
    await whenQueryRuns(admin);
    const ended = await terminateOthers(admin);
    const inTransaction = failure(prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(5)::text`));
    // Not the first query's backend, which may still be listed while it exits: the transaction's.
    await whenQueryRuns(admin, ended);
    await terminateOthers(admin);
    for (const error of [await inQuery, await inTransaction]) {
      expect(error).not.toBeNull();
      expect(isDatabaseUnreachable(error)).toBe(true);
    }
  });

  it("recognises a proxy cut under an open connection", async () => {
    const target = new URL(url);
    const proxy: CuttableProxy = await startCuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
    target.port = String(proxy.port);
    try {
      const prisma = client({ connectionString: target.toString(), connectTimeoutMs: 1_000 });
      const running = failure(prisma.$queryRaw`SELECT pg_sleep(5)::text`);
      await whenQueryRuns(admin);
      await proxy.cut();
      const cutMidQuery = await running;
      const whileDown = await failure(prisma.user.count());
      for (const error of [cutMidQuery, whileDown]) {
        expect(error).not.toBeNull();
        expect(isDatabaseUnavailable(error)).toBe(true);
      }
    } finally {
      await proxy.close();
    }
  });

  it("counts a pool that frees no connection in time, and a statement timeout, as unavailable but not unreachable", async () => {
    const busy = client({ connectionString: url, poolMax: 1, connectTimeoutMs: 300 });
    const holder = failure(busy.$queryRaw`SELECT pg_sleep(1)::text`);
    await whenQueryRuns(admin);
    const poolWait = await failure(busy.user.count());
    const poolWaitInTransaction = await failure(busy.$transaction(async (tx) => tx.user.count()));
    await holder;
    const slow = client({ connectionString: url, statementTimeoutMs: 200 });
    const statementTimeout = await failure(slow.$queryRaw`SELECT pg_sleep(2)::text`);
    for (const error of [poolWait, poolWaitInTransaction, statementTimeout]) {
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(isDatabaseUnreachable(error)).toBe(false);
    }
  });

  it("leaves bugs and refusals alone: a bad query, a unique violation, a domain error, a plain error", async () => {
    const prisma = client({ connectionString: url });
    const badQuery = await failure(prisma.$queryRawUnsafe("SELECT * FROM no_such_table"));
    const divisionByZero = await failure(prisma.$queryRaw`SELECT (1 / 0)::text`);
    await admin.query("CREATE TEMP TABLE IF NOT EXISTS once (x int PRIMARY KEY)");
    const uniqueViolation = await failure(admin.query("INSERT INTO once VALUES (1), (1)"));
    for (const error of [
      badQuery,
      divisionByZero,
      uniqueViolation,
      new DomainError("conflict"),
      new Error("boom"),
      "a string",
      null,
    ]) {
      expect(isDatabaseUnreachable(error)).toBe(false);
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
