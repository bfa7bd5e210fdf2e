// Which requests the public page cache may answer, and the key of the page they ask for.
import { defaultLocale, isLocale, localeCookieName } from "../i18n/config";

/** The public pages worth caching: rosters and profiles, read far more than they change. */
const cacheablePaths = [/^\/honorees$/, /^\/honorees\/[0-9a-f-]{36}$/i, /^\/movements\/[0-9a-f-]{36}\/honorees$/i];

/** Cookies that mean "signed in": such a visitor may see more than the public does. */
const sessionCookiePattern = /^(__Host-|__Secure-)?next-auth\.session-token(\.\d+)?$/;

export interface PageRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The request's cookies, name → value. */
  cookies: ReadonlyMap<string, string>;
}

/**
 * The cache key of `request` ("locale path?query"), or null when it must be rendered for this
 * visitor: not a plain GET/HEAD of a public page, a signed-in visitor, or a client-side
 * navigation (React Server Component payloads differ from the HTML document).
 */
export function publicPageKey(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!cacheablePaths.some((path) => path.test(request.url.pathname))) return null;
  if ([...request.cookies.keys()].some((name) => sessionCookiePattern.test(name))) return null;
  const headers = request.headers;
  if (
    headers.has("rsc") ||
    headers.has("next-router-prefetch") ||
    headers.has("next-action") ||
    request.url.searchParams.has("_rsc")
  )
    return null;
  return `${localeOf(request)} ${request.url.pathname}${request.url.search}`;
}

/** The visitor's language as the pages choose it (lib/i18n/request.ts): the remembered choice, else the default. */
export function localeOf(request: PageRequest): string {
  const stored = request.cookies.get(localeCookieName);
  return isLocale(stored) ? stored : defaultLocale;
}
