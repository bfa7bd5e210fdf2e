// The public page cache: rosters and profiles as anonymous visitors see them, served from memory
// while the database says nothing they show has changed (decision 0009). proxy.ts asks it first;
// on a miss it renders the page once through the app itself (a request to its own port, which
// proxy.ts lets through) and keeps the HTML.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { env } from "../env";
import { localeCookieName } from "../i18n/config";
import { logger } from "../logger";
import { localeOf, publicPageKey, type PageRequest } from "./request";
import { PageStore, type CachedPage } from "./store";
import { sharedReader } from "./version";

/** Marks the app's own request for a page to cache, so proxy.ts renders it rather than asking the cache. */
export const pageCacheFillHeader = "x-page-cache-fill";
/** Tells whoever looks (tests, operators) whether a page came from the cache. */
export const pageCacheStatusHeader = "x-page-cache";

// Headers that belong to one response or one transfer, never to a cached page.
const perResponseHeaders = new Set([
  "set-cookie",
  "content-security-policy",
  "x-request-id",
  "date",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  pageCacheStatusHeader,
]);

interface PageCache {
  store: PageStore;
  readVersion: () => Promise<string | null>;
  fillToken: string;
  filling: Map<string, Promise<CachedPage | null>>;
}

const globalForCache = globalThis as unknown as { publicPageCache?: PageCache | null };

/** The process's cache, or null when switched off (PAGE_CACHE_MAX_MB=0, or not a production server). */
function pageCache(): PageCache | null {
  if (globalForCache.publicPageCache !== undefined) return globalForCache.publicPageCache;
  const config = env();
  if (config.PAGE_CACHE_MAX_MB === 0 || config.NODE_ENV !== "production" || !process.env.PORT) {
    globalForCache.publicPageCache = null;
    return null;
  }
  // Its own small pool: a version read must not queue behind the pages' queries.
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: 2,
    connectionTimeoutMillis: 1_000,
    statement_timeout: 2_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", (error) => logger.warn({ err: error.message }, "page cache: idle database connection lost"));
  const readVersion = sharedReader(async () => {
    try {
      const result = await pool.query<{ version: string }>(
        `SELECT "version"::text AS version FROM "PageCacheVersion" WHERE "name" = 'public'`,
      );
      return result.rows[0]?.version ?? null;
    } catch {
      return null; // the database is down: render, and let the page say so
    }
  });
  globalForCache.publicPageCache = {
    store: new PageStore(config.PAGE_CACHE_MAX_MB * 1024 * 1024),
    readVersion,
    fillToken: randomUUID(),
    filling: new Map(),
  };
  return globalForCache.publicPageCache;
}

/** True for the app's own request to render a page for the cache. */
export function isCacheFill(headers: Headers): boolean {
  const token = headers.get(pageCacheFillHeader);
  return token !== null && token === pageCache()?.fillToken;
}

/**
 * The cached page for `request`, stamped with this response's `nonce`; null when the request
 * is not for a cacheable page or the page cannot be had from the cache (it is then rendered as usual).
 */
export async function cachedPublicPage(request: PageRequest, nonce: string): Promise<Response | null> {
  const key = publicPageKey(request);
  const cache = key ? pageCache() : null;
  if (!key || !cache) return null;
  const version = await cache.readVersion();
  if (version === null) return null;
  let page = cache.store.get(key, version);
  const status = page ? "hit" : "miss";
  if (!page) {
    const fillKey = `${version} ${key}`;
    let filling = cache.filling.get(fillKey);
    if (!filling) {
      filling = renderForCache(request, cache.fillToken, version).finally(() => cache.filling.delete(fillKey));
      cache.filling.set(fillKey, filling);
    }
    page = (await filling) ?? undefined;
    if (!page) return null;
    cache.store.set(key, page);
  }
  const headers = new Headers(page.headers);
  headers.set(pageCacheStatusHeader, status);
  // Every response keeps a nonce of its own, as if rendered for it.
  const body = request.method === "HEAD" ? null : page.html.replaceAll(page.nonce, nonce);
  return new Response(body, { status: 200, headers });
}

/** The page rendered by the app for an anonymous visitor of `request`'s language; null if it is not a plain 200 HTML page. */
async function renderForCache(request: PageRequest, fillToken: string, version: string): Promise<CachedPage | null> {
  const url = `http://127.0.0.1:${process.env.PORT}${request.url.pathname}${request.url.search}`;
  const headers: Record<string, string> = { accept: "text/html", [pageCacheFillHeader]: fillToken };
  const locale = localeOf(request);
  if (request.cookies.get(localeCookieName) === locale) headers.cookie = `${localeCookieName}=${locale}`;
  try {
    const response = await fetch(url, { headers, redirect: "manual" });
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    const isHtml = response.headers.get("content-type")?.startsWith("text/html") ?? false;
    if (response.status !== 200 || !isHtml || !nonce || response.headers.has("set-cookie")) {
      // Read to the end rather than cancelled: cancelling a response still streaming from this
      // very process left the visitor's request waiting.
      await response.arrayBuffer();
      return null;
    }
    const kept: [string, string][] = [];
    response.headers.forEach((value, name) => {
      if (!perResponseHeaders.has(name)) kept.push([name, value]);
    });
    return { version, html: await response.text(), nonce, headers: kept };
  } catch (error) {
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      "page cache: rendering a page for the cache failed",
    );
    return null;
  }
}
