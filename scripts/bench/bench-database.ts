// What the benchmarks share: each one's own database (on DATABASE_URL's server or the local one),
// dropped, created, migrated with the project's migrations and filled, or reused as it stands.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyPendingMigrations } from "../db/migrations";
import { withDatabaseName } from "../test/database-server";

export interface BenchDatabase {
  name: string;
  /** The connection string of the bench database itself. */
  url: string;
  /** The server's maintenance database, from which the bench database is dropped and created. */
  serverUrl: string;
}

/** Bench database `name`, made the one lib/db connects to: call before lib is imported. */
export function benchDatabase(name: string): BenchDatabase {
  const serverUrl =
    process.env.BENCH_DATABASE_SERVER_URL ??
    process.env.DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres";
  const url = withDatabaseName(serverUrl, name);
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-that-is-at-least-32-characters-long";
  process.env.LOG_LEVEL = "silent";
  return { name, url, serverUrl };
}

/** `run` with a connected client of `url`, closed afterwards. */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Unless `args` has --reuse: the database dropped, created afresh, migrated and filled by `fill`. */
export async function prepareBenchDatabase(
  database: BenchDatabase,
  args: ReadonlySet<string>,
  fill: () => Promise<void>,
): Promise<void> {
  if (args.has("--reuse")) return;
  const started = performance.now();
  console.log(`Creating ${database.name} and filling it…`);
  await withClient(database.serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database.name}`);
  });
  await applyPendingMigrations(database.url);
  await fill();
  console.log(`Filled in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/** The `p`th percentile of `sorted` (ascending) times. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
