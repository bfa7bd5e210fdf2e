// Benchmark (not a test): the nomination lists against 200,000 nominations.
//
//   npm run bench:nominations                 fill a fresh database, measure, EXPLAIN
//   npm run bench:nominations -- --reuse      measure again without refilling
//   npm run bench:nominations -- --try-indexes[=a,b]  also measure with candidate indexes (bench database only)
//   (--no-explain leaves out the plans; --indexes-only measures only with the indexes)
//
// A separate database (vd_bench_nominations, on DATABASE_URL's server or the local one) is
// migrated with the project's migrations and filled with SQL: 2,173 units in four levels, one
// movement with three titles, 200,000 nominations. What the list page reads (listNominations and
// listFilterOptions, in parallel as the page does) is timed in-process: server time from the call
// to plain data back, all queries included; 200 calls per scenario after 20 warm-up calls.
import { performance } from "node:perf_hooks";
import { benchDatabase, percentile, prepareBenchDatabase, withClient } from "./bench-database";

const database = benchDatabase("vd_bench_nominations");
const nominationCount = 200_000;
const callsPerScenario = 200;
const args = new Set(process.argv.slice(2));

process.env.DATABASE_POOL_MAX ??= "10";

const families = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Thanh", "Xuân", "Hồng"];
const givens = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hoa",
  "Hùng",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Ngân",
  "Phúc",
  "Quang",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Tuấn",
  "Yến",
];
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase();
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

/** Units in four levels (1 + 12 + 144 + 2,016), two people, one movement, 200,000 nominations. */
async function fill(): Promise<void> {
  await withClient(database.url, async (client) => {
    const unit = (depth: number, name: string, fanout: number) => `
      INSERT INTO "Unit" (id, code, name, "nameSearch", "parentId", path, depth, headcount, "updatedAt")
      SELECT u.id, 'B' || ${depth} || '-' || row_number() OVER (), u.name, lower(u.name), u.parent, u.ppath || u.id || '/', ${depth}, 20 + (random() * 480)::int, now()
      FROM (
        SELECT gen_random_uuid() AS id, p.id AS parent, p.path AS ppath, '${name} ' || p.code || '.' || g AS name
        FROM "Unit" p, generate_series(1, ${fanout}) g WHERE p.depth = ${depth - 1}
      ) u`;
    await client.query(`
      INSERT INTO "Unit" (id, code, name, "nameSearch", path, depth, headcount, "updatedAt")
      SELECT id, 'B0', 'Công đoàn Viên chức Việt Nam', 'cong doan vien chuc viet nam', '/' || id || '/', 0, 5000, now() FROM (SELECT gen_random_uuid() AS id) r`);
    await client.query(unit(1, "Công đoàn ngành", 12));
    await client.query(unit(2, "Công đoàn cấp trên cơ sở", 12));
    await client.query(unit(3, "Công đoàn cơ sở", 14));
    await client.query(`
      INSERT INTO "User" (id, email, "fullName", "fullNameSearch", "passwordHash", "updatedAt")
      VALUES (gen_random_uuid(), 'bench-admin@bench', 'Quản trị', 'quan tri', 'x', now()),
             (gen_random_uuid(), 'bench-officer@bench', 'Cán bộ', 'can bo', 'x', now()),
             (gen_random_uuid(), 'bench-sector@bench', 'Cán bộ ngành', 'can bo nganh', 'x', now())`);
    await client.query(`
      INSERT INTO "RoleAssignment" (id, "userId", role, "unitId")
      SELECT gen_random_uuid(), u.id, r.role::"Role", r.unit FROM "User" u
      JOIN (VALUES
        ('bench-admin@bench', 'ADMIN', (SELECT id FROM "Unit" WHERE depth = 0)),
        ('bench-officer@bench', 'OFFICER', (SELECT id FROM "Unit" WHERE depth = 2 ORDER BY code LIMIT 1 OFFSET 70)),
        ('bench-sector@bench', 'OFFICER', (SELECT id FROM "Unit" WHERE depth = 1 ORDER BY code LIMIT 1 OFFSET 5))
      ) AS r(email, role, unit) ON r.email = u.email`);
    await client.query(`
      INSERT INTO "Movement" (id, code, name, description, "organizingUnitId", "coverageUnitId", "startsOn", "endsOn", status, "updatedAt")
      SELECT gen_random_uuid(), 'BENCH', 'Tham mưu giỏi, phục vụ tốt 2025–2030', 'Phong trào dùng cho đo hiệu năng.', id, id, '2025-01-01', '2030-12-31', 'OPEN', now()
      FROM "Unit" WHERE depth = 0`);
    await client.query(`
      INSERT INTO "AwardTitle" (id, "movementId", position, name, eligibility, "approvalThresholdPercent", "quotaTotal", "quotaPerUnit", "quotaPerUnitPercent")
      SELECT gen_random_uuid(), m.id, t.position, t.name, t.eligibility::"TitleEligibility", 60, t.total, t.per_unit, t.percent
      FROM "Movement" m, (VALUES (1, 'Điển hình tiên tiến', 'INDIVIDUAL', 5000, 3, NULL), (2, 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL', NULL, NULL, 15), (3, 'Bằng khen tập thể', 'COLLECTIVE', 500, 1, NULL))
        AS t(position, name, eligibility, total, per_unit, percent)`);
    // Nominees of the mid-level and grassroots units; names from Vietnamese name parts, folded alike for search.
    await client.query(`
      WITH units AS (SELECT array_agg(id ORDER BY code) AS ids FROM "Unit" WHERE depth >= 2),
           titles AS (SELECT array_agg(id ORDER BY position) AS ids FROM "AwardTitle"),
           refs AS (SELECT (SELECT id FROM "Movement") AS movement, (SELECT id FROM "User" WHERE email = 'bench-officer@bench') AS creator),
           parts AS (SELECT ${sqlArray(families)} AS f, ${sqlArray(families.map(fold))} AS ff,
                            ${sqlArray(middles)} AS m, ${sqlArray(middles.map(fold))} AS mf,
                            ${sqlArray(givens)} AS g, ${sqlArray(givens.map(fold))} AS gf),
           rows AS (
             SELECT n, units.ids[1 + (n * 7919) % array_length(units.ids, 1)] AS unit, titles.ids, refs.movement, refs.creator,
                    parts.f[1 + n % 16] || ' ' || parts.m[1 + (n / 16) % 11] || ' ' || parts.g[1 + (n / 176) % 25] || ' ' || n AS name,
                    parts.ff[1 + n % 16] || ' ' || parts.mf[1 + (n / 16) % 11] || ' ' || parts.gf[1 + (n / 176) % 25] || ' ' || n AS search
             FROM generate_series(1, ${nominationCount}) n, units, titles, refs, parts
           )
      INSERT INTO "Nomination" (id, "movementId", "awardTitleId", "unitId", "nominatingUnitId", "createdById", "nomineeKind", "nomineeName", "nomineeNameSearch",
                                "identityKey", status, "createdAt", "updatedAt")
      SELECT gen_random_uuid(), movement, CASE WHEN n % 10 = 0 THEN ids[3] ELSE ids[1 + n % 2] END, unit, unit, creator,
             (CASE WHEN n % 10 = 0 THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END)::"NomineeKind", name, search,
             (CASE WHEN n % 10 = 0 THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END) || '|' || search || '|',
             (ARRAY['DRAFT','DRAFT','DRAFT','DRAFT','SUBMITTED','SUBMITTED','SUBMITTED','RETURNED','IN_REVIEW','WITHDRAWN'])[1 + (n * 31) % 10]::"NominationStatus",
             now() - make_interval(days => n % 400), now() - make_interval(secs => (n * 7717) % 31536000)
      FROM rows`);
    await client.query("VACUUM ANALYZE");
  });
}

type Lib = typeof import("../../lib/nominations/list") &
  Pick<typeof import("../../lib/nominations/list-options"), "listFilterOptions">;
type Actor = import("../../lib/session").Actor;
type Params = import("../../lib/nominations/list-params").ListNominationsParams;

interface Scenario {
  name: string;
  actor: Actor;
  view: "officer" | "admin";
  params: Params;
}

async function measure(lib: Lib, scenarios: Scenario[]) {
  const results: { name: string; rows: number; total: number; p50: number; p95: number; p99: number; max: number }[] =
    [];
  for (const scenario of scenarios) {
    // What the list page reads: the page of nominations (with count and quota panel) and the filter choices.
    const call = async () => {
      const [page] = await Promise.all([
        lib.listNominations({ actor: scenario.actor, view: scenario.view, params: scenario.params }),
        lib.listFilterOptions({ actor: scenario.actor, view: scenario.view, movementId: scenario.params.movement }),
      ]);
      return page;
    };
    for (let i = 0; i < 20; i++) await call();
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | null = null;
    for (let i = 0; i < callsPerScenario; i++) {
      const started = performance.now();
      last = await call();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    results.push({
      name: scenario.name,
      rows: last!.rows.length,
      total: last!.total,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: times.at(-1)!,
    });
  }
  return results;
}

function printTable(title: string, results: Awaited<ReturnType<typeof measure>>) {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  console.log(`\n${title} (${callsPerScenario} calls each, milliseconds)`);
  console.log(
    `${"scenario".padEnd(58)} ${"matches".padStart(8)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(7)}`,
  );
  for (const r of results)
    console.log(
      `${r.name.padEnd(58)} ${String(r.total).padStart(8)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.max)}`,
    );
}

/** The SQL Prisma sends for one call, each with its parameters, for EXPLAIN ANALYZE. */
async function explain(lib: Lib, scenario: Scenario) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../../lib/generated/prisma/client");
  const logged = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url }),
    log: [{ emit: "event", level: "query" }],
  });
  const queries: { query: string; params: unknown[] }[] = [];
  logged.$on("query", (event) => queries.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  const global = globalThis as unknown as { prisma?: unknown };
  const previous = global.prisma;
  global.prisma = logged;
  try {
    await lib.listNominations({ actor: scenario.actor, view: scenario.view, params: scenario.params });
  } finally {
    global.prisma = previous;
  }
  await logged.$disconnect();
  console.log(`\nEXPLAIN ANALYZE: ${scenario.name}`);
  await withClient(database.url, async (client) => {
    for (const { query, params } of queries.filter((q) => q.query.includes('FROM "public"."Nomination"'))) {
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, params);
      const lines = plan.rows.map((r) => r["QUERY PLAN"]);
      console.log(`-- ${query.replace(/\s+/g, " ").slice(0, 160)}…`);
      for (const line of lines.filter((l) => !/^\s*Buffers:/.test(l))) console.log(`   ${line}`);
    }
  });
}

/** Candidate indexes, created in the bench database only, to measure their effect. */
const candidateIndexes: Record<string, string> = {
  movementUpdated: `CREATE INDEX IF NOT EXISTS bench_movement_updated ON "Nomination" ("movementId", "updatedAt", id)`,
  movementTitleStatus: `CREATE INDEX IF NOT EXISTS bench_movement_title_status ON "Nomination" ("movementId", "awardTitleId", status)`,
  movementUnitTitleStatus: `CREATE INDEX IF NOT EXISTS bench_movement_unit_title_status ON "Nomination" ("movementId", "unitId", "awardTitleId", status)`,
  unitUpdated: `CREATE INDEX IF NOT EXISTS bench_unit_updated ON "Nomination" ("unitId", "updatedAt", id)`,
  // Needs the pg_trgm extension (created in the bench database only).
  nameTrigram: `CREATE INDEX IF NOT EXISTS bench_name_trigram ON "Nomination" USING gin ("nomineeNameSearch" gin_trgm_ops)`,
};

/** The candidates named by --try-indexes=a,b (all of them for a bare --try-indexes). */
function chosenIndexes(): string[] {
  const flag = process.argv.slice(2).find((arg) => arg.startsWith("--try-indexes"));
  if (!flag) return [];
  const names = flag.includes("=") ? flag.slice(flag.indexOf("=") + 1).split(",") : Object.keys(candidateIndexes);
  for (const name of names)
    if (!candidateIndexes[name])
      throw new Error(`Unknown index ${name}: one of ${Object.keys(candidateIndexes).join(", ")}`);
  return names;
}

async function main() {
  await prepareBenchDatabase(database, args, fill);
  const lib: Lib = {
    ...(await import("../../lib/nominations/list")),
    listFilterOptions: (await import("../../lib/nominations/list-options")).listFilterOptions,
  };
  const { defaultListParams } = await import("../../lib/nominations/list-params");
  const { actorOf } = await import("../test/factories");
  const { db } = await import("../../lib/db");
  const client = db();
  const counts = await withClient(
    database.url,
    async (c) =>
      (
        await c.query<{ units: string; nominations: string }>(
          `SELECT (SELECT count(*) FROM "Unit") AS units, (SELECT count(*) FROM "Nomination") AS nominations`,
        )
      ).rows[0]!,
  );
  console.log(`Database: ${counts.units} units, ${counts.nominations} nominations.`);
  const userId = async (email: string) => (await client.user.findUniqueOrThrow({ where: { email } })).id;
  const admin = await actorOf(client, await userId("bench-admin@bench"));
  const officer = await actorOf(client, await userId("bench-officer@bench"));
  const sectorOfficer = await actorOf(client, await userId("bench-sector@bench"));
  const movement = await client.movement.findUniqueOrThrow({ where: { code: "BENCH" }, select: { id: true } });
  const p = (overrides: Partial<Params>): Params => ({ ...defaultListParams, ...overrides });
  const scenarios: Scenario[] = [
    { name: "officer (level-2 unit, 15 units): default list", actor: officer, view: "officer", params: p({}) },
    {
      name: "officer (level-2): movement + quota panel",
      actor: officer,
      view: "officer",
      params: p({ movement: movement.id }),
    },
    {
      name: "officer (level-2): movement + search 'nguyen van'",
      actor: officer,
      view: "officer",
      params: p({ movement: movement.id, q: "nguyen van" }),
    },
    {
      name: "officer (level-2): movement, status, sort by name, page 3",
      actor: officer,
      view: "officer",
      params: p({ movement: movement.id, status: "DRAFT", sort: "name", page: 3 }),
    },
    {
      name: "officer (level-1 unit, 169 units): movement + quota",
      actor: sectorOfficer,
      view: "officer",
      params: p({ movement: movement.id }),
    },
    {
      name: "officer (level-1): movement + search 'tran thi'",
      actor: sectorOfficer,
      view: "officer",
      params: p({ movement: movement.id, q: "tran thi" }),
    },
    {
      name: "admin: movement (all 200,000) + quota",
      actor: admin,
      view: "admin",
      params: p({ movement: movement.id }),
    },
    {
      name: "admin: movement + search 'nguyen van an'",
      actor: admin,
      view: "admin",
      params: p({ movement: movement.id, q: "nguyen van an" }),
    },
    {
      name: "admin: movement, status SUBMITTED, sort by name, page 40",
      actor: admin,
      view: "admin",
      params: p({ movement: movement.id, status: "SUBMITTED", sort: "name", page: 40 }),
    },
  ];
  // Scenarios whose queries are explained (--explain=1,6 by default: numbered from 0 as listed).
  const explainFlag = process.argv.slice(2).find((arg) => arg.startsWith("--explain="));
  const explained = explainFlag ? explainFlag.slice("--explain=".length).split(",").map(Number) : [1, 6];
  if (!args.has("--indexes-only")) {
    printTable("list page reads (listNominations + listFilterOptions), server time", await measure(lib, scenarios));
    if (!args.has("--no-explain")) for (const i of explained) await explain(lib, scenarios[i]!);
  }
  const indexes = chosenIndexes();
  if (indexes.length > 0) {
    const drop = async () =>
      withClient(database.url, async (c) => {
        for (const name of Object.keys(candidateIndexes))
          await c.query(`DROP INDEX IF EXISTS ${/INDEX IF NOT EXISTS (\w+)/.exec(candidateIndexes[name]!)![1]}`);
      });
    await drop();
    await withClient(database.url, async (c) => {
      if (indexes.includes("nameTrigram")) await c.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      for (const name of indexes) await c.query(candidateIndexes[name]!);
      await c.query(`ANALYZE "Nomination"`);
    });
    printTable(`with candidate indexes: ${indexes.join(", ")}`, await measure(lib, scenarios));
    if (!args.has("--no-explain")) for (const i of explained) await explain(lib, scenarios[i]!);
    await drop();
  }
  await client.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
