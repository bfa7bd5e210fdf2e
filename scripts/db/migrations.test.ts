import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { catalogSnapshot } from "./catalog-snapshot";
import {
  applyPendingMigrations,
  diffSchemas,
  isEmptyMigration,
  MigrationFailedError,
  migrationsDir,
  readMigrations,
  schemaPath,
  snapshotPath,
} from "./migrations";

const { driftA, driftB } = inject("testDatabases");

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Database objects written as raw SQL in migrations because schema.prisma has no words for them:
 * the public page cache's version triggers (0009) and the ranking's partial covering index.
 */
const migrationOnlyObjects = [
  ...["AwardTitle", "Decision", "Honoree", "Movement", "Unit"].map(
    (table) => `constraint ${table} ${table}_page_cache TRIGGER DEFERRABLE INITIALLY DEFERRED`,
  ),
  ...[
    "Review_ranking_insert",
    "Review_ranking_update",
    "Review_ranking_delete",
    "Nomination_ranking_update",
    "Nomination_ranking_delete",
  ].map((trigger) => `constraint ${trigger.split("_")[0]} ${trigger} TRIGGER DEFERRABLE INITIALLY DEFERRED`),
  'index CREATE INDEX "Review_submitted_scores_idx" ON public."Review" USING btree ("nominationId") INCLUDE ("reviewerId", "weightedScore") WHERE (status = \'SUBMITTED\'::"ReviewStatus")',
].sort();

describe("migrations", () => {
  it("have been written for every change to schema.prisma", async () => {
    const [schema, snapshot] = await Promise.all([readFile(schemaPath, "utf8"), readFile(snapshotPath, "utf8")]);
    const pending = await diffSchemas(snapshot, schema);
    expect(
      isEmptyMigration(pending),
      `schema.prisma changed without a migration; run npm run db:migration -- <name>:\n${pending}`,
    ).toBe(true);
  });

  it("build exactly the database that schema.prisma describes, and a second run is a no-op", async () => {
    const applied = await applyPendingMigrations(driftA);
    expect(applied).toEqual((await readMigrations()).map((m) => m.name));
    expect(await applyPendingMigrations(driftA)).toEqual([]);

    const fromSchema = await diffSchemas(null, await readFile(schemaPath, "utf8"));
    await query(driftB, fromSchema);

    const [migrated, declared] = await Promise.all([catalogSnapshot(driftA), catalogSnapshot(driftB)]);
    expect(migrated.length).toBeGreaterThan(50);
    // What schema.prisma cannot say lives in migrations alone: those objects, and nothing else, differ.
    expect(migrated.filter((line) => !declared.includes(line))).toEqual(migrationOnlyObjects);
    expect(declared.filter((line) => !migrated.includes(line))).toEqual([]);
  });

  it("refuses a failing migration with its name and leaves no trace of it", async () => {
    const url = driftA;
    await applyPendingMigrations(url);
    const dir = await mkdtemp(path.join(tmpdir(), "vd-migrations-"));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      const broken = path.join(dir, "29991231000000_broken");
      await mkdir(broken);
      await writeFile(
        path.join(broken, "migration.sql"),
        'CREATE TABLE "HalfApplied" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n',
      );
      const failure = await applyPendingMigrations(url, dir).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationFailedError);
      expect((failure as MigrationFailedError).migrationName).toBe("29991231000000_broken");
      expect(String((failure as Error).message)).toMatch(/NoSuchTable/);

      const leftovers = await query<{ present: boolean }>(
        url,
        `SELECT to_regclass('"HalfApplied"') IS NOT NULL AS present`,
      );
      expect(leftovers[0]?.present).toBe(false);
      const history = await query(
        url,
        `SELECT 1 FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'`,
      );
      expect(history).toHaveLength(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
