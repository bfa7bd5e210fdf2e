// One HTTP load run with autocannon: `connections` clients for `seconds`, each sending its next
// request as soon as the previous answer arrives. Every response's time is kept, so the
// percentiles are exact rather than read from autocannon's rounded histogram.
import autocannon from "autocannon";
import { percentile } from "./bench-database";

export interface LoadOptions {
  base: string;
  /** Requested in turn (e.g. 200 different profiles). */
  paths: readonly string[];
  connections: number;
  seconds: number;
  /** Sent with every request (e.g. a session cookie). */
  headers?: Record<string, string>;
}

export interface LoadResult {
  responses: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts, plus every answer outside 2xx. */
  errors: number;
}

/** Drives `options.base` with autocannon and returns exact latency percentiles (ms) and throughput. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.paths.length === 0) throw new Error("runLoad needs at least one path");
  let next = 0;
  const times: number[] = [];
  const settings: autocannon.Options = {
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length]! }) }],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => (times.length ? percentile(times, p) : Number.NaN);
  return {
    responses: times.length,
    seconds: result.duration,
    requestsPerSecond: times.length / result.duration,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.non2xx,
  };
}
