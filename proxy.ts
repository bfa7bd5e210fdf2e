import { NextResponse, type NextRequest } from "next/server";

// Tags every request with an id that logs and error pages can quote. Access control is
// NOT decided here (a header trick once skipped middleware entirely): see lib/policy.ts.
export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
