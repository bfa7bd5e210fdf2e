import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 reads `params.nextauth` synchronously; Next 16 hands params over as a promise.
async function handler(request: Request, context: RouteContext) {
  const params = await context.params;
  return NextAuth(request as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
