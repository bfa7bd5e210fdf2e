// npm start: one command from a fresh clone to a running app.
// Database (embedded when DATABASE_URL is unset) → migrations → demo data once → build if stale → serve.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { InvalidEnvironmentError, parseEnv } from "../lib/env";
import { isDatabaseUnreachable } from "./db/errors";
import { applyPendingMigrations, MigrationFailedError, projectRoot } from "./db/migrations";
import { findFreePort } from "./db/free-port";
import { openDatabase } from "./db/local-database";
import { ensureBuild } from "./lib/build";
import { seedIfEmpty } from "./lib/seed-once";
import { waitForServer } from "./lib/wait";

const port = Number(process.env.PORT ?? 3000);
const skipBuild = process.argv.includes("--no-build");
const seedDemoData = process.env.SEED_DEMO_DATA !== "false";

async function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  // Demo start only: a random secret kept beside the data, so sessions survive restarts.
  const file = path.join(projectRoot, "data", "nextauth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

const requestedDbPort = Number(process.env.EMBEDDED_DATABASE_PORT ?? 0) || (await findFreePort());
const database = await openDatabase({ port: requestedDbPort });
console.log(database.isEmbedded ? `Embedded PostgreSQL (PGlite) on ${database.url}` : "Using DATABASE_URL");

// Filled once the Next.js server is spawned; shutdown() may run before that.
const running: { server?: ChildProcess } = {};
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (running.server && running.server.exitCode === null) running.server.kill("SIGTERM");
    await database.close().catch(() => {});
  }
  process.exit(code);
}

/** Migrations, then the demo data into an empty database. */
async function prepareDatabase(): Promise<void> {
  const applied = await applyPendingMigrations(database.url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  if (seedDemoData) await seedIfEmpty(database.url);
}

/**
 * A database that is down must not keep the app from starting: it serves 503 meanwhile,
 * and we keep trying to migrate until the database answers.
 */
async function prepareDatabaseWhenReachable(): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    try {
      await prepareDatabase();
      console.log("The database answers again and is ready.");
      return;
    } catch (error) {
      if (!isDatabaseUnreachable(error)) {
        console.error(error instanceof Error ? error.message : error);
        await shutdown(1);
      }
    }
  }
}

try {
  await prepareDatabase();
} catch (error) {
  if (error instanceof MigrationFailedError || !isDatabaseUnreachable(error)) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
  console.warn(`The database does not answer (${error instanceof Error ? error.message : String(error)}).`);
  console.warn("Starting anyway: /api/health reports 503 until it answers; migrations will run then.");
  void prepareDatabaseWhenReachable();
}

try {
  if (!skipBuild) await ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const isDemo = (process.env.DEMO_MODE ?? (seedDemoData ? "true" : "false")) === "true";
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: await authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  DEMO_MODE: isDemo ? "true" : "false",
  // The demo lets every demo account in with a password alone (the sign-in page says so);
  // production keeps the default: administrators and reviewers must use a second factor.
  ...(isDemo && process.env.MFA_REQUIRED_ROLES === undefined ? { MFA_REQUIRED_ROLES: "" } : {}),
  // PGlite runs one query at a time; a small pool avoids queueing many idle connections on it.
  DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (database.isEmbedded ? "4" : "10"),
  NEXT_TELEMETRY_DISABLED: "1",
} as NodeJS.ProcessEnv;

try {
  parseEnv(serverEnv);
} catch (error) {
  if (!(error instanceof InvalidEnvironmentError)) throw error;
  console.error(error.message);
  await shutdown(1);
}

// Our own server around Next.js's handler (scripts/serve.mjs): it decides the client's address
// from the connection and TRUSTED_PROXIES before the app sees a request.
const server = spawn(process.execPath, [path.join(projectRoot, "scripts", "serve.mjs")], {
  cwd: projectRoot,
  env: { ...serverEnv, PORT: String(port), HOST: process.env.HOST ?? "0.0.0.0" },
  stdio: "inherit",
});
running.server = server;
server.on("exit", (code) => void shutdown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}

const status = await waitForServer(`http://127.0.0.1:${port}/api/health`, 120_000);
if (status === null) {
  console.error(`The server did not answer at http://localhost:${port}.`);
} else {
  const { demoAccounts } = await import("../prisma/seed/index");
  console.log(`\nVinh Danh is running at http://localhost:${port}`);
  if (status !== 200)
    console.warn("The database does not answer yet: pages say the service is unavailable until it does.");
  if (seedDemoData) {
    console.log("\nDemo accounts:");
    console.table(
      demoAccounts.map((a) => ({ email: a.email, password: a.password, role: a.role, who: a.description })),
    );
  }
}
