// The harness's side of scripts/bench/server-probe-preload.mjs and its worker: SQL queries
// and memory of the benchmark's server process, read over HTTP from the probe it carries.
import http from "node:http";
import path from "node:path";

/** The file injected into the server with NODE_OPTIONS=--import. */
export const probePreload = path.join(import.meta.dirname, "server-probe-preload.mjs");

export interface ProbeReading {
  /** Queries sent through pg since the last reset. */
  queries: number;
  /** Queries sent and not answered yet. */
  inFlight: number;
  /** Resident set now, bytes. */
  rss: number;
  /** The largest resident set sampled (every 50 ms) since the last reset, bytes. */
  peakRss: number;
  /** CPU time the process has used since it started (all threads), ms. */
  cpuMs: number;
}

/** One request on a connection of its own: a kept-alive one can be closed by the probe's idle timeout just as it is reused. */
function call(port: number, method: "GET" | "POST", pathname: string): Promise<ProbeReading> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method, path: pathname, agent: false, timeout: 5_000 },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          if (response.statusCode === 200) resolve(JSON.parse(body) as ProbeReading);
          else reject(new Error(`bench probe answered HTTP ${response.statusCode}`));
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error("bench probe did not answer within 5 s")));
    request.on("error", reject);
    request.end();
  });
}

/** The server's query count and memory since the last reset. */
export function readProbe(port: number): Promise<ProbeReading> {
  return call(port, "GET", "/");
}

/** Zeroes the query count and restarts the peak from the current resident set; returns that state. */
export function resetProbe(port: number): Promise<ProbeReading> {
  return call(port, "POST", "/reset");
}

export const megabytes = (bytes: number) => bytes / 1_048_576;
