// Each drill's own database: created afresh and migrated with the project's migrations, on the
// shared server (vd_drill_<name>) or on the drill's private cluster; dropped when the drill ends.
import { withClient } from "../bench/bench-database";
import { applyPendingMigrations } from "../db/migrations";
import { findServerUrl, withDatabaseName } from "../test/database-server";

export interface DrillDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The server the drills use: DATABASE_URL's or the local one. */
export async function drillServerUrl(): Promise<string> {
  const url = await findServerUrl();
  if (!url)
    throw new Error("The drills need PostgreSQL: set DATABASE_URL or start the local server on 127.0.0.1:5432.");
  return url;
}

/** Drops and creates `name` on the server of `serverUrl` (any database on it), then applies every migration. */
export async function createDrillDatabase(serverUrl: string, name: string): Promise<DrillDatabase> {
  if (!/^vd_drill_[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe drill database name: ${name}`);
  const maintenance = withDatabaseName(serverUrl, "postgres");
  await withClient(maintenance, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = withDatabaseName(serverUrl, name);
  await applyPendingMigrations(url);
  return {
    url,
    drop: () =>
      withClient(maintenance, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
