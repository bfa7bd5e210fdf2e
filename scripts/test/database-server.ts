// Where tests get their databases: a real PostgreSQL server (DATABASE_URL, else the local
// one on 127.0.0.1:5432), or, as a last resort, one embedded PGlite instance per database.
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";

export interface TestDatabaseServer {
  kind: "server" | "embedded";
  /** Creates (or recreates) an empty database and returns its URL; `template` copies another one. */
  create(name: string, options?: { template?: string }): Promise<string>;
  /** Drops what `create` made (server) or stops the instances (embedded). */
  dispose(): Promise<void>;
}

const localServerUrl = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The URL of the same server with another database name. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The PostgreSQL server URL tests should use, or null when none answers. */
export async function findServerUrl(): Promise<string | null> {
  const configured = process.env.TEST_DATABASE_SERVER_URL || process.env.DATABASE_URL;
  if (configured) {
    if (await isReachable(configured)) return configured;
    throw new Error(`The database at DATABASE_URL (${new URL(configured).host}) does not answer.`);
  }
  return (await isReachable(localServerUrl)) ? localServerUrl : null;
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe test database name: ${name}`);
  return `"${name}"`;
}

function serverDatabases(serverUrl: string): TestDatabaseServer {
  const created = new Set<string>();
  async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }
  return {
    kind: "server",
    async create(name, options = {}) {
      await admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        const template = options.template ? ` TEMPLATE ${quoteIdent(options.template)}` : "";
        await client.query(`CREATE DATABASE ${quoteIdent(name)}${template}`);
      });
      created.add(name);
      return withDatabaseName(serverUrl, name);
    },
    async dispose() {
      await admin(async (client) => {
        for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      });
    },
  };
}

function embeddedDatabases(): TestDatabaseServer {
  const instances = new Map<string, EmbeddedPostgres>();
  return {
    kind: "embedded",
    async create(name) {
      await instances.get(name)?.stop();
      const instance = await startEmbeddedPostgres();
      instances.set(name, instance);
      return instance.url;
    },
    async dispose() {
      await Promise.all([...instances.values()].map((instance) => instance.stop()));
    },
  };
}

/** Opens the test database server, falling back to embedded PGlite when no server answers. */
export async function openTestDatabaseServer(): Promise<TestDatabaseServer> {
  const url = await findServerUrl();
  return url ? serverDatabases(url) : embeddedDatabases();
}
