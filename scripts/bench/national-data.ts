// Benchmark data at national scale (issues 8 and 17), not a test: 2,636 units in four levels,
// 50,000 accounts, 31 movements from 2019 to 2030, 284,000 nominations with their self-assessments,
// about 646,000 reviews with a score for every criterion, about 55,000 honorees. Deterministic:
// every choice is a function of a row number (the password hash alone differs between fills).
// Fills an empty, migrated database; the stages live in scripts/bench/national/.
//
// The largest movement under review (64,000 dossiers) has three submitted reviews each by a
// council of 30 (a few third reviews still pending), three titles with quotas. 23 movements are
// decided and on the roster, 5 are open (nominations in every early state), one has its
// shortlist posted and one is a draft. The open 2025–2030 cycle (84,000 dossiers, nearly all
// sent up) routes through 60 intermediate levels (national/levels.ts): a city union holds over
// 5,000 of them.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { loadAppRules } from "./national/app-rules";
import { restoreKeysAndIndexes, setAsideKeysAndIndexes } from "./national/bulk-load";
import { insertHonorees } from "./national/honorees";
import { insertRoute } from "./national/levels";
import { insertMovements, planMovements } from "./national/movements";
import { insertNominations, planNominations } from "./national/nominations";
import { adminEmail, insertPeople } from "./national/people";
import { insertPosting } from "./national/posting";
import { insertRegistrations } from "./national/registrations";
import { insertReviews, insertScores, insertSelfAssessments, writePlan, writeReviewPlan } from "./national/reviews";
import { buildUnits, insertUnits } from "./national/units";

/** The password of every account of the national dataset. */
export const benchPassword = "DoHieuNang#VinhDanh2026";

export interface NationalFixture {
  adminEmail: string;
  /** An officer of a level-2 unit whose nomination list is large (≥ 1,000 nominations in its scope). */
  officerEmail: string;
  /** A council member of the largest movement with a non-empty review queue (≥ 200 assigned). */
  reviewerEmail: string;
  /** The movement under review with the most nominations (its ranking is benchmarked). */
  largestMovementId: string;
  /** The movement routed through levels, and its level holding the most dossiers with that level's officer. */
  levelMovementId: string;
  levelUnitId: string;
  levelOfficerEmail: string;
  /** A level-1 unit, for a filtered roster. */
  provinceId: string;
  /** 200 publicly listed honoree ids. */
  profileIds: string[];
}

/** Tables loaded with their indexes set aside (the rest are small). */
const bulkTables = [
  "User",
  "RoleAssignment",
  "Registration",
  "RegistrationTarget",
  "Nomination",
  "NominationSelfAssessment",
  "Review",
  "ReviewScore",
  "Honoree",
];

/** Fills the empty, migrated database `client` is connected to; returns the row count of every table. */
export async function fillNational(
  client: pg.Client,
  log: (line: string) => void = () => {},
): Promise<Record<string, number>> {
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    const rows = typeof result === "number" ? `${result.toLocaleString("en")} rows, ` : "";
    log(`${name.padEnd(24)} ${rows}${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  // Session settings for a bulk load: nothing here needs to survive a crash of the server.
  await client.query(
    "SET synchronous_commit = off; SET jit = off; SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'",
  );
  const setAside = await stage("set aside keys, indexes", () => setAsideKeysAndIndexes(client, bulkTables));
  const rules = await loadAppRules();
  const units = buildUnits();
  await stage("units", () => insertUnits(client, units));
  const passwordHash = await hashPassword(benchPassword);
  const people = await stage("users and roles", () => insertPeople(client, units, passwordHash));
  const movements = planMovements(units, people);
  await stage("movements", async () =>
    Object.values(await insertMovements(client, movements, people)).reduce((a, b) => a + b, 0),
  );
  const planned = planNominations(movements, units, rules);
  await stage("nominations", () => insertNominations(client, planned, people, rules));
  await stage("registrations", async () =>
    Object.values(await insertRegistrations(client, movements, units, planned, people)).reduce((a, b) => a + b, 0),
  );
  await stage("route through levels", () => insertRoute(client, units, movements, people));
  await stage("nomination plan (temp)", () => writePlan(client, planned, movements));
  await stage("self-assessments", () => insertSelfAssessments(client));
  await stage("review plan (temp)", () => writeReviewPlan(client));
  await stage("review scores", () => insertScores(client));
  await stage("reviews", () => insertReviews(client));
  await stage("honorees", () => insertHonorees(client, planned, people, rules));
  await stage(
    "posting and feedback",
    async () => (await insertPosting(client, movements, planned, people)).PostingFeedback ?? 0,
  );
  await stage("keys and indexes", () =>
    restoreKeysAndIndexes(client, setAside, (perTable) =>
      log(
        `  (${perTable
          .filter(([, s]) => s >= 0.5)
          .map(([table, s]) => `${table} ${s.toFixed(1)} s`)
          .join(", ")})`,
      ),
    ),
  );
  await client.query("DROP TABLE bench_nomination, bench_council, bench_criterion_text, bench_text, bench_review");
  // Vacuumed as well as analyzed, so index-only scans work at once and autovacuum does not start in the middle of a benchmark.
  await stage("vacuum analyze", () => client.query("VACUUM (ANALYZE)"));
  await client.query("RESET synchronous_commit; RESET jit; RESET maintenance_work_mem; RESET work_mem");
  return tableCounts(client);
}

/** Rows in every table of the schema (migration history left out). */
export async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]!.n);
  return counts;
}

/** The accounts and ids the national benchmarks start from, read from a filled database. */
export async function nationalFixture(client: pg.Client): Promise<NationalFixture> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const row = (await client.query(sql, params)).rows[0] as T | undefined;
    if (!row)
      throw new Error(`The national dataset is missing what this reads: ${sql.replace(/\s+/g, " ").slice(0, 120)}`);
    return row;
  };
  const admin = await one<{ email: string }>(`SELECT email FROM "User" WHERE email = $1`, [adminEmail]);
  const largest = await one<{ id: string }>(
    `SELECT n."movementId"::text AS id FROM "Nomination" n JOIN "Movement" m ON m.id = n."movementId" WHERE m.status = 'REVIEW' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const level = await one<{ movementId: string; unitId: string; email: string; dossiers: number }>(`
    SELECT l."movementId"::text AS "movementId", l."unitId"::text AS "unitId", min(u.email) AS email, count(*)::int AS dossiers
    FROM "NominationLevel" l JOIN "RoleAssignment" r ON r."unitId" = l."unitId" AND r.role = 'OFFICER' JOIN "User" u ON u.id = r."userId"
    GROUP BY 1, 2 ORDER BY count(*) DESC, 2 LIMIT 1`);
  // The level-2 union whose subtree has the most nominees (its id is the third on a unit's path).
  const officer = await one<{ email: string; nominations: number }>(`
    WITH scope AS (
      SELECT split_part(u.path, '/', 4) AS unit_id, count(*)::int AS nominations
      FROM "Nomination" n JOIN "Unit" u ON u.id = n."unitId" WHERE u.depth >= 2 GROUP BY 1
    )
    SELECT us.email, s.nominations FROM scope s
    JOIN "RoleAssignment" r ON r."unitId" = s.unit_id::uuid AND r.role = 'OFFICER' JOIN "User" us ON us.id = r."userId"
    ORDER BY s.nominations DESC, us.email LIMIT 1`);
  const reviewer = await one<{ email: string; assigned: number }>(
    `SELECT u.email, count(*)::int AS assigned FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId" JOIN "User" u ON u.id = r."reviewerId"
     WHERE n."movementId" = $1::uuid GROUP BY u.email
     ORDER BY count(*) FILTER (WHERE r.status <> 'SUBMITTED') DESC, u.email LIMIT 1`,
    [largest.id],
  );
  const province = await one<{ id: string }>(`
    SELECT p.id::text AS id FROM "Unit" p JOIN "Unit" u ON starts_with(u.path, p.path) JOIN "Honoree" h ON h."unitId" = u.id
    WHERE p.depth = 1 AND h."listedFor" = 'PUBLIC' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`);
  const profiles = await client.query<{ id: string }>(
    `SELECT id::text AS id FROM "Honoree" WHERE "listedFor" = 'PUBLIC' ORDER BY md5(id::text) LIMIT 200`,
  );
  if (level.dossiers < 5_000) throw new Error(`The largest level holds only ${level.dossiers} dossiers`);
  if (officer.nominations < 1_000)
    throw new Error(`The largest level-2 scope has only ${officer.nominations} nominations`);
  if (reviewer.assigned < 200) throw new Error(`The chosen reviewer has only ${reviewer.assigned} assignments`);
  if (profiles.rows.length < 200) throw new Error(`Only ${profiles.rows.length} public honorees`);
  return {
    adminEmail: admin.email,
    officerEmail: officer.email,
    reviewerEmail: reviewer.email,
    largestMovementId: largest.id,
    levelMovementId: level.movementId,
    levelUnitId: level.unitId,
    levelOfficerEmail: level.email,
    provinceId: province.id,
    profileIds: profiles.rows.map((r) => r.id),
  };
}
