import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { authenticate } from "./authenticate";
import { serviceUnavailableError } from "./errors";

let cached: NextAuthOptions | undefined;

/** next-auth configuration: credentials against the User table, JWT sessions. Built on first use so `next build` needs no secrets. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    useSecureCookies: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const forwarded = request.headers?.["x-forwarded-for"];
          const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() ?? null;
          try {
            return await authenticate(db(), credentials, { ip });
          } catch (error) {
            // A database outage must not read as "wrong password".
            logger.error({ err: error instanceof Error ? error.message : String(error) }, "sign-in failed: service error");
            throw new Error(serviceUnavailableError);
          }
        },
      }),
    ],
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return cached;
}
