// Lighthouse (its default mobile profile, simulated throttling) in Debian's headless Chromium:
// performance and accessibility scores of public pages. Chromium is started here with a
// debugging port that Lighthouse drives, and removed afterwards with its profile folder.
// One run's performance score moves by several points with the machine's load, so each page
// is run BENCH_LIGHTHOUSE_RUNS times (3 by default) and the median run is reported, as
// Lighthouse's docs advise; the page is fetched once before, as any visitor but the first
// after a change finds it in the public page cache. Each page's metrics and the audits that
// cost it points are printed, to know what to fix.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
// The run nearest the median by FCP and TTI (Lighthouse's own choice for several runs).
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { waitForServer } from "../lib/wait";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Largest contentful paint, total blocking time (ms) and cumulative layout shift, as scored. */
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** First contentful paint and speed index (ms), the other two metrics of the score. */
  fcpMs: number;
  speedIndexMs: number;
  /** Audits that fall short (score < 0.9), each as "id: what Lighthouse shows", worst first. */
  shortfalls: string[];
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
const runCount = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";
const chromiumFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The audits of the performance and accessibility categories that score under 0.9. */
function shortfallsOf(lhr: Result): string[] {
  const ids = new Set(
    ["performance", "accessibility"].flatMap(
      (category) => lhr.categories[category]?.auditRefs.map((ref) => ref.id) ?? [],
    ),
  );
  return [...ids]
    .map((id) => lhr.audits[id])
    .filter(
      (audit) =>
        audit &&
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== "informative" &&
        audit.scoreDisplayMode !== "notApplicable",
    )
    .sort((a, b) => (a!.score ?? 0) - (b!.score ?? 0))
    .map((audit) => `${audit!.id}: ${audit!.displayValue ?? `score ${audit!.score}`}`);
}

/** The page's largest contentful paint element, as Lighthouse names it ("" when it has none). */
function lcpElementOf(lhr: Result): string {
  const details = lhr.audits["largest-contentful-paint-element"]?.details as
    { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
  return details?.items?.[0]?.items?.[0]?.node?.snippet ?? "";
}

/** Lighthouse's performance and accessibility of each of `urls` (the median of `runs` runs), in one Chromium. */
export async function lighthouseScores(
  urls: readonly string[],
  debuggingPort: number,
  runs = runCount,
): Promise<Map<string, LighthouseScores>> {
  const profile = await mkdtemp(path.join(tmpdir(), "vd-lighthouse-"));
  const chromium = spawn(
    chromiumPath,
    [...chromiumFlags, `--remote-debugging-port=${debuggingPort}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  try {
    if ((await waitForServer(`http://127.0.0.1:${debuggingPort}/json/version`, 30_000)) !== 200)
      throw new Error(`Chromium (${chromiumPath}) did not open its debugging port.`);
    const scores = new Map<string, LighthouseScores>();
    for (const url of urls) {
      await fetch(url).then((response) => response.arrayBuffer());
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: debuggingPort,
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
        results.push(result.lhr);
      }
      const lhr = computeMedianRun(results);
      const { categories, audits } = lhr;
      const score: LighthouseScores = {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
        fcpMs: audits["first-contentful-paint"]?.numericValue ?? Number.NaN,
        speedIndexMs: audits["speed-index"]?.numericValue ?? Number.NaN,
        shortfalls: shortfallsOf(lhr),
      };
      scores.set(url, score);
      const metrics = `FCP ${score.fcpMs.toFixed(0)} ms, LCP ${score.lcpMs.toFixed(0)} ms, TBT ${score.tbtMs.toFixed(0)} ms, CLS ${score.cls.toFixed(3)}, SI ${score.speedIndexMs.toFixed(0)} ms`;
      const each = results.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)).join(", ");
      console.log(
        `Lighthouse ${new URL(url).pathname}: performance ${score.performance} (runs: ${each}; the median run's figures), accessibility ${score.accessibility}; ${metrics}`,
      );
      console.log(`  LCP element: ${lcpElementOf(lhr).slice(0, 160) || "—"}`);
      for (const shortfall of score.shortfalls) console.log(`  ✗ ${shortfall}`);
    }
    return scores;
  } finally {
    const exited =
      chromium.exitCode === null && chromium.signalCode === null ? once(chromium, "exit") : Promise.resolve();
    chromium.kill("SIGTERM");
    await exited;
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}
