import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { callbackCookieNames, safeCallbackCookieValue, withSafeCallbackQuery } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { routeHandler } from "../../api-errors";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * A callbackUrl next-auth cannot parse would be its 500, and any other would lead off-site: the
 * query's is made a same-origin path, and a bad callback-url cookie is replaced (next-auth reads
 * cookies through next/headers, where a cookie set here is seen, and the browser gets it too).
 */
async function safeForNextAuth(request: NextRequest): Promise<NextRequest> {
  const origin = request.nextUrl.origin;
  const jar = await cookies();
  for (const name of callbackCookieNames) {
    const stored = jar.get(name)?.value;
    const safe = stored === undefined ? null : safeCallbackCookieValue(stored, origin);
    if (safe) jar.set(name, safe, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-") });
  }
  const url = withSafeCallbackQuery(request.nextUrl, origin);
  if (!url) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    ...(hasBody ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

// next-auth v4 reads `params.nextauth` synchronously; Next 16 hands params over as a promise.
const handler = routeHandler(async (request: NextRequest, context: RouteContext): Promise<Response> => {
  const params = await context.params;
  return NextAuth((await safeForNextAuth(request)) as never, { params } as never, authOptions());
});

export { handler as GET, handler as POST };
