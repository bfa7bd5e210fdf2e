import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { logger } from "./logger";

export interface DatabaseOptions {
  connectionString: string;
  poolMax?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/**
 * A Prisma client over a pg pool we own, so we can bound waits (fail fast with 503 rather
 * than hang when the database is down) and keep an 'error' listener: an idle pooled
 * connection dropped by a database restart must not crash the process.
 */
export function createPrismaClient(options: DatabaseOptions): PrismaClient {
  const connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
  });
  pool.on("error", (error) => logger.warn({ err: error.message }, "idle database connection lost"));
  // A transaction waits for its connection as long as a query does (Prisma's own maxWait is 2 s).
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: { maxWait: connectTimeoutMs },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's shared client (one per process, also across dev-server reloads). */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const config = env();
    globalForPrisma.prisma = createPrismaClient({
      connectionString: config.DATABASE_URL,
      poolMax: config.DATABASE_POOL_MAX,
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
  }
  return globalForPrisma.prisma;
}
