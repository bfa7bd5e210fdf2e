// Embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) served over the wire
// protocol on a local port, so the app and the schema engine talk to it like any server.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { findFreePort } from "./free-port";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite and serves it on 127.0.0.1:`port`.
 * `dataDir` keeps the data across restarts; without it the database lives in memory.
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // pg_trgm: the roster search index (prisma/schema.prisma declares the extension).
  const extensions = { pg_trgm };
  const db = options.dataDir
    ? await PGlite.create(options.dataDir, { extensions })
    : await PGlite.create({ extensions });
  const port = options.port ?? (await findFreePort());
  // maxConnections defaults to 1, which starves a connection pool; PGlite still runs queries one at a time.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
