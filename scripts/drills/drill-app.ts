// The production server a drill attacks (scripts/serve.mjs on the build in NEXT_DIST_DIR, against the
// drill's database), and what the drills do to it over HTTP: sign in, submit, read its memory.
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { serveArgs, startApp, type AppProcess } from "../../e2e/support/app-process";
import { signIn } from "../bench/sign-in";
import { findFreePort } from "../db/free-port";
import { sleep } from "./checks";

export interface DrillApp extends AppProcess {
  /** The Cookie header of the drill officer's session. */
  cookie: string;
  /** Where memory-probe.mjs writes, when the server was started with it. */
  memoryFile: string | null;
}

const memoryProbe = pathToFileURL(path.join(import.meta.dirname, "memory-probe.mjs")).href;

/**
 * Starts the server on a free port with `env` on top of the drill defaults, and signs the officer in.
 * `withMemoryProbe` loads memory-probe.mjs into it (see heapAfterFullGc).
 */
export async function startDrillApp(options: {
  databaseUrl: string;
  officer: { email: string; password: string };
  env?: Record<string, string>;
  withMemoryProbe?: boolean;
}): Promise<DrillApp> {
  // A port the system hands out: a fixed one could be held by anything else on the machine.
  const port = await findFreePort();
  const memoryFile = options.withMemoryProbe ? path.join(tmpdir(), `vd-drill-memory-${port}.json`) : null;
  const app = await startApp({
    args: [...(memoryFile ? ["--expose-gc", "--import", memoryProbe] : []), ...serveArgs],
    port,
    env: {
      DRILL_MEMORY_FILE: memoryFile ?? undefined,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: "drill-secret-that-is-at-least-32-characters",
      NEXTAUTH_URL: `http://localhost:${port}`,
      SEED_DEMO_DATA: "false",
      MFA_REQUIRED_ROLES: "",
      LOG_LEVEL: "error",
      NODE_ENV: "production",
      ...options.env,
    },
  });
  try {
    return Object.assign(app, {
      cookie: await signIn(app.url, options.officer.email, options.officer.password),
      memoryFile,
    });
  } catch (error) {
    await app.stop();
    throw error;
  }
}

export interface Answer {
  /** HTTP status; 0 when the request failed without one (connection refused, reset, timed out). */
  status: number;
  body: Record<string, unknown>;
  retryAfter: string | null;
  /** When it was sent and answered, in ms of performance.now(). */
  sentAt: number;
  answeredAt: number;
}

export const answerMs = (answer: Answer) => Math.round(answer.answeredAt - answer.sentAt);

/** POST /api/nominations/<id>/submit `{ version }` as the officer; never throws. */
export async function submitOverHttp(
  app: DrillApp,
  draft: { id: string; version: number },
  timeoutMs = 30_000,
): Promise<Answer> {
  const sentAt = performance.now();
  try {
    const response = await fetch(`${app.url}/api/nominations/${draft.id}/submit`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: app.cookie },
      body: JSON.stringify({ version: draft.version }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return {
      status: response.status,
      body,
      retryAfter: response.headers.get("retry-after"),
      sentAt,
      answeredAt: performance.now(),
    };
  } catch (error) {
    return {
      status: 0,
      body: { error: error instanceof Error ? error.message : String(error) },
      retryAfter: null,
      sentAt,
      answeredAt: performance.now(),
    };
  }
}

/** The server's heap and RSS in MB right after a full garbage collection (the server must run memory-probe.mjs). */
export async function heapAfterFullGc(app: DrillApp): Promise<{ heapUsedMb: number; rssMb: number }> {
  if (!app.memoryFile) throw new Error("the server was started without the memory probe");
  const asked = Date.now();
  await rm(app.memoryFile, { force: true });
  process.kill(app.pid, "SIGUSR2");
  for (let i = 0; i < 200; i++) {
    const text = await readFile(app.memoryFile, "utf8").catch(() => null);
    const usage = text ? (JSON.parse(text) as { heapUsed: number; rss: number; at: number }) : null;
    if (usage && usage.at >= asked)
      return { heapUsedMb: Math.round(usage.heapUsed / 2 ** 20), rssMb: Math.round(usage.rss / 2 ** 20) };
    await sleep(50);
  }
  throw new Error("the server's memory probe did not answer");
}
