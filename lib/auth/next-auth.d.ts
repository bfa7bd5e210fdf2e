import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string };
    /** Id of the server-side Session row. */
    sessionId?: string;
  }
  interface User {
    ip?: string | null;
    userAgent?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
