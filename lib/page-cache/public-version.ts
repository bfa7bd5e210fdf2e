// The public pages' version (PageCacheVersion "public") read through Prisma, for what the app
// keeps in memory beside the page cache: the dashboard's yearly counts, the roster's unit tree.
// Triggers bump it in the transaction of every change to Honoree, Decision and Unit (migration
// page_cache_version). The page cache itself reads it through a small pool of its own (serve.ts).
import { db } from "../db";
import { sharedReader } from "./version";

const globalForVersion = globalThis as unknown as { publicVersionReader?: () => Promise<string | null> };

/** The version now (null when the row is missing: nothing can tell when kept data goes stale). */
export const publicVersion = (globalForVersion.publicVersionReader ??= sharedReader(async () => {
  const row = await db().pageCacheVersion.findUnique({ where: { name: "public" }, select: { version: true } });
  return row ? row.version.toString() : null;
}));
