// Drill: 200 submissions of the same draft at the same version, all at once (a double click
// times a hundred, or a client retrying in a loop). submitNomination locks the nomination and
// looks for a version already submitted from that version before anything else, so exactly one
// request submits it (alreadySubmitted: false) and every other one is told it already was
// (200, alreadySubmitted: true): not 409, which means "changed since you read it".
import { percentile } from "../bench/bench-database";
import { Checks } from "./checks";
import { answerMs, startDrillApp, submitOverHttp, type Answer } from "./drill-app";
import { createDrillDatabase, drillServerUrl } from "./drill-database";
import { createDrafts, createDrillWorld, drillClient, submissionRecords } from "./drill-world";

const requests = 200;
const rounds = 3;
/** Generous waits: this drill is about what one draft ends up as, not about overload (see pool-exhaustion). */
const connectTimeoutMs = 30_000;

export async function sameDraftDrill(checks: Checks): Promise<void> {
  const database = await createDrillDatabase(await drillServerUrl(), "vd_drill_same_draft");
  const db = drillClient(database.url);
  try {
    const world = await createDrillWorld(db);
    const drafts = await createDrafts(db, world, rounds);
    const app = await startDrillApp({
      databaseUrl: database.url,
      officer: world.officer,
      env: { DATABASE_CONNECT_TIMEOUT_MS: String(connectTimeoutMs) },
    });
    try {
      for (const [i, draft] of drafts.entries()) {
        const answers: Answer[] = await Promise.all(
          Array.from({ length: requests }, () => submitOverHttp(app, draft, 120_000)),
        );
        const fresh = answers.filter((a) => a.status === 200 && a.body.alreadySubmitted === false);
        const repeats = answers.filter((a) => a.status === 200 && a.body.alreadySubmitted === true);
        const others = answers.filter((a) => !fresh.includes(a) && !repeats.includes(a));
        const latencies = answers.map(answerMs).sort((a, b) => a - b);
        checks.note(
          `draft ${i + 1}: ${requests} concurrent submissions answered in p50 ${percentile(latencies, 50)} ms, max ${latencies.at(-1)} ms`,
        );
        checks.check(
          fresh.length === 1,
          `draft ${i + 1}: exactly one request submitted it (alreadySubmitted: false)`,
          `${fresh.length}`,
        );
        checks.check(
          repeats.length === requests - 1 && others.length === 0,
          `draft ${i + 1}: the other ${requests - 1} were told it already was (200, alreadySubmitted: true)`,
          others.length ? `others: ${[...new Set(others.map((a) => a.status))].join(", ")}` : `${repeats.length}`,
        );
        const versionNumbers = new Set(answers.map((a) => a.body.versionNumber));
        checks.check(
          versionNumbers.size === 1 && versionNumbers.has(1),
          `draft ${i + 1}: every answer names the same submission (version 1)`,
          [...versionNumbers].join(", "),
        );
      }
    } finally {
      await app.stop();
    }
    const records = [
      ...(
        await submissionRecords(
          db,
          drafts.map((d) => d.id),
        )
      ).values(),
    ];
    checks.check(
      records.every((r) => r.status === "SUBMITTED" && r.versions === 1 && r.audits === 1),
      "in the database each draft is SUBMITTED with exactly one version and one audit event",
      records.map((r) => `${r.status}/${r.versions}/${r.audits}`).join(", "),
    );
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}
