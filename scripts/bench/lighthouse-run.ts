// Lighthouse (its default mobile profile, simulated throttling) in Debian's headless Chromium:
// performance and accessibility scores of public pages. Chromium is started here with a
// debugging port that Lighthouse drives, and removed afterwards with its profile folder.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { waitForServer } from "../lib/wait";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Largest contentful paint, total blocking time (ms) and cumulative layout shift, as scored. */
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";
const chromiumFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Lighthouse's performance and accessibility of each of `urls`, one run each, in one Chromium. */
export async function lighthouseScores(urls: readonly string[], debuggingPort: number): Promise<Map<string, LighthouseScores>> {
  const profile = await mkdtemp(path.join(tmpdir(), "vd-lighthouse-"));
  const chromium = spawn(chromiumPath, [...chromiumFlags, `--remote-debugging-port=${debuggingPort}`, `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  try {
    if ((await waitForServer(`http://127.0.0.1:${debuggingPort}/json/version`, 30_000)) !== 200) throw new Error(`Chromium (${chromiumPath}) did not open its debugging port.`);
    const scores = new Map<string, LighthouseScores>();
    for (const url of urls) {
      const result = await lighthouse(url, { port: debuggingPort, logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`);
      scores.set(url, {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      });
    }
    return scores;
  } finally {
    const exited = chromium.exitCode === null && chromium.signalCode === null ? once(chromium, "exit") : Promise.resolve();
    chromium.kill("SIGTERM");
    await exited;
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}
