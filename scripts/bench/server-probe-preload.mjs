// Loaded into the benchmark's Next.js server with NODE_OPTIONS=--import (plain JavaScript:
// it runs before anything could compile TypeScript). It counts the SQL queries sent through pg,
// and those still unanswered, in counters shared with a worker thread (server-probe-worker.mjs) that samples the resident
// set and serves both on 127.0.0.1:BENCH_PROBE_PORT. The worker answers, and keeps sampling,
// while a long render blocks the server's own event loop. App code is unchanged. Every other
// process or thread that inherits NODE_OPTIONS (tsx running scripts/start.ts, a build and its
// workers) loads this file and does nothing.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { createRequire } from "node:module";
import path from "node:path";
import { isMainThread, Worker } from "node:worker_threads";

const port = Number(process.env.BENCH_PROBE_PORT);
// The app server npm start runs (scripts/serve.mjs), not tsx running start.ts nor a build.
const isNextStart = (process.argv[1] ?? "").endsWith(path.join("scripts", "serve.mjs"));

if (port && isNextStart && isMainThread) {
  // [0]: queries sent since the last reset; [1]: queries sent and not answered yet.
  const counters = new Int32Array(new SharedArrayBuffer(8));
  // pg is one of next.config's serverExternalPackages, so the server requires this very module
  // (node_modules/pg, one instance in the require cache); its pool's clients are this Client.
  const requireFromProject = createRequire(import.meta.url);
  const { Client } = requireFromProject("pg");
  const originalQuery = Client.prototype.query;
  Client.prototype.query = function countedQuery(...args) {
    Atomics.add(counters, 0, 1);
    Atomics.add(counters, 1, 1);
    let isAnswered = false;
    const answered = () => {
      if (isAnswered) return;
      isAnswered = true;
      Atomics.sub(counters, 1, 1);
    };
    // pg answers through a callback (as values or third argument), a promise, or a submittable's events.
    const wrapped = args.map((arg, index) =>
      index > 0 && typeof arg === "function"
        ? function answeredCallback(...results) {
            answered();
            return arg.apply(this, results);
          }
        : arg,
    );
    let result;
    try {
      result = originalQuery.apply(this, wrapped);
    } catch (error) {
      answered();
      throw error;
    }
    if (typeof result?.then === "function") result.then(answered, answered);
    else if (typeof result?.once === "function") {
      result.once("end", answered);
      result.once("error", answered);
    }
    return result;
  };
  const worker = new Worker(new URL("./server-probe-worker.mjs", import.meta.url), { workerData: { port, counters } });
  worker.on("error", (error) => console.warn(`bench probe: ${error.message}`));
  worker.unref();
}

// BENCH_CPU_PROFILE=<file> (scripts/bench/profile-page.ts): V8's CPU profile of the server from
// start to exit, written on exit (node refuses --cpu-prof in NODE_OPTIONS). A session of the
// same thread answers synchronously, so the profile is written within the exit handler.
const profileFile = process.env.BENCH_CPU_PROFILE;
if (profileFile && isNextStart && isMainThread) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error) console.warn(`bench CPU profile: ${error.message}`);
      else writeFileSync(profileFile, JSON.stringify(result.profile));
    });
  });
}
