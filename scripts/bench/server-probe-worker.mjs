// The bench probe's worker thread (started by server-probe-preload.mjs in the Next.js server):
// samples the process's resident set every 50 ms for its peak and serves, as JSON on
// 127.0.0.1:port, the SQL query counts kept by the main thread (sent, and not answered yet)
// and the process's CPU time.
// GET: read; POST /reset: zero the sent count and restart the peak from the current resident set.
import http from "node:http";
import { workerData } from "node:worker_threads";

const { port, counters } = workerData;

let peakRss = process.memoryUsage.rss();
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
  return rss;
};
setInterval(sample, 50);

const probe = http.createServer((request, response) => {
  const rss = sample();
  if (request.method === "POST" && request.url === "/reset") {
    Atomics.store(counters, 0, 0);
    peakRss = rss;
  }
  response.writeHead(200, { "content-type": "application/json" });
  // CPU time of the whole process (every thread), so the harness can tell when the server is idle.
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  response.end(
    JSON.stringify({ queries: Atomics.load(counters, 0), inFlight: Atomics.load(counters, 1), rss, peakRss, cpuMs }),
  );
});
// A port already taken means another benchmark's server: this one just goes without a probe.
probe.on("error", (error) => {
  console.warn(`bench probe: not listening on ${port} (${error.code ?? error.message})`);
  process.exit(0);
});
probe.listen(port, "127.0.0.1");
