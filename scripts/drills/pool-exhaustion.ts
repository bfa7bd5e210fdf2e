// Drill: the connection pool runs dry. Another session holds a lock every submission needs, so
// the app's few connections sit in blocked statements and every other request waits for one.
// Each request must end within the bound (pool wait + statement timeout) with 503, the server
// must answer normally once the lock goes, and neither connections nor memory may leak (memory
// is read after a full garbage collection, so what the collector has not got round to yet does
// not read as a leak).
import { rm } from "node:fs/promises";
import pg from "pg";
import { percentile, withClient } from "../bench/bench-database";
import { Checks, sleep } from "./checks";
import { answerMs, heapAfterFullGc, startDrillApp, submitOverHttp, type Answer, type DrillApp } from "./drill-app";
import { createDrillDatabase, drillServerUrl } from "./drill-database";
import { createDrafts, createDrillWorld, drillClient, type DraftRef } from "./drill-world";

const poolMax = 3;
const connectTimeoutMs = 1_000;
const statementTimeoutMs = 2_000;
/**
 * A request may wait for a connection twice (its session, then its transaction) and then sit out
 * one statement timeout; the rest is room for a busy machine (timers fire late when the CPU is
 * shared). A hang would show as the client's 60 s timeout.
 */
const answerBoundMs = 2 * connectTimeoutMs + statementTimeoutMs + 4_000;
const rounds = 3;
const requestsPerRound = 120;
const concurrency = 40;
/** Our own connections carry this name, so counting the app's connections leaves them out. */
const drillApplicationName = "vd_drill_observer";
/** The heap after a full collection may differ this much from the warmed-up baseline (caches filling, JIT); a leak of even 10 KB a failed request would pass it within the drill's rounds. */
const heapSlackMb = 16;

export async function poolExhaustionDrill(checks: Checks): Promise<void> {
  const database = await createDrillDatabase(await drillServerUrl(), "vd_drill_pool");
  const observerUrl = `${database.url}${database.url.includes("?") ? "&" : "?"}application_name=${drillApplicationName}`;
  const db = drillClient(observerUrl);
  try {
    const world = await createDrillWorld(db);
    const drafts = await createDrafts(db, world, 100 + rounds * requestsPerRound + 20);
    const app = await startDrillApp({
      databaseUrl: database.url,
      officer: world.officer,
      env: {
        DATABASE_POOL_MAX: String(poolMax),
        DATABASE_CONNECT_TIMEOUT_MS: String(connectTimeoutMs),
        DATABASE_STATEMENT_TIMEOUT_MS: String(statementTimeoutMs),
      },
      withMemoryProbe: true,
    });
    try {
      await exhaust(checks, { app, drafts, observerUrl });
    } finally {
      await app.stop();
      if (app.memoryFile) await rm(app.memoryFile, { force: true });
    }
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

/** Connections of the app (not ours) to the drill database, by state. */
async function appConnections(observerUrl: string) {
  return withClient(observerUrl, async (client) => {
    const { rows } = await client.query<{ state: string | null; count: string }>(
      `SELECT state, count(*) FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> $1
       GROUP BY state`,
      [drillApplicationName],
    );
    const byState = Object.fromEntries(rows.map((r) => [r.state ?? "unknown", Number(r.count)]));
    return { total: rows.reduce((sum, r) => sum + Number(r.count), 0), byState };
  });
}

/** `count` submissions of the next drafts, `concurrency` at a time. */
async function burst(app: DrillApp, queue: DraftRef[], count: number, parallel: number): Promise<Answer[]> {
  const mine = queue.splice(0, count);
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let draft = mine.shift(); draft; draft = mine.shift())
        answers.push(await submitOverHttp(app, draft, 60_000));
    }),
  );
  return answers;
}

async function exhaust(checks: Checks, context: { app: DrillApp; drafts: DraftRef[]; observerUrl: string }) {
  const { app, observerUrl } = context;
  const queue = [...context.drafts];
  // Warm up (compile routes, fill caches, open the pool) so the baseline is the steady state.
  const warm = await burst(app, queue, 100, poolMax);
  // A busy machine may take longer than the 1 s connect timeout to open a fresh connection: a rare 503 is allowed here, nothing else.
  const warmOk = warm.filter((a) => a.status === 200).length;
  checks.check(
    warmOk >= 95 && warm.every((a) => a.status === 200 || a.status === 503),
    "before the drill, submissions succeed",
    `${warmOk}/100 at ${poolMax} at a time`,
  );
  const baseline = { memory: await heapAfterFullGc(app), connections: await appConnections(observerUrl) };
  checks.note(
    `baseline after a full GC: heap ${baseline.memory.heapUsedMb} MB, RSS ${baseline.memory.rssMb} MB; app connections ${baseline.connections.total} (${JSON.stringify(baseline.connections.byState)})`,
  );

  const memoryAfterRound: { heapUsedMb: number; rssMb: number }[] = [];
  let peakConnections = 0;
  for (let round = 1; round <= rounds; round++) {
    const locker = new pg.Client({ connectionString: observerUrl });
    await locker.connect();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakConnections = Math.max(peakConnections, (await appConnections(observerUrl)).total);
        await sleep(200);
      }
    })();
    let answers: Answer[];
    let health: { status: number; ms: number };
    try {
      // Every submission reads its nomination first: with the table locked, each statement blocks until statement_timeout.
      await locker.query("BEGIN");
      await locker.query('LOCK TABLE "Nomination" IN ACCESS EXCLUSIVE MODE');
      const healthCheck = (async () => {
        await sleep(1_500);
        const sent = performance.now();
        const response = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(30_000) }).catch(
          () => null,
        );
        return { status: response?.status ?? 0, ms: Math.round(performance.now() - sent) };
      })();
      answers = await burst(app, queue, requestsPerRound, concurrency);
      health = await healthCheck;
    } finally {
      await locker.query("ROLLBACK").catch(() => {});
      await locker.end();
      sampling = false;
      await sampler;
    }
    const latencies = answers.map(answerMs).sort((a, b) => a - b);
    const statuses = [...new Set(answers.map((a) => a.status))].sort();
    checks.note(
      `round ${round}: ${answers.length} requests, statuses ${statuses.join(", ")}, p50 ${percentile(latencies, 50)} ms, max ${latencies.at(-1)} ms; /api/health meanwhile ${health.status} in ${health.ms} ms`,
    );
    checks.check(
      answers.every((a) => a.status === 503 && a.body.error === "unavailable"),
      `round ${round}: every request blocked on the database was answered 503 (unavailable)`,
    );
    checks.check(
      (latencies.at(-1) ?? Infinity) < answerBoundMs,
      `round ${round}: each answered within ${answerBoundMs} ms`,
      `max ${latencies.at(-1)} ms`,
    );

    // The lock is gone: the same server answers normally at once.
    const recovered = await burst(app, queue, 5, 1);
    checks.check(
      recovered.every((a) => a.status === 200),
      `round ${round}: right after, submissions succeed again`,
      recovered.map((a) => `${a.status} in ${answerMs(a)} ms`).join(", "),
    );
    memoryAfterRound.push(await heapAfterFullGc(app));
  }

  checks.check(app.isRunning(), "the server process never exited", `pid ${app.pid}`);
  checks.check(
    peakConnections <= poolMax,
    `the app never held more than DATABASE_POOL_MAX=${poolMax} connections`,
    `peak ${peakConnections}`,
  );
  const after = await appConnections(observerUrl);
  const stuck =
    (after.byState["idle in transaction"] ?? 0) +
    (after.byState["idle in transaction (aborted)"] ?? 0) +
    (after.byState.active ?? 0);
  checks.check(
    after.total <= poolMax && stuck === 0,
    "afterwards its connections are idle, none left in a transaction (no leak)",
    JSON.stringify(after.byState),
  );
  const heapGrowth = memoryAfterRound.map((m) => m.heapUsedMb - baseline.memory.heapUsedMb);
  checks.check(
    heapGrowth.every((growth) => growth <= heapSlackMb),
    `memory is given back: after each round, the heap after a full GC is within ${heapSlackMb} MB of the baseline`,
    `heap ${baseline.memory.heapUsedMb} MB before, ${memoryAfterRound.map((m) => m.heapUsedMb).join(" / ")} MB after each round; RSS ${baseline.memory.rssMb} → ${memoryAfterRound.map((m) => m.rssMb).join(" / ")} MB`,
  );
}
