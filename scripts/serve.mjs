// The production HTTP server (npm start runs it; so do the drills and the benchmark): Next.js's
// request handler behind a Node server of our own, so that the forwarding headers are decided
// from the connection and TRUSTED_PROXIES before the app reads them (lib/security/trusted-proxies.ts).
// On SIGTERM or SIGINT it stops accepting, lets requests in flight finish (up to a limit), and exits 0.
//
// Plain JavaScript on purpose: run under tsx's global hooks (node --import tsx), Next.js's
// server read multipart request bodies as aborted. Our TypeScript modules are loaded with
// tsImport, which compiles them alone and leaves every other module as Node loads it.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { tsImport } from "tsx/esm/api";

const projectRoot = path.resolve(import.meta.dirname, "..");
const { InvalidEnvironmentError, parseEnv } = await tsImport("../lib/env.ts", import.meta.url);
const { believeForwarding, compileProxyTrust } = await tsImport("../lib/security/trusted-proxies.ts", import.meta.url);

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
/** How long requests in flight may take to finish after SIGTERM. */
const shutdownGraceMs = 10_000;

try {
  parseEnv(process.env);
} catch (error) {
  if (!(error instanceof InvalidEnvironmentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const trust = compileProxyTrust(process.env.TRUSTED_PROXIES);
// Marks Next.js's requests to itself (lib/security/trusted-proxies.ts hopHeader); several
// processes sharing a port share one token (set by whoever starts them).
const hopToken = process.env.VINH_DANH_HOP_TOKEN || randomUUID();
// As `next start -H` does: Next.js fetches from itself at this host and port (the page a server
// action redirects to), and 0.0.0.0 reaches this server from itself.
const app = next({ dev: false, dir: projectRoot, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  believeForwarding(request, trust, hopToken);
  void handle(request, response);
});
// An idle keep-alive connection is kept longer than a client or a load balancer keeps its end
// (Node's 5 s would close it under a client about to reuse it: a reset instead of an answer).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`▲ Next.js ready on http://${hostname}:${port}`));

let isStopping = false;
/** Stops accepting, lets requests in flight finish, then exits 0 (forced after shutdownGraceMs). */
function stop(signal) {
  if (isStopping) return;
  isStopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  setTimeout(() => process.exit(0), shutdownGraceMs).unref();
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
