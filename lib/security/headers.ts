// Security headers and the same-origin rule for writes, applied to every response by proxy.ts.

/** The Content-Security-Policy for one response; `nonce` lets Next.js's own inline scripts run. */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' trusts scripts loaded by nonced scripts; no 'unsafe-eval' outside development.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    // React and Next set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request comes from another site: an Origin that is not ours
 * (including the opaque "null" of sandboxed frames and file: pages), or a browser saying
 * so in Sec-Fetch-Site. Requests without either header (non-browser clients) pass: they
 * carry no ambient cookies from a victim's browser.
 */
export function isCrossSiteWrite(method: string, headers: Headers, ownHost: string): boolean {
  if (safeMethods.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return true;
    try {
      return new URL(origin).host !== ownHost;
    } catch {
      return true;
    }
  }
  return headers.get("sec-fetch-site") === "cross-site";
}
