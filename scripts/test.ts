// npm test: every check, in the order that fails fastest. Prints one summary at the end.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { assertChromiumInstalled } from "../e2e/support/browser";
import { projectRoot } from "./db/migrations";
import { findServerUrl, withDatabaseName } from "./test/database-server";
import pg from "pg";

interface StepResult {
  name: string;
  seconds: number;
  ok: boolean;
}

const results: StepResult[] = [];
const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);

function step(name: string, command: string, args: string[], env: Record<string, string | undefined> = {}): boolean {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, seconds: (Date.now() - started) / 1000, ok });
  return ok;
}

async function countTests(): Promise<{ passed: number; failed: number; skipped: number }> {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const unit = await readFile(path.join(projectRoot, "test-results/unit-report.json"), "utf8").catch(() => null);
  if (unit) {
    const report = JSON.parse(unit) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
  const e2e = await readFile(path.join(projectRoot, "test-results/e2e-report.json"), "utf8").catch(() => null);
  if (e2e) {
    const report = JSON.parse(e2e) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
  }
  return totals;
}

async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabaseName(serverUrl, name);
}

assertChromiumInstalled();
await rm(path.join(projectRoot, "test-results"), { recursive: true, force: true });

const serverUrl = await findServerUrl();
const e2eEnv: Record<string, string | undefined> = {};
let scratchDir: string | null = null;
if (serverUrl) {
  console.log(`Tests use PostgreSQL at ${new URL(serverUrl).host}.`);
  e2eEnv.E2E_DATABASE_URL = await recreateDatabase(serverUrl, "vd_e2e");
  e2eEnv.TEST_DATABASE_SERVER_URL = serverUrl;
} else {
  console.log("No PostgreSQL server answered: tests use embedded PGlite databases (slower).");
  scratchDir = await mkdtemp(path.join(tmpdir(), "vd-e2e-"));
  e2eEnv.E2E_PGLITE_DATA_DIR = scratchDir;
  e2eEnv.E2E_EMBEDDED_DATABASE_PORT = "54391";
  e2eEnv.E2E_DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:54391/postgres?sslmode=disable";
}

const ok =
  step("Prisma client", process.execPath, ["scripts/prisma-generate.mjs"]) &&
  step("Type-check", bin("tsc"), ["--noEmit", "-p", "."]) &&
  step("Format", bin("prettier"), ["--check", "--log-level=warn", "."]) &&
  step("Lint", bin("eslint"), ["--max-warnings=0", "."]) &&
  step(
    "Unit and integration tests",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit-report.json"],
    e2eEnv,
  ) &&
  step("Production build", bin("tsx"), ["scripts/build.ts"]) &&
  step("End-to-end tests (Chromium)", bin("playwright"), ["test"], e2eEnv) &&
  // Fault drills (issue 8): their own servers on the build just made, their own databases, and a
  // private PostgreSQL cluster they restart; they need a PostgreSQL installation, as CI has.
  (serverUrl ? step("Fault drills", bin("tsx"), ["scripts/drills/run.ts"], { NEXT_DIST_DIR: undefined }) : true);

if (scratchDir) await rm(scratchDir, { recursive: true, force: true });

console.log("\n=== Summary ===");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.name.padEnd(30)} ${r.seconds.toFixed(1)} s`);
const totals = await countTests();
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
