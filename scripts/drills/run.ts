// npm run drills: the fault drills of issue 8, each against a production server of its own and a
// database of its own. Builds the app into NEXT_DIST_DIR first if the sources changed (default
// .next, the build `npm test` and `npm start` use). `--only=restart,pool` runs some of them.
// Exits non-zero when any check of any drill failed.
import { Checks } from "./checks";

interface Drill {
  key: string;
  title: string;
  run(checks: Checks): Promise<void>;
}

// The drill process talks to the databases through lib/db too: quiet, and a secret so lib/env parses.
process.env.LOG_LEVEL = "silent";
process.env.NEXTAUTH_SECRET ??= "drill-secret-that-is-at-least-32-characters";

const drills: Drill[] = [
  {
    key: "restart",
    title: "PostgreSQL restarts under a load of submissions",
    run: async (c) => (await import("./postgres-restart")).postgresRestartDrill(c),
  },
  {
    key: "pool",
    title: "The connection pool runs dry (slow, blocked queries)",
    run: async (c) => (await import("./pool-exhaustion")).poolExhaustionDrill(c),
  },
  {
    key: "same-draft",
    title: "200 concurrent submissions of the same draft",
    run: async (c) => (await import("./same-draft")).sameDraftDrill(c),
  },
  {
    key: "import-kill",
    title: "The server is killed during a 2,000-row import",
    run: async (c) => (await import("./import-kill")).importKillDrill(c),
  },
];

const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const unknown = only?.filter((key) => !drills.some((d) => d.key === key)) ?? [];
if (unknown.length > 0) {
  console.error(`Unknown drill ${unknown.join(", ")}; drills: ${drills.map((d) => d.key).join(", ")}`);
  process.exit(2);
}
const selected = drills.filter((d) => !only || only.includes(d.key));

const started = performance.now();
const { buildForBench } = await import("../bench/bench-server");
await buildForBench(process.env.NEXT_DIST_DIR || ".next");
const buildSeconds = (performance.now() - started) / 1000;

const results: { drill: Drill; checks: Checks; seconds: number; error?: unknown }[] = [];
for (const drill of selected) {
  console.log(`\n=== Drill: ${drill.title} ===`);
  const checks = new Checks(drill.key);
  const drillStarted = performance.now();
  let error: unknown;
  try {
    await drill.run(checks);
  } catch (caught) {
    error = caught;
    console.error(
      `  ✗ the drill could not run to its end: ${caught instanceof Error ? (caught.stack ?? caught.message) : String(caught)}`,
    );
  }
  results.push({ drill, checks, seconds: (performance.now() - drillStarted) / 1000, error });
}

console.log("\n=== Summary ===");
console.log(`build check ${buildSeconds.toFixed(1)} s`);
for (const { drill, checks, seconds, error } of results) {
  const ok = !error && checks.passed;
  // The error again, in one line: a CI log is often read from its tail, far below the drill's own output.
  const stoppedBy = error
    ? `, stopped by an error: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`
    : "";
  console.log(
    `${ok ? "ok  " : "FAIL"}  ${drill.key.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s  ${checks.results.length - checks.failures.length}/${checks.results.length} checks${stoppedBy}`,
  );
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every((r) => !r.error && r.checks.passed) ? 0 : 1);
