// Benchmark (not a test): the ranking of a movement's nominations (lib/reviews/ranking/scores.ts).
//
//   npm run bench:ranking                 fill a fresh database, measure, EXPLAIN the slowest scenario
//   npm run bench:ranking -- --reuse      measure again without refilling
//   (--no-explain leaves out the plan)
//
// A separate database (vd_bench_ranking, on DATABASE_URL's server or the local one) is migrated
// with the project's migrations and filled with SQL: one movement with 6 criteria and 3 titles,
// 10,000 submitted nominations × 3 SUBMITTED reviews × 6 scores, 30 council members. The ranking
// query is timed in-process (server time from the call to plain data back): 30 calls per
// scenario after 3 warm-up calls. Budget: under 300 ms.
import { performance } from "node:perf_hooks";
import { benchDatabase, percentile, prepareBenchDatabase, withClient } from "./bench-database";

const database = benchDatabase("vd_bench_ranking");
const nominationCount = 10_000;
const reviewersPerNomination = 3;
const councilSize = 30;
const calls = 30;
const warmUps = 3;
const budgetMs = 300;
const args = new Set(process.argv.slice(2));

/** Units (a root and 200 grassroots unions), the council, one movement in REVIEW, its nominations, reviews and scores. */
async function fill(): Promise<void> {
  await withClient(database.url, async (client) => {
    await client.query(`
      INSERT INTO "Unit" (id, code, name, "nameSearch", path, depth, headcount, "updatedAt")
      SELECT id, 'R0', 'Công đoàn Viên chức Việt Nam', 'cong doan vien chuc viet nam', '/' || id || '/', 0, 5000, now() FROM (SELECT gen_random_uuid() AS id) r`);
    await client.query(`
      INSERT INTO "Unit" (id, code, name, "nameSearch", "parentId", path, depth, headcount, "updatedAt")
      SELECT u.id, 'R1-' || g, 'Công đoàn cơ sở ' || g, 'cong doan co so ' || g, p.id, p.path || u.id || '/', 1, 20 + g, now()
      FROM "Unit" p, generate_series(1, 200) g, LATERAL (SELECT gen_random_uuid() AS id, g AS k) u WHERE p.depth = 0`);
    await client.query(`
      INSERT INTO "User" (id, email, "fullName", "fullNameSearch", "passwordHash", "updatedAt")
      SELECT gen_random_uuid(), 'bench-member-' || g || '@bench', 'Thành viên ' || g, 'thanh vien ' || g, 'x', now() FROM generate_series(0, ${councilSize}) g`);
    await client.query(`
      INSERT INTO "Movement" (id, code, name, description, "organizingUnitId", "coverageUnitId", "startsOn", "endsOn", status, "calibrateScores", "updatedAt")
      SELECT gen_random_uuid(), 'BENCH-RANK', 'Tham mưu giỏi, phục vụ tốt 2025–2030', 'Phong trào dùng cho đo hiệu năng.', id, id, '2025-01-01', '2030-12-31', 'REVIEW', true, now()
      FROM "Unit" WHERE depth = 0`);
    await client.query(`
      INSERT INTO "Criterion" (id, "movementId", position, name, guidance, weight, "maxScore")
      SELECT gen_random_uuid(), m.id, c.position, 'Tiêu chí ' || c.position, 'Hướng dẫn', c.weight, c.max
      FROM "Movement" m, (VALUES (1, 25, 10), (2, 20, 10), (3, 20, 20), (4, 15, 10), (5, 10, 5), (6, 10, 100)) AS c(position, weight, max)`);
    await client.query(`
      INSERT INTO "AwardTitle" (id, "movementId", position, name, eligibility, "approvalThresholdPercent", "quotaTotal", "quotaPerUnit")
      SELECT gen_random_uuid(), m.id, t.position, t.name, t.eligibility::"TitleEligibility", 60, t.total, t.per_unit
      FROM "Movement" m, (VALUES (1, 'Điển hình tiên tiến', 'INDIVIDUAL', 500, 3), (2, 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL', 300, 2), (3, 'Bằng khen tập thể', 'COLLECTIVE', 100, 1))
        AS t(position, name, eligibility, total, per_unit)`);
    await client.query(`
      INSERT INTO "CouncilMember" (id, "movementId", "userId")
      SELECT gen_random_uuid(), m.id, u.id FROM "Movement" m, "User" u WHERE u.email <> 'bench-member-0@bench'`);
    await client.query(`
      WITH units AS (SELECT array_agg(id ORDER BY code) AS ids FROM "Unit" WHERE depth = 1),
           titles AS (SELECT array_agg(id ORDER BY position) AS ids FROM "AwardTitle"),
           refs AS (SELECT (SELECT id FROM "Movement") AS movement, (SELECT id FROM "User" WHERE email = 'bench-member-0@bench') AS creator)
      INSERT INTO "Nomination" (id, "movementId", "awardTitleId", "unitId", "nominatingUnitId", "createdById", "nomineeKind", "nomineeName", "nomineeNameSearch",
                                "identityKey", status, "submittedAt", "updatedAt")
      SELECT gen_random_uuid(), refs.movement, titles.ids[1 + n % 3], units.ids[1 + (n * 7919) % 200], units.ids[1 + (n * 7919) % 200], refs.creator,
             (CASE WHEN n % 3 = 2 THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END)::"NomineeKind", 'Người được đề nghị ' || n, 'nguoi duoc de nghi ' || n,
             'I|nguoi duoc de nghi ' || n || '|', 'IN_REVIEW', now(), now()
      FROM generate_series(1, ${nominationCount}) n, units, titles, refs`);
    // Three distinct council members per nomination (members k, k+1, k+2 of 30, by the nomination's position).
    await client.query(`
      WITH members AS (SELECT array_agg(id ORDER BY email) AS ids FROM "User" WHERE email <> 'bench-member-0@bench'),
           numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM "Nomination")
      INSERT INTO "Review" (id, "nominationId", "reviewerId", status, "submittedAt", "updatedAt")
      SELECT gen_random_uuid(), n.id, members.ids[1 + (n.k + j) % ${councilSize}], 'SUBMITTED', now(), now()
      FROM numbered n, members, generate_series(0, ${reviewersPerNomination - 1}) j`);
    // Scores: a reviewer-dependent leniency plus noise, within each criterion's maximum.
    await client.query(`
      INSERT INTO "ReviewScore" (id, "reviewId", "criterionId", score)
      SELECT gen_random_uuid(), r.id, c.id,
             ROUND(LEAST(c."maxScore", GREATEST(0, c."maxScore" * (0.45 + 0.4 * random() + 0.1 * (abs(hashtext(r."reviewerId"::text)) % 3 - 1))))::numeric, 1)
      FROM "Review" r CROSS JOIN "Criterion" c`);
    await client.query("VACUUM ANALYZE");
  });
}

async function main() {
  await prepareBenchDatabase(database, args, fill);
  const { scoreNominations } = await import("../../lib/reviews/ranking/scores");
  const { rankingPage } = await import("../../lib/reviews/ranking/queries");
  const { db } = await import("../../lib/db");
  const client = db();
  const counts = await withClient(
    database.url,
    async (c) =>
      (
        await c.query<{ nominations: string; reviews: string; scores: string }>(
          `SELECT (SELECT count(*) FROM "Nomination") AS nominations, (SELECT count(*) FROM "Review") AS reviews, (SELECT count(*) FROM "ReviewScore") AS scores`,
        )
      ).rows[0]!,
  );
  console.log(
    `Database: ${counts.nominations} nominations, ${counts.reviews} submitted reviews, ${counts.scores} scores.`,
  );
  const movement = await client.movement.findUniqueOrThrow({
    where: { code: "BENCH-RANK" },
    select: { id: true, awardTitles: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const titleId = movement.awardTitles[0]!.id;
  const someUnit = await client.unit.findFirstOrThrow({
    where: { depth: 1 },
    orderBy: { code: "asc" },
    select: { path: true },
  });
  const page = { movementId: movement.id, awardTitleId: titleId, page: 1, disagreementPoints: 20 };
  const scenarios: { name: string; call: () => Promise<number> }[] = [
    {
      name: "all titles (10,000 rows)",
      call: async () =>
        (await scoreNominations({ movementId: movement.id, calibrate: false, disagreementPoints: 20 })).length,
    },
    {
      name: "all titles, calibrated",
      call: async () =>
        (await scoreNominations({ movementId: movement.id, calibrate: true, disagreementPoints: 20 })).length,
    },
    {
      name: "one title",
      call: async () =>
        (
          await scoreNominations({
            movementId: movement.id,
            awardTitleId: titleId,
            calibrate: false,
            disagreementPoints: 20,
          })
        ).length,
    },
    {
      name: "one title, calibrated",
      call: async () =>
        (
          await scoreNominations({
            movementId: movement.id,
            awardTitleId: titleId,
            calibrate: true,
            disagreementPoints: 20,
          })
        ).length,
    },
    {
      name: "results page: one title, page 1 of 50, calibrated",
      call: async () => (await rankingPage({ ...page, calibrate: true })).rows.length,
    },
    {
      name: "results page: one title, one unit's subtree",
      call: async () => (await rankingPage({ ...page, calibrate: true, unitPath: someUnit.path })).rows.length,
    },
    {
      name: "results page: one title, page 40",
      call: async () => (await rankingPage({ ...page, calibrate: true, page: 40 })).rows.length,
    },
  ];
  console.log(
    `\nranking query, server time (${calls} calls each after ${warmUps} warm-ups, milliseconds; budget ${budgetMs})`,
  );
  console.log(
    `${"scenario".padEnd(52)} ${"rows".padStart(6)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}`,
  );
  let worst = 0;
  for (const scenario of scenarios) {
    for (let i = 0; i < warmUps; i++) await scenario.call();
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < calls; i++) {
      const t0 = performance.now();
      rows = await scenario.call();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = (v: number) => v.toFixed(1).padStart(7);
    worst = Math.max(worst, percentile(times, 95));
    console.log(
      `${scenario.name.padEnd(52)} ${String(rows).padStart(6)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(times.at(-1)!)}`,
    );
  }
  console.log(
    worst < budgetMs
      ? `\nWithin budget: worst p95 ${worst.toFixed(1)} ms < ${budgetMs} ms.`
      : `\nOVER BUDGET: worst p95 ${worst.toFixed(1)} ms ≥ ${budgetMs} ms.`,
  );
  if (!args.has("--no-explain")) {
    const { rankedScoresSql } = await import("../../lib/reviews/ranking/scores");
    const { Prisma } = await import("../../lib/generated/prisma/client");
    const sql = Prisma.sql`${rankedScoresSql({ movementId: movement.id, calibrate: true })} SELECT count(*) FROM ranked`;
    const plan = await withClient(database.url, (c) =>
      c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE) ${sql.text}`, sql.values),
    );
    console.log("\nEXPLAIN ANALYZE: all titles, calibrated");
    for (const row of plan.rows) console.log(`   ${row["QUERY PLAN"]}`);
  }
  await client.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
