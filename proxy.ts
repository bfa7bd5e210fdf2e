import { NextResponse, type NextRequest } from "next/server";
import { cachedPublicPage, isCacheFill } from "./lib/page-cache/serve";
import { isHttpsRequest, requestHost } from "./lib/security/forwarded";
import { contentSecurityPolicy, isCrossSiteWrite } from "./lib/security/headers";

// Tags every request with an id for logs, sets the CSP nonce and security headers, and turns
// away cross-site writes (CSRF) with 403; answers anonymous visitors' roster and profile pages
// from the public page cache (lib/page-cache) while they are unchanged. Access control is NOT
// decided here (a header trick once skipped middleware entirely): every page, action and route
// handler asks lib/policy.ts; the cache only ever holds what an anonymous visitor may see.
export async function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const ownHost = requestHost(request.headers, request.nextUrl.host);
  if (isCrossSiteWrite(request.method, request.headers, ownHost)) {
    return NextResponse.json(
      { error: "cross-site request refused" },
      { status: 403, headers: { "x-request-id": requestId } },
    );
  }

  const isHttps = isHttpsRequest(request.headers, request.nextUrl);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development", isHttps });

  const cached = isCacheFill(request.headers)
    ? null
    : await cachedPublicPage(
        {
          method: request.method,
          url: request.nextUrl,
          headers: request.headers,
          cookies: new Map(request.cookies.getAll().map((c) => [c.name, c.value])),
        },
        nonce,
      );
  if (cached) {
    cached.headers.set("x-request-id", requestId);
    cached.headers.set("content-security-policy", csp);
    if (isHttps) cached.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
    return cached;
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // Next.js reads the nonce from the request's CSP header and stamps its inline scripts with it.
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  if (isHttps) response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
