// Benchmark (not a test): the public roster and profile pages over HTTP at 50 concurrent clients.
//
//   npm run bench:roster                  fill a fresh database, build if stale, serve, load, print
//   npm run bench:roster -- --reuse       keep the filled database
//   BENCH_SECONDS=20 BENCH_CONNECTIONS=50 change the load
//
// A separate database (vd_bench_roster) is migrated and filled with 50,000 honorees
// (scripts/bench/roster-data.ts); the production server starts as `npm start` does (no demo
// data) and autocannon drives it from the same machine. Each scenario is warmed up for 3 s,
// then measured. Budget (issue 7): p95 under 50 ms at 50 clients for the roster.
import { spawn } from "node:child_process";
import { projectRoot } from "../db/migrations";
import { waitForServer } from "../lib/wait";
import { benchDatabase, prepareBenchDatabase, withClient } from "./bench-database";
import { runLoad } from "./http-load";
import { fillRoster } from "./roster-data";

const database = benchDatabase("vd_bench_roster");
const args = new Set(process.argv.slice(2));
const honoreeCount = 50_000;
const port = Number(process.env.BENCH_PORT ?? 3190);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const base = `http://127.0.0.1:${port}`;

await prepareBenchDatabase(database, args, async () => {
  const made = await withClient(database.url, (client) => fillRoster(client, honoreeCount));
  console.log(`${made.units} units, ${made.movements} movements, ${made.honorees} honorees.`);
});

const { profileIds, provinceId } = await withClient(database.url, async (client) => {
  const profiles = await client.query<{ id: string }>(
    `SELECT id FROM "Honoree" WHERE "listedFor" = 'PUBLIC' ORDER BY id LIMIT 200`,
  );
  const province = await client.query<{ id: string }>(`SELECT id FROM "Unit" WHERE depth = 1 ORDER BY code LIMIT 1`);
  return { profileIds: profiles.rows.map((r) => r.id), provinceId: province.rows[0]!.id };
});

console.log("Starting the production server (building first if the build is stale)…");
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
  cwd: projectRoot,
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    NEXTAUTH_URL: base,
    SEED_DEMO_DATA: "false",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

interface Scenario {
  name: string;
  paths: string[];
}

const scenarios: Scenario[] = [
  { name: "roster, first page", paths: ["/honorees"] },
  { name: 'roster, searched ("nguyen van")', paths: ["/honorees?q=nguyen+van"] },
  {
    name: "roster, filtered (province, 2018–2022, by name)",
    paths: [`/honorees?unit=${provinceId}&from=2018&to=2022&sort=name`],
  },
  { name: "roster, page 40", paths: ["/honorees?page=40"] },
  { name: "profile (200 different)", paths: profileIds.map((id) => `/honorees/${id}`) },
];

try {
  await waitForServer(`${base}/api/health`, 600_000);
  const rows: string[][] = [];
  for (const scenario of scenarios) {
    await runLoad({ base, paths: scenario.paths, connections, seconds: 3 });
    const load = await runLoad({ base, paths: scenario.paths, connections, seconds });
    rows.push([
      scenario.name,
      load.p50.toFixed(1),
      load.p95.toFixed(1),
      load.p99.toFixed(1),
      load.requestsPerSecond.toFixed(0),
      String(load.errors),
    ]);
    console.log(`${scenario.name}: done`);
  }
  console.log(
    `\n${honoreeCount} honorees, ${connections} connections, ${seconds} s per scenario (autocannon on the same machine)\n`,
  );
  const header = ["scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
} finally {
  stop();
}
