// Rebuilds the production bundle only when the sources changed since the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../db/migrations";

const inputs = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const distDir = path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next");
const stampFile = path.join(distDir, "source-fingerprint");

async function* files(entry: string): AsyncGenerator<string> {
  const info = await stat(entry).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) {
    yield entry;
    return;
  }
  for (const child of (await readdir(entry)).sort()) yield* files(path.join(entry, child));
}

/** A hash of every input's path, size and modification time. */
async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for await (const file of files(path.join(projectRoot, input))) {
      const info = await stat(file);
      hash.update(`${path.relative(projectRoot, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export async function ensureBuild(): Promise<void> {
  const current = await fingerprint();
  const previous = await readFile(stampFile, "utf8").catch(() => "");
  if (previous === current && existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log("Production build is up to date.");
    return;
  }
  console.log("Building the app (next build)…");
  const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  await writeFile(stampFile, current);
}
