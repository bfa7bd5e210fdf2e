// Which database a maintenance command talks to: DATABASE_URL when set, else the
// embedded one under ./data (the same default `npm start` uses).
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { projectRoot } from "./migrations";

export const defaultDataDir = path.join(projectRoot, "data", "pglite");

export interface DatabaseHandle {
  url: string;
  isEmbedded: boolean;
  close(): Promise<void>;
}

/** Opens the configured database (starting the embedded one if DATABASE_URL is unset). */
export async function openDatabase(options: { port?: number } = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url, isEmbedded: false, close: async () => {} };
  const dataDir = process.env.PGLITE_DATA_DIR?.trim() || defaultDataDir;
  const embedded = await startEmbeddedPostgres({ dataDir, port: options.port });
  return { url: embedded.url, isEmbedded: true, close: () => embedded.stop() };
}
