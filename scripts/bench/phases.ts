// The measuring phases of `npm run bench`, each returning rows of the report: the load
// scenarios at each number of clients, the roster export, and the public pages' front end.
import type { ExportChoice } from "./export-choice";
import { measureExports } from "./export-run";
import { runLoad } from "./http-load";
import { lighthouseScores, type LighthouseScores } from "./lighthouse-run";
import { pageJavaScript } from "./page-javascript";
import { budgetMark, loadVerdict, type FrontEndRow, type LoadRow } from "./report";
import { exportBudget, frontEndBudget, type Account, type LoadScenario } from "./scenarios";
import { megabytes, readProbe, resetProbe } from "./server-probe";

interface Settings {
  seconds: number;
  warmUpSeconds: number;
  clientCounts: number[];
  exportRuns: number;
  probePort: number;
}

const notMeasured = {
  clients: 0,
  p50: Number.NaN,
  p95: Number.NaN,
  p99: Number.NaN,
  requestsPerSecond: Number.NaN,
  baselineShare: null,
  errors: 0,
  peakRssMb: Number.NaN,
  sqlPerRequest: null,
};

/** How long to wait for the server to finish what the previous run left: beyond it, a page is far past any budget. */
const settleLimitMs = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server is idle again (requests left over from the previous run, whose
 * clients autocannon dropped, are finished), so they do not count in the next measurement:
 * over half a second, no SQL sent or running and under 10 % of a core used (React renders
 * in chunks, so a quick answer from another route would not prove that none is in progress).
 */
async function settle(probePort: number): Promise<void> {
  const deadline = Date.now() + settleLimitMs;
  let before = await readProbe(probePort);
  for (;;) {
    await sleep(500);
    const after = await readProbe(probePort);
    const isIdle =
      before.inFlight === 0 &&
      after.inFlight === 0 &&
      after.queries === before.queries &&
      after.cpuMs - before.cpuMs < 50;
    if (isIdle) return;
    if (Date.now() > deadline) {
      console.warn(`The server was still busy ${settleLimitMs / 1000} s after the last run: measuring anyway.`);
      return;
    }
    before = after;
  }
}

/** Why a scenario's page does not answer 200 to its account (status and redirect), or null when it does. */
async function refusal(base: string, scenario: LoadScenario, cookie: string | undefined): Promise<string | null> {
  try {
    const response = await fetch(`${base}${scenario.paths[0]}`, {
      headers: cookie ? { cookie } : {},
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
    if (response.status === 200) return null;
    const location = response.headers.get("location");
    return `HTTP ${response.status}${location ? ` → ${location}` : ""} to ${scenario.account}`;
  } catch (error) {
    if ((error as { name?: string }).name === "TimeoutError") return "no answer within 60 s";
    throw error;
  }
}

/** Every scenario at every number of clients: warm-up, then a measured run with the probe reset. */
export async function measureLoadRows(options: {
  base: string;
  scenarios: LoadScenario[];
  cookies: Map<Account, string>;
  settings: Settings;
}): Promise<LoadRow[]> {
  const { base, scenarios, cookies, settings } = options;
  const rows: LoadRow[] = [];
  const baseline = new Map<number, number>();
  for (const scenario of scenarios) {
    const cookie = cookies.get(scenario.account);
    await settle(settings.probePort);
    const refused = await refusal(base, scenario, cookie);
    if (refused) {
      // One broken scenario (e.g. a fixture the dataset lacks) should not cost the rest of the run.
      console.warn(`${scenario.name}: ${scenario.paths[0]} answered ${refused}; not measured.`);
      rows.push({ ...notMeasured, scenario: scenario.name, verdict: `✗ not measured: ${refused}` });
      continue;
    }
    const headers = cookie ? { cookie } : undefined;
    let unanswered: number | null = null;
    for (const clients of settings.clientCounts) {
      if (unanswered !== null) {
        // More clients would only queue more work that never finishes, and slow the next scenarios.
        rows.push({
          ...notMeasured,
          scenario: scenario.name,
          clients,
          verdict: `✗ not measured: no response at ${unanswered} clients`,
        });
        continue;
      }
      await runLoad({ base, paths: scenario.paths, connections: clients, seconds: settings.warmUpSeconds, headers });
      await settle(settings.probePort);
      await resetProbe(settings.probePort);
      const load = await runLoad({
        base,
        paths: scenario.paths,
        connections: clients,
        seconds: settings.seconds,
        headers,
      });
      const probe = await readProbe(settings.probePort);
      if (scenario.key === "baseline") baseline.set(clients, load.requestsPerSecond);
      const baselineRps = baseline.get(clients);
      const row = {
        scenario: scenario.name,
        clients,
        p50: load.p50,
        p95: load.p95,
        p99: load.p99,
        requestsPerSecond: load.requestsPerSecond,
        baselineShare: baselineRps ? load.requestsPerSecond / baselineRps : null,
        errors: load.errors,
        peakRssMb: megabytes(probe.peakRss),
        sqlPerRequest: clients === 1 && load.responses > 0 ? probe.queries / load.responses : null,
      };
      rows.push({ ...row, verdict: loadVerdict(row, scenario.budget) });
      if (load.responses === 0) unanswered = clients;
      console.log(
        `${scenario.name}, ${clients} clients: p95 ${load.p95.toFixed(1)} ms, ${load.requestsPerSecond.toFixed(0)} req/s, ${load.errors} errors`,
      );
    }
  }
  return rows;
}

/** The chosen roster export, downloaded once to warm up, then `exportRuns` times. */
export async function measureExportRows(options: {
  base: string;
  cookie: string;
  choice: ExportChoice;
  settings: Settings;
}): Promise<LoadRow> {
  const { base, cookie, choice, settings } = options;
  const url = `${base}/api/honorees/export?${choice.query}`;
  await measureExports({ url, cookie, runs: 1, probePort: settings.probePort });
  await settle(settings.probePort);
  const runs = await measureExports({ url, cookie, runs: settings.exportRuns, probePort: settings.probePort });
  const times = runs.map((run) => run.milliseconds).sort((a, b) => a - b);
  const worstGrowthMb = megabytes(Math.max(...runs.map((run) => run.rssGrowth)));
  const slowestSeconds = times.at(-1)! / 1000;
  const errors = runs.filter((run) => run.status !== 200).length;
  const verdict = [
    `${budgetMark(slowestSeconds < exportBudget.seconds)} slowest ${slowestSeconds.toFixed(1)} s < ${exportBudget.seconds} s`,
    `${budgetMark(worstGrowthMb < exportBudget.rssGrowthMb)} RSS +${worstGrowthMb.toFixed(0)} MB < ${exportBudget.rssGrowthMb} MB`,
  ].join(", ");
  console.log(
    `export: ${runs.map((run) => `${(run.milliseconds / 1000).toFixed(2)} s, ${(run.bytes / 1_048_576).toFixed(1)} MB, +${megabytes(run.rssGrowth).toFixed(0)} MB RSS`).join("; ")}`,
  );
  const middle = times[Math.floor(times.length / 2)]!;
  return {
    scenario: `export ${choice.rows.toLocaleString("en-US")} rows xlsx (${choice.label})`,
    clients: 1,
    p50: middle,
    p95: times.at(-1)!,
    p99: times.at(-1)!,
    requestsPerSecond: runs.length / (times.reduce((sum, time) => sum + time, 0) / 1000),
    baselineShare: null,
    errors,
    peakRssMb: megabytes(Math.max(...runs.map((run) => run.peakRss))),
    sqlPerRequest: runs.reduce((sum, run) => sum + run.queries, 0) / runs.length,
    verdict,
  };
}

/** First-load JavaScript and Lighthouse scores of the roster and a profile, as an anonymous visitor. */
export async function measureFrontEnd(options: {
  base: string;
  profileId: string;
  debuggingPort: number;
}): Promise<FrontEndRow[]> {
  const pages = [
    { page: "roster /honorees", url: `${options.base}/honorees` },
    { page: "profile /honorees/[id]", url: `${options.base}/honorees/${options.profileId}` },
  ];
  // A Lighthouse failure leaves its columns empty rather than losing the run's other figures.
  const scores = await lighthouseScores(
    pages.map((page) => page.url),
    options.debuggingPort,
  ).catch((error: unknown) => {
    console.warn(`Lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
    return new Map<string, LighthouseScores>();
  });
  const rows: FrontEndRow[] = [];
  for (const { page, url } of pages) {
    const javascript = await pageJavaScript(url);
    const score = scores.get(url);
    const totalKb = javascript.total / 1024;
    const verdict = [
      `${budgetMark(totalKb < frontEndBudget.javascriptKb)} JS < ${frontEndBudget.javascriptKb} KB`,
      `${budgetMark((score?.performance ?? 0) >= frontEndBudget.lighthouseScore)} performance ≥ ${frontEndBudget.lighthouseScore}`,
      `${budgetMark((score?.accessibility ?? 0) >= frontEndBudget.lighthouseScore)} accessibility ≥ ${frontEndBudget.lighthouseScore}`,
    ].join(", ");
    rows.push({
      page,
      filesKb: javascript.files / 1024,
      fileCount: javascript.fileCount,
      inlineKb: javascript.inline / 1024,
      totalKb,
      performance: score?.performance ?? null,
      accessibility: score?.accessibility ?? null,
      verdict,
    });
    if (score)
      console.log(
        `${page}: LCP ${score.lcpMs.toFixed(0)} ms, TBT ${score.tbtMs.toFixed(0)} ms, CLS ${score.cls.toFixed(3)}`,
      );
  }
  return rows;
}
