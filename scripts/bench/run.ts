// npm run bench — issue 8's benchmark (not a test): the production server under HTTP load on a
// national-scale dataset, with one table of latency, throughput, errors, memory, SQL queries
// per request and the budget verdicts, plus the public pages' JavaScript and Lighthouse scores.
//
//   npm run bench                          fill vd_bench_national afresh, build if stale, serve, measure
//   npm run bench -- --reuse               keep the filled database
//   npm run bench -- --no-build            serve the last build in .next-bench as it is
//   npm run bench -- --only=roster,export  some scenarios (keys: see scripts/bench/scenarios.ts,
//                                          plus export and frontend); the baseline always runs
//   BENCH_SECONDS=10 BENCH_PORT=3190 BENCH_PROBE_PORT=9390   measured seconds per run, ports
//   BENCH_DATABASE, BENCH_DATASET          another database / dataset module (working on the harness)
//   BENCH_DIST_DIR                         another build folder than .next-bench (several benches at once)
//
// The server is built into .next-bench and started as `npm start` starts it; a probe injected
// into its process (server-probe-preload.mjs) counts SQL queries and samples its memory. Each
// scenario runs at 1, 10 and 50 clients (autocannon, same machine): 2 s warm-up, then measured.
// The full table is also written to docs/bench/latest.md (not on --only runs).
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../db/migrations";
import { benchDatabase, prepareBenchDatabase, withClient } from "./bench-database";
import { buildForBench, startBenchServer } from "./bench-server";
import { datasetCounts, loadDataset } from "./dataset";
import { chooseExport } from "./export-choice";
import {
  consoleTable,
  frontEndCells,
  frontEndHeader,
  loadCells,
  loadHeader,
  markdownTable,
  type FrontEndRow,
  type LoadRow,
} from "./report";
import { measureExportRows, measureFrontEnd, measureLoadRows } from "./phases";
import { accountEmail, loadScenarios, otherScenarioKeys, type Account } from "./scenarios";
import { signIn } from "./sign-in";

const args = process.argv.slice(2);
const flags = new Set(args);
const only = args
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",")
  .filter(Boolean);
const settings = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  warmUpSeconds: 2,
  clientCounts: (process.env.BENCH_CLIENTS ?? "1,10,50").split(",").map(Number),
  exportRuns: Number(process.env.BENCH_EXPORT_RUNS ?? 3),
  port: Number(process.env.BENCH_PORT ?? 3190),
  probePort: Number(process.env.BENCH_PROBE_PORT ?? 9390),
  distDir: process.env.BENCH_DIST_DIR ?? ".next-bench",
};

const database = benchDatabase(process.env.BENCH_DATABASE ?? "vd_bench_national");
const dataset = await loadDataset();
await prepareBenchDatabase(database, flags, async () => {
  const made = await withClient(database.url, (client) => dataset.fillNational(client, console.log));
  console.log(
    Object.entries(made)
      .map(([what, count]) => `${count.toLocaleString("en-US")} ${what}`)
      .join(", "),
  );
});
const { fixture, counts, exportChoice } = await withClient(database.url, async (client) => ({
  fixture: await dataset.nationalFixture(client),
  counts: await datasetCounts(client),
  exportChoice: await chooseExport(client),
}));

const allScenarios = loadScenarios(fixture);
const knownKeys = [...allScenarios.map((scenario) => scenario.key), ...otherScenarioKeys];
const unknown = only?.filter((key) => !knownKeys.includes(key)) ?? [];
if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(", ")}; known: ${knownKeys.join(", ")}`);
const isWanted = (key: string) => !only || only.includes(key);
const scenarios = allScenarios.filter((scenario) => scenario.key === "baseline" || isWanted(scenario.key));

if (!flags.has("--no-build")) await buildForBench(settings.distDir);
const started = performance.now();
const loadBefore = os.loadavg()[0]!;
console.log("Starting the production server…");
const server = await startBenchServer({
  databaseUrl: database.url,
  port: settings.port,
  probePort: settings.probePort,
  distDir: settings.distDir,
});
const loadRows: LoadRow[] = [];
const frontEndRows: FrontEndRow[] = [];
try {
  const needed = new Set<Account>([
    ...scenarios.map((scenario) => scenario.account),
    ...(isWanted("export") ? (["admin"] as const) : []),
  ]);
  const cookies = new Map<Account, string>();
  for (const account of needed)
    if (account !== "anonymous")
      cookies.set(account, await signIn(server.base, accountEmail(fixture, account), dataset.benchPassword));

  loadRows.push(...(await measureLoadRows({ base: server.base, scenarios, cookies, settings })));
  if (isWanted("export"))
    loadRows.push(
      await measureExportRows({ base: server.base, cookie: cookies.get("admin")!, choice: exportChoice, settings }),
    );
  if (isWanted("frontend"))
    frontEndRows.push(
      ...(await measureFrontEnd({
        base: server.base,
        profileId: fixture.profileIds[0]!,
        debuggingPort: settings.probePort + 9,
      })),
    );
} finally {
  await server.stop();
}
const minutes = (performance.now() - started) / 60_000;
const loadAfter = os.loadavg()[0]!;

const scale = Object.entries(counts)
  .map(([table, count]) => `${count.toLocaleString("en-US")} ${table}`)
  .join(", ");
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
const how = `${settings.seconds} s measured after ${settings.warmUpSeconds} s warm-up per run, clients ${settings.clientCounts.join(", ")} (autocannon on the same machine)`;
console.log(`\nDatabase ${database.name}: ${scale}.\n${how}.\nMachine: ${machine}.\n`);
console.log(consoleTable(loadHeader, loadRows.map(loadCells)));
if (frontEndRows.length) console.log(`\n${consoleTable(frontEndHeader, frontEndRows.map(frontEndCells))}`);
console.log(`\nMeasured in ${minutes.toFixed(1)} min (without fill and build).`);

if (only) {
  console.log("Partial run (--only): docs/bench/latest.md left as it is.");
} else {
  const file = path.join(projectRoot, "docs", "bench", "latest.md");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, markdownReport());
  console.log(`Written to ${path.relative(projectRoot, file)}.`);
}

function markdownReport(): string {
  return `# Benchmark: latest full run

\`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC (${minutes.toFixed(1)} min without fill and build).

- Database \`${database.name}\`: ${scale}.
- ${how}; export: ${settings.exportRuns} downloads after one warm-up, one after the other.
- Machine: ${machine}.

${markdownTable(loadHeader, loadRows.map(loadCells))}

${frontEndRows.length ? markdownTable(frontEndHeader, frontEndRows.map(frontEndCells)) : "(front-end checks not run)"}

How to read it: latencies are exact percentiles of every response; req/s is responses ÷ elapsed seconds; "% of
baseline" compares with \`/api/health/live\` (a route that does no work) at the same number of clients; errors are
connection errors, timeouts and non-2xx answers; peak RSS is the server process's largest resident set sampled every
50 ms during the measured run; SQL/req is the queries the server sent through pg during the one-client run ÷ responses.
The export row gives milliseconds per download, downloads per second, and in its verdict the largest growth of the
server's resident set over its level just before a download. JavaScript is what an anonymous first visit loads:
every \`<script src>\` as sent gzipped (but the \`nomodule\` polyfills current browsers skip), plus the inline scripts
gzipped (KB = 1,024 bytes). Lighthouse 12 runs its default mobile profile (simulated throttling) in headless Chromium,
once per page.
`;
}
