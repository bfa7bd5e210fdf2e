// A PostgreSQL cluster of the drill's own (initdb into a scratch folder, its own port), so the
// restart drill can really stop and start PostgreSQL without touching the machine's shared server.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findFreePort } from "../db/free-port";

export interface PrivateCluster {
  /** postgresql://… of database `name` on this cluster. */
  url(name: string): string;
  /** Fast shutdown (running transactions rolled back, clients cut off); resolves once it has stopped. */
  stop(): Promise<void>;
  /** Resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it (if running) and deletes its files. */
  destroy(): Promise<void>;
}

/** The folder of initdb/pg_ctl: PG_BIN_DIR, `pg_config --bindir`, or the newest /usr/lib/postgresql/<v>/bin. */
function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (fromConfig.status === 0 && existsSync(path.join(fromConfig.stdout.trim(), "initdb")))
    return fromConfig.stdout.trim();
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, "bin")).find((dir) => existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("initdb not found: install PostgreSQL's server package or set PG_BIN_DIR.");
  return found;
}

/** PostgreSQL refuses to run as root: run its tools as the `postgres` user then. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

/** Runs a PostgreSQL tool without blocking the event loop (the drill's requests keep flowing meanwhile). */
async function run(command: string, args: string[]): Promise<void> {
  const [file, argv] = asServerUser(command, args);
  await promisify(execFile)(file, argv);
}

/**
 * Creates a fresh cluster in a scratch folder of its own and starts it on 127.0.0.1, on a port the
 * operating system says is free (a fixed port could be held by anything else on the machine).
 */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = binDir();
  const port = await findFreePort();
  const root = await mkdtemp(path.join(tmpdir(), "vd-drill-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const pgCtl = path.join(bin, "pg_ctl");
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const cluster: PrivateCluster = {
    url: (name) => `postgresql://postgres@127.0.0.1:${port}/${name}`,
    stop: () => run(pgCtl, ["-D", dataDir, "stop", "-m", "fast", "-w"]),
    start: () =>
      run(pgCtl, ["-D", dataDir, "-o", options, "-l", logFile, "start", "-w"]).catch(async (error: unknown) => {
        // pg_ctl only says it could not start: the reason is in the server's log.
        const log = await readFile(logFile, "utf8").catch(() => "(no server log)");
        throw new Error(
          `PostgreSQL did not start on port ${port}: ${error instanceof Error ? error.message : String(error)}\nserver log:\n${log.split("\n").slice(-15).join("\n")}`,
        );
      }),
    async destroy() {
      if (existsSync(path.join(dataDir, "postmaster.pid")))
        spawnSync(...asServerUser(pgCtl, ["-D", dataDir, "stop", "-m", "immediate", "-w"]));
      await rm(root, { recursive: true, force: true });
    },
  };
  try {
    if (process.getuid?.() === 0) execFileSync("chown", ["postgres:", root]);
    await chmod(root, 0o700);
    await run(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
    ]);
    await cluster.start();
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return cluster;
}
