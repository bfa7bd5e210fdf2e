// The production HTTP server (npm start runs it; so do the drills and the benchmark): Next.js's
// request handler behind a Node server of our own, so that the forwarding headers are decided
// from the connection and TRUSTED_PROXIES before the app reads them (lib/security/trusted-proxies.ts).
// On SIGTERM or SIGINT it stops accepting, lets requests in flight finish (up to a limit), and exits 0.
import { createServer } from "node:http";
import next from "next";
import { InvalidEnvironmentError, parseEnv } from "../lib/env";
import { believeForwarding, compileProxyTrust } from "../lib/security/trusted-proxies";
import { projectRoot } from "./db/migrations";

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
const app = next({ dev: false, dir: projectRoot, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  believeForwarding(request, trust);
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`▲ Next.js ready on http://${hostname}:${port}`));

let isStopping = false;
function stop(signal: NodeJS.Signals) {
  if (isStopping) return;
  isStopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  const forced = setTimeout(() => process.exit(0), shutdownGraceMs);
  forced.unref();
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
