// npm run bench:profile -- <scenario> [requests]: where one page's server time goes. Serves the
// bench build against vd_bench_national (filled by `npm run bench`) with V8's CPU profiler on,
// requests the scenario's page one at a time as its account, and prints the CPU time per request
// by origin and the functions that take most of it. The profile stays in the printed file
// (open it in Chrome's DevTools, Performance tab, for the call trees).
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchDatabase, withClient } from "./bench-database";
import { buildForBench, startBenchServer } from "./bench-server";
import { loadDataset } from "./dataset";
import { summarizeProfile, type CpuProfile } from "./profile-summary";
import { accountEmail, loadScenarios } from "./scenarios";
import { signIn } from "./sign-in";

const [key, requestsArg] = process.argv.slice(2);
const requests = Number(requestsArg ?? 300);
const database = benchDatabase(process.env.BENCH_DATABASE ?? "vd_bench_national");
const dataset = await loadDataset();
const fixture = await withClient(database.url, (client) => dataset.nationalFixture(client));
const scenario = loadScenarios(fixture).find((candidate) => candidate.key === key);
if (!scenario || !Number.isInteger(requests) || requests < 1) {
  console.error(
    `Usage: npm run bench:profile -- <${loadScenarios(fixture)
      .map((s) => s.key)
      .join("|")}> [requests]`,
  );
  process.exit(2);
}

const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
await buildForBench(distDir);
const profileFile = path.join(await mkdtemp(path.join(tmpdir(), "vd-profile-")), `${scenario.key}.cpuprofile`);
const server = await startBenchServer({
  databaseUrl: database.url,
  port: Number(process.env.BENCH_PORT ?? 3190),
  probePort: Number(process.env.BENCH_PROBE_PORT ?? 9390),
  distDir,
  cpuProfileFile: profileFile,
});
let wallMs = 0;
let bytes = 0;
try {
  const cookie =
    scenario.account === "anonymous"
      ? ""
      : await signIn(server.base, accountEmail(fixture, scenario.account), dataset.benchPassword);
  const get = async (i: number) => {
    const response = await fetch(server.base + scenario.paths[i % scenario.paths.length], { headers: { cookie } });
    if (response.status !== 200)
      throw new Error(`HTTP ${response.status} for ${scenario.paths[i % scenario.paths.length]}`);
    return (await response.text()).length;
  };
  // Warm up (modules load and caches fill on the first requests), then measure.
  for (let i = 0; i < 20; i++) await get(i);
  const started = performance.now();
  for (let i = 0; i < requests; i++) bytes += await get(i);
  wallMs = performance.now() - started;
} finally {
  await server.stop();
}

const profile = JSON.parse(await readFile(profileFile, "utf8")) as CpuProfile;
console.log(
  `\n${scenario.name}: ${requests} requests one at a time, ${(wallMs / requests).toFixed(1)} ms each, ${Math.round(bytes / requests / 1024)} KB each`,
);
console.log(summarizeProfile(profile, { requests: requests + 20 }));
console.log(`\nProfile: ${profileFile}`);
