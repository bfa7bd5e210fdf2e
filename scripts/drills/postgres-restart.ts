// Drill: PostgreSQL restarts in the middle of a load of submissions. During the outage the app
// answers 503 fast with the localized message; afterwards the same server process submits again;
// every submission it acknowledged is in the database once, and the failed ones succeed on retry.
import vi from "../../lib/i18n/messages/vi.json";
import { percentile } from "../bench/bench-database";
import { Checks, sleep } from "./checks";
import { answerMs, startDrillApp, submitOverHttp, type Answer, type DrillApp } from "./drill-app";
import { createDrillDatabase } from "./drill-database";
import { createDrafts, createDrillWorld, drillClient, submissionRecords, type DraftRef } from "./drill-world";
import { startPrivateCluster, type PrivateCluster } from "./private-cluster";

const draftCount = 400;
const concurrency = 20;
/** Stop PostgreSQL once this many submissions are acknowledged, and keep it down this long. */
const stopAfterAcks = 100;
const outageMs = 5_000;
/** The app waits this long for a connection (DATABASE_CONNECT_TIMEOUT_MS); each 503 must come well within the bound. */
const connectTimeoutMs = 1_000;
const answerBoundMs = 5_000;
/** A load that has not finished by then has not recovered. */
const loadDeadlineMs = 120_000;

interface Attempt extends Answer {
  draftId: string;
}

export async function postgresRestartDrill(checks: Checks): Promise<void> {
  const cluster = await startPrivateCluster();
  try {
    const database = await createDrillDatabase(cluster.url("postgres"), "vd_drill_restart");
    const db = drillClient(database.url);
    try {
      const world = await createDrillWorld(db);
      const drafts = await createDrafts(db, world, draftCount);
      const app = await startDrillApp({
        databaseUrl: database.url,
        officer: world.officer,
        env: { DATABASE_CONNECT_TIMEOUT_MS: String(connectTimeoutMs) },
      });
      try {
        await runLoad(checks, { app, drafts, cluster });
      } finally {
        await app.stop();
      }
      await checkDatabase(
        checks,
        await submissionRecords(
          db,
          drafts.map((d) => d.id),
        ),
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    await cluster.destroy();
  }
}

async function runLoad(checks: Checks, context: { app: DrillApp; drafts: DraftRef[]; cluster: PrivateCluster }) {
  const { app, drafts, cluster } = context;
  const pending = [...drafts];
  const attempts: Attempt[] = [];
  const fresh = new Map<string, number>();
  const acknowledged = new Set<string>();
  const started = performance.now();
  const outage = { stopping: 0, stopped: 0, starting: 0, started: 0 };

  // Each worker takes the next unacknowledged draft; a failed one goes to the back of the queue (the client's retry).
  async function worker() {
    while (pending.length > 0 && performance.now() - started < loadDeadlineMs) {
      const draft = pending.shift()!;
      const answer = await submitOverHttp(app, draft);
      attempts.push({ ...answer, draftId: draft.id });
      if (answer.status === 200) {
        acknowledged.add(draft.id);
        if (answer.body.alreadySubmitted === false) fresh.set(draft.id, (fresh.get(draft.id) ?? 0) + 1);
      } else pending.push(draft);
      await sleep(answer.status === 200 ? 100 : 200);
    }
  }

  let isLoadOver = false;
  async function restart() {
    while (acknowledged.size < stopAfterAcks) {
      // Never got that far (the checks below will say so): no outage to stage.
      if (isLoadOver) return;
      await sleep(20);
    }
    outage.stopping = performance.now();
    await cluster.stop();
    outage.stopped = performance.now();
    await sleep(outageMs);
    outage.starting = performance.now();
    await cluster.start();
    outage.started = performance.now();
  }

  const load = Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
    isLoadOver = true;
  });
  await Promise.all([restart(), load]);
  const during = attempts.filter((a) => a.sentAt >= outage.stopped && a.answeredAt <= outage.starting);
  const after = attempts.filter((a) => a.sentAt >= outage.started);
  const unavailable = attempts.filter((a) => a.status === 503);
  checks.note(
    `${attempts.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; PostgreSQL stopped after ${stopAfterAcks} acknowledgements, ` +
      `down ${Math.round(outage.starting - outage.stopped)} ms (stop took ${Math.round(outage.stopped - outage.stopping)} ms, start ${Math.round(outage.started - outage.starting)} ms)`,
  );
  const statuses = [...new Set(attempts.map((a) => a.status))].sort();
  checks.check(
    statuses.every((s) => s === 200 || s === 503),
    "every answer is 200 or 503: no 500, no hang, no dropped connection",
    `statuses seen: ${statuses.join(", ")}`,
  );
  checks.check(
    during.length >= concurrency && during.every((a) => a.status === 503),
    "requests sent while PostgreSQL was down were answered 503",
    `${during.length} requests in the outage`,
  );
  const expected = vi.apiErrors.unavailable;
  checks.check(
    unavailable.length > 0 &&
      unavailable.every((a) => a.body.error === "unavailable" && a.body.message === expected && a.retryAfter !== null),
    "each 503 says so in Vietnamese with Retry-After",
    `“${expected}”`,
  );
  const slowest503 = Math.max(0, ...unavailable.map(answerMs));
  checks.check(
    slowest503 < answerBoundMs,
    `each 503 answered within ${answerBoundMs} ms (connect timeout ${connectTimeoutMs} ms)`,
    `p50 ${percentile(
      unavailable.map(answerMs).sort((a, b) => a - b),
      50,
    )} ms, max ${slowest503} ms`,
  );
  // Acknowledged submissions queue on the award title's lock (one title for all drafts): their time measures the machine, not the outage.
  const acknowledgedMs = attempts
    .filter((a) => a.status === 200)
    .map(answerMs)
    .sort((a, b) => a - b);
  checks.note(
    `acknowledged submissions: p50 ${percentile(acknowledgedMs, 50)} ms, p99 ${percentile(acknowledgedMs, 99)} ms`,
  );
  checks.check(
    after.some((a) => a.status === 200),
    "after the restart the same server submits again",
    `${after.filter((a) => a.status === 200).length} acknowledged after the restart`,
  );
  checks.check(app.isRunning(), "the server process never exited (no restart needed)", `pid ${app.pid}`);
  checks.check(
    acknowledged.size === drafts.length,
    "every draft was acknowledged in the end (failed ones succeeded on retry)",
    `${acknowledged.size}/${drafts.length}`,
  );
  checks.check(
    [...fresh.values()].every((n) => n === 1),
    "no draft was acknowledged as a fresh submission twice",
  );
  const committedUnseen = drafts.length - fresh.size;
  checks.note(
    `${unavailable.length} answers were 503; ${committedUnseen} drafts were committed while their answer was lost (503), and the retry said alreadySubmitted`,
  );
}

async function checkDatabase(checks: Checks, records: Awaited<ReturnType<typeof submissionRecords>>) {
  const rows = [...records.values()];
  checks.check(
    rows.length === draftCount && rows.every((r) => r.status === "SUBMITTED"),
    "every draft is SUBMITTED in the database",
    `${rows.filter((r) => r.status === "SUBMITTED").length}/${draftCount}`,
  );
  checks.check(
    rows.every((r) => r.versions === 1),
    "each has exactly one submission version (no duplicate)",
    `versions per draft: ${[...new Set(rows.map((r) => r.versions))].join(", ")}`,
  );
  checks.check(
    rows.every((r) => r.audits === 1),
    "each has exactly one 'submitted' audit event",
    `audit events per draft: ${[...new Set(rows.map((r) => r.audits))].join(", ")}`,
  );
}
