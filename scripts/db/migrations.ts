// Applies and writes migrations in Prisma's standard layout and history table.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { noFilters, withSchemaEngine } from "./schema-engine";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
/** The schema as of the newest migration: what the next migration is diffed from. */
export const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");
const lockfileName = "migration_lock.toml";

export interface MigrationOnDisk {
  name: string;
  sql: string;
}

/** Migrations on disk, oldest first. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationOnDisk[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })),
  );
}

/** Names of migrations the database has finished applying. */
async function appliedMigrationNames(client: pg.Client): Promise<Set<string>> {
  const exists = await client.query<{ present: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present",
  );
  if (!exists.rows[0]?.present) return new Set();
  const rows = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  return new Set(rows.rows.map((r) => r.migration_name));
}

export class MigrationFailedError extends Error {
  constructor(
    readonly migrationName: string,
    readonly cause: unknown,
  ) {
    super(
      `Migration ${migrationName} failed and was not applied: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "MigrationFailedError";
  }
}

/**
 * Rehearses the pending migrations inside one transaction that is always rolled back.
 * The schema engine does not wrap a migration in a transaction, so without this a
 * broken migration could leave the database half-changed.
 */
async function rehearse(client: pg.Client, pending: MigrationOnDisk[]): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const migration of pending) {
      try {
        await client.query(migration.sql);
      } catch (error) {
        throw new MigrationFailedError(migration.name, error);
      }
    }
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyPendingMigrations(connectionString: string, dir = migrationsDir): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // One migrator at a time (the engine takes its own lock 72707369 later, so use another id).
    await client.query("SELECT pg_advisory_lock(72707370)");
    const applied = await appliedMigrationNames(client);
    const pending = migrations.filter((m) => !applied.has(m.name));
    if (pending.length === 0) return [];
    await rehearse(client, pending);
    const lockfile = await readFile(path.join(dir, lockfileName), "utf8").catch(() => null);
    const datamodel = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
    const result = await withSchemaEngine(connectionString, datamodel, (engine) =>
      engine.applyMigrations({
        migrationsList: {
          baseDir: dir,
          lockfile: { path: lockfileName, content: lockfile },
          shadowDbInitScript: "",
          migrationDirectories: migrations.map((m) => ({
            path: m.name,
            migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
          })),
        },
        filters: noFilters,
      }),
    );
    return result.appliedMigrationNames;
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707370)").catch(() => {});
    await client.end();
  }
}

/** SQL that turns a database shaped like `from` (null: empty) into one shaped like `to`. */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  // Diffing two datamodels reads no database, but the engine connects when it starts:
  // give it a throwaway in-memory one so this works with no server at all.
  const scratch = await startEmbeddedPostgres();
  const result = await withSchemaEngine(scratch.url, { path: schemaPath, content: to }, (engine) =>
    engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: schemaPath, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  ).finally(() => scratch.stop());
  return result.stdout ?? "";
}

/** True when the SQL only says there is nothing to do. */
export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, "").trim() === "";
}

/** Writes `prisma/migrations/<timestamp>_<name>/migration.sql` from the schema change. */
export async function createMigration(name: string, now = new Date()): Promise<{ dir: string; sql: string } | null> {
  const current = await readFile(schemaPath, "utf8");
  const previous = await readFile(snapshotPath, "utf8").catch(() => null);
  const sql = await diffSchemas(previous, current);
  if (isEmptyMigration(sql)) return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "migration";
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(snapshotPath, current);
  await writeFile(
    path.join(migrationsDir, lockfileName),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  return { dir, sql };
}

/** Checksum Prisma records for a migration file. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}
