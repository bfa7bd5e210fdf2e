// next-auth answers 500 ("server configuration") when a callbackUrl it is given, in the query
// or in its callback-url cookie, is neither absolute nor a path: `?callbackUrl=-1`, a repeated
// parameter, a tampered cookie. So before next-auth sees a request (app/api/auth), both are
// replaced with the same-origin place they name (lib/security/redirect-target.ts), home when none.
import { safeRedirectPath } from "../security/redirect-target";

/** next-auth's callback-url cookie, by the name it gives it over HTTP and HTTPS. */
export const callbackCookieNames = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;

/** `url` with its callbackUrl parameter made a single same-origin path; null when it has none. */
export function withSafeCallbackQuery(url: URL, origin: string): URL | null {
  if (!url.searchParams.has("callbackUrl")) return null;
  const safe = new URL(url);
  safe.searchParams.set("callbackUrl", safeRedirectPath(url.searchParams.get("callbackUrl"), { origin }));
  return safe;
}

/** The absolute same-origin URL a callback-url cookie should hold instead of `value`; null when `value` is already that. */
export function safeCallbackCookieValue(value: string, origin: string): string | null {
  const safe = new URL(safeRedirectPath(value, { origin }), origin).toString();
  return safe === value ? null : safe;
}
