// What the app believes of where a request came from. Our server (scripts/serve.mjs, through
// lib/security/trusted-proxies.ts) decides it once per request from the connection and
// TRUSTED_PROXIES, and writes it into these headers, replacing whatever a client sent:
// X-Forwarded-For holds the one client address; the two below the host and scheme the visitor
// used. The app reads only these (never a client's X-Forwarded-Host/-Proto), for which host a
// write must come from (CSRF) and whether the page was served over HTTPS (HSTS).

/** The host the visitor asked for, as our server judged it. */
export const judgedHostHeader = "x-vinh-danh-host";
/** "https" or "http", as our server judged it. */
export const judgedProtoHeader = "x-vinh-danh-proto";

/** The host the visitor asked for (under `next dev`, with no server of ours, the Host header). */
export function requestHost(headers: Headers, fallback: string): string {
  return headers.get(judgedHostHeader) || headers.get("host") || fallback;
}

/** True when the visitor's connection is HTTPS (under `next dev`, as the URL says). */
export function isHttpsRequest(headers: Headers, url: URL): boolean {
  const judged = headers.get(judgedProtoHeader);
  return judged ? judged === "https" : url.protocol === "https:";
}
