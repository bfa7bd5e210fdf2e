// The production server a benchmark drives: built into its own folder (so it never clashes
// with other builds in .next), started as `npm start` starts it (scripts/start.ts, no demo
// data), with the probe of server-probe-preload.mjs injected into the Next.js process only.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../db/migrations";
import { waitForServer } from "../lib/wait";
import { probePreload, readProbe } from "./server-probe";

export interface BenchServerOptions {
  databaseUrl: string;
  port: number;
  probePort: number;
  /** Build folder, relative to the project root (e.g. ".next-bench"). */
  distDir: string;
  /** Where the server writes a V8 CPU profile when it exits (scripts/bench/profile-page.ts). */
  cpuProfileFile?: string;
}

export interface BenchServer {
  base: string;
  stop(): Promise<void>;
}

const tsconfigPath = path.join(projectRoot, "tsconfig.json");

/**
 * Builds into `distDir` if the sources changed since its last build. `next build` appends
 * "<distDir>/types/**\/*.ts" to tsconfig.json's include: those entries are taken out again, and
 * when that gives the file as it was, its modification time too, so the working tree stays
 * clean and the next start still finds the build up to date (tsconfig.json is one of the
 * build's fingerprinted inputs). Entries another build added meanwhile are left to it.
 */
export async function buildForBench(distDir: string): Promise<void> {
  process.env.NEXT_DIST_DIR = distDir;
  const before = { text: await readFile(tsconfigPath, "utf8"), mtime: (await stat(tsconfigPath)).mtime };
  // scripts/lib/build.ts reads NEXT_DIST_DIR when it is loaded.
  const { ensureBuild } = await import("../lib/build");
  try {
    await ensureBuild();
  } finally {
    await removeOwnTsconfigEntries(before, distDir);
  }
}

async function removeOwnTsconfigEntries(before: { text: string; mtime: Date }, distDir: string): Promise<void> {
  const after = await readFile(tsconfigPath, "utf8");
  const text = tsconfigWithoutAddedEntries(after, before.text, distDir);
  if (text === after) return;
  await writeFile(tsconfigPath, text);
  if (text === before.text) await utimes(tsconfigPath, before.mtime, before.mtime);
  else
    console.warn(
      `tsconfig.json: took out the ${distDir} entries next build added; it holds other changes made meanwhile (git diff tsconfig.json).`,
    );
}

/**
 * tsconfig.json's `text` without the include entries under `distDir` that `before` did not have
 * (unchanged when there are none): the committed file keeps the entries of the default .next.
 */
export function tsconfigWithoutAddedEntries(text: string, before: string, distDir: string): string {
  const config = JSON.parse(text) as { include?: string[] };
  const had = new Set((JSON.parse(before) as { include?: string[] }).include ?? []);
  const isAdded = (entry: string) => entry.startsWith(`${distDir}/`) && !had.has(entry);
  if (!config.include?.some(isAdded)) return text;
  config.include = config.include.filter((entry) => !isAdded(entry));
  // The committed file is JSON.stringify's layout (as next build writes it).
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Starts the built server on `options.port` and waits until it and its probe answer. */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--no-build"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      NEXTAUTH_URL: base,
      NEXT_DIST_DIR: options.distDir,
      SEED_DEMO_DATA: "false",
      // The bench accounts sign in with a password alone; production keeps its second factor.
      MFA_REQUIRED_ROLES: "",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${pathToFileURL(probePreload).href}`]
        .filter(Boolean)
        .join(" "),
      BENCH_PROBE_PORT: String(options.probePort),
      BENCH_CPU_PROFILE: options.cpuProfileFile,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = once(server, "exit");
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill("SIGTERM");
    await exited;
  };
  process.on("exit", () => server.kill("SIGTERM"));
  const status = await Promise.race([
    waitForServer(`${base}/api/health/live`, 120_000),
    exited.then(() => "exited" as const),
  ]);
  if (status !== 200) {
    await stop();
    throw new Error(
      status === "exited"
        ? "The server exited before answering."
        : `The server did not answer at ${base} (status ${status}).`,
    );
  }
  // A loaded machine can miss the first database connection's deadline: measure once it answers.
  if (!(await waitForHealthy(`${base}/api/health`, 60_000))) {
    await stop();
    throw new Error(`${base}/api/health did not report the database reachable within 60 s.`);
  }
  await readProbe(options.probePort).catch(async (error: unknown) => {
    await stop();
    throw new Error(
      `The server answers but its probe on port ${options.probePort} does not (${error instanceof Error ? error.message : String(error)}).`,
    );
  });
  return { base, stop };
}

/** Polls `url` until it answers 200; false after `timeoutMs`. */
async function waitForHealthy(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await waitForServer(url, 5_000)) === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
