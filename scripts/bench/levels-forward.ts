// Benchmark (not a test): a level forwarding 50 dossiers at once (lib/levels/forward.ts), issue
// 17's budget of 500 ms. It runs on a copy of the national dataset (vd_bench_forward, made from
// vd_bench_national, which `npm run bench` fills; filled here first when it does not exist), at
// the level holding the most dossiers, as that level's officer: 2 warm-up forwards, then 10
// timed forwards of 50 different dossiers each, in-process (server time from the call to the
// committed transaction). The copy is dropped afterwards, so the national dataset stays as filled.
//
//   npm run bench:forward
import { performance } from "node:perf_hooks";
import { benchDatabase, percentile, prepareBenchDatabase, withClient } from "./bench-database";
import { loadDataset } from "./dataset";
import { asOf } from "./national/movement-specs";

const batch = 50;
const warmUps = 2;
const runs = 10;
const budgetMs = 500;

const national = benchDatabase("vd_bench_national");
const exists = await withClient(
  national.serverUrl,
  async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [national.name])).rowCount === 1,
);
const dataset = await loadDataset();
await prepareBenchDatabase(national, new Set(exists ? ["--reuse"] : []), async () => {
  await withClient(national.url, (client) => dataset.fillNational(client, console.log));
});
const fixture = await withClient(national.url, (client) => dataset.nationalFixture(client));

// From here on lib/db connects to the copy.
const copy = benchDatabase("vd_bench_forward");
const copied = performance.now();
await withClient(copy.serverUrl, async (c) => {
  await c.query(`DROP DATABASE IF EXISTS ${copy.name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${copy.name} TEMPLATE ${national.name}`);
});
console.log(`Copied ${national.name} to ${copy.name} in ${((performance.now() - copied) / 1000).toFixed(1)} s.`);

try {
  const { forwardFromLevel } = await import("../../lib/levels/forward");
  const { db } = await import("../../lib/db");
  const { actor, pending, received } = await withClient(copy.url, async (c) => {
    const roles = await c.query<{
      userId: string;
      fullName: string;
      email: string;
      role: "OFFICER";
      unitId: string;
      unitName: string;
      unitPath: string;
    }>(
      `SELECT u.id AS "userId", u."fullName", u.email, r.role, un.id AS "unitId", un.name AS "unitName", un.path AS "unitPath"
         FROM "User" u JOIN "RoleAssignment" r ON r."userId" = u.id JOIN "Unit" un ON un.id = r."unitId" WHERE u.email = $1`,
      [fixture.levelOfficerEmail],
    );
    const first = roles.rows[0]!;
    const held = await c.query<{ id: string }>(
      `SELECT l."nominationId" AS id FROM "NominationLevel" l
        WHERE l."unitId" = $1 AND l."movementId" = $2 AND l."isCurrent" AND l.state IN ('PENDING', 'ENDORSED') ORDER BY l."nominationId"`,
      [fixture.levelUnitId, fixture.levelMovementId],
    );
    const total = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "NominationLevel" WHERE "unitId" = $1 AND "movementId" = $2 AND "isCurrent"`,
      [fixture.levelUnitId, fixture.levelMovementId],
    );
    return {
      actor: {
        id: first.userId,
        name: first.fullName,
        email: first.email,
        locale: "vi",
        mustChangePassword: false,
        isMfaEnrolled: false,
        roles: roles.rows.map((r) => ({ role: r.role, unitId: r.unitId, unitName: r.unitName, unitPath: r.unitPath })),
      },
      pending: held.rows.map((r) => r.id),
      received: total.rows[0]!.n,
    };
  });
  if (pending.length < batch * (warmUps + runs)) throw new Error(`Only ${pending.length} dossiers await the level`);
  console.log(
    `Level ${actor.roles[0]!.unitName}: ${received.toLocaleString("en")} dossiers received, ${pending.length.toLocaleString("en")} awaiting it.`,
  );
  const today = asOf.toISOString().slice(0, 10);
  const times: number[] = [];
  for (let i = 0; i < warmUps + runs; i++) {
    const selected = pending.slice(i * batch, (i + 1) * batch);
    const t0 = performance.now();
    const { forwarded } = await forwardFromLevel({
      actor,
      input: { movementId: fixture.levelMovementId, unitId: fixture.levelUnitId, selected },
      today,
    });
    const ms = performance.now() - t0;
    if (forwarded !== batch) throw new Error(`Forwarded ${forwarded} of ${batch}`);
    if (i >= warmUps) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `\nforward ${batch} dossiers as one proposal, server time (${runs} forwards after ${warmUps} warm-ups, ms; budget ${budgetMs})`,
  );
  console.log(`p50 ${percentile(times, 50).toFixed(1)}  p95 ${p95.toFixed(1)}  max ${times.at(-1)!.toFixed(1)}`);
  console.log(
    p95 < budgetMs
      ? `Within budget: p95 ${p95.toFixed(1)} ms < ${budgetMs} ms.`
      : `OVER BUDGET: p95 ${p95.toFixed(1)} ms ≥ ${budgetMs} ms.`,
  );
  await db().$disconnect();
} finally {
  await withClient(copy.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${copy.name} WITH (FORCE)`));
}
