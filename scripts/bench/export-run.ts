// Times roster exports over HTTP one after another (one client, as a person downloads a file):
// from the request to the last byte of the body, with the server's memory growth over its
// resident set just before each export.
import { performance } from "node:perf_hooks";
import { readProbe, resetProbe } from "./server-probe";

export interface ExportRun {
  milliseconds: number;
  bytes: number;
  /** Peak resident set during the export minus the resident set just before it, bytes. */
  rssGrowth: number;
  peakRss: number;
  queries: number;
  status: number;
}

/** Downloads `url` `runs` times in a row with `cookie`, reading the body to its end. */
export async function measureExports(options: {
  url: string;
  cookie: string;
  runs: number;
  probePort: number;
}): Promise<ExportRun[]> {
  const runs: ExportRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    const before = await resetProbe(options.probePort);
    const started = performance.now();
    const response = await fetch(options.url, { headers: { cookie: options.cookie } });
    let bytes = 0;
    for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
    const milliseconds = performance.now() - started;
    const after = await readProbe(options.probePort);
    runs.push({
      milliseconds,
      bytes,
      rssGrowth: after.peakRss - before.rss,
      peakRss: after.peakRss,
      queries: after.queries,
      status: response.status,
    });
  }
  return runs;
}
