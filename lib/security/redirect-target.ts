// Where a "callbackUrl" or "next" parameter may send someone: only somewhere on this site.
// Checking the text ("starts with / but not //") misses what browsers forgive: "/\host",
// "/<tab>/host" and "/.//host" all leave the site. So the target is parsed as a URL the way a
// browser would, against our own origin, and followed only when it stays on it.

/** Stands in for the app's origin when the caller does not know it (a client component, a page). */
const ownOrigin = "http://vinh-danh.invalid";

/**
 * The same-origin path (with query and hash) that `target` names, or `fallback` when it names
 * another origin, another scheme, or nothing. `origin` is the app's own when it is known
 * (next-auth passes absolute URLs on it).
 */
export function safeRedirectPath(target: unknown, options: { origin?: string; fallback?: string } = {}): string {
  const fallback = options.fallback ?? "/";
  if (typeof target !== "string" || target.trim() === "") return fallback;
  const origin = options.origin ? new URL(options.origin).origin : ownOrigin;
  let url: URL;
  try {
    url = new URL(target, `${origin}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  // "/.//host" parses to the path "//host", which a browser would read as another host.
  const path = `${url.pathname.replace(/^\/{2,}/, "/")}${url.search}${url.hash}`;
  // A broken escape ("/%G1%") that a router would fail to decode names no page either.
  try {
    decodeURIComponent(path);
  } catch {
    return fallback;
  }
  return path;
}
