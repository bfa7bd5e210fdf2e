import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { clientAddressOf } from "../security/client-address";
import { safeRedirectPath } from "../security/redirect-target";
import { authenticate } from "./authenticate";
import { sessionCookies } from "./cookies";
import { serviceUnavailableError, SignInRefusal } from "./errors";
import { createSession, revokeSession } from "./sessions";

let cached: NextAuthOptions | undefined;

type Headers = Record<string, string | string[] | undefined> | undefined;

function headerValue(headers: Headers, name: string): string | null {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** next-auth configuration: credentials against the User table, JWT sessions. Built on first use so `next build` needs no secrets. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: env().NEXTAUTH_SECRET,
    // The JWT only names a server-side Session row (lib/auth/sessions.ts), which enforces the timeouts.
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_HOURS * 3_600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    useSecureCookies: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    cookies: sessionCookies(env().NEXTAUTH_URL?.startsWith("https://") ?? false),
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, request) {
          const ip = clientAddressOf(request.headers);
          const userAgent = headerValue(request.headers, "user-agent");
          try {
            const user = await authenticate(db(), credentials, { ip });
            return user ? { ...user, ip, userAgent } : null;
          } catch (error) {
            // Throttling and second-factor prompts reach the form as `result.error` ("throttled:<s>", "mfa_required"…).
            if (error instanceof SignInRefusal) throw new Error(error.message);
            // A database outage must not read as "wrong password".
            logger.error(
              { err: error instanceof Error ? error.message : String(error) },
              "sign-in failed: service error",
            );
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
      // next-auth's own sign-in and sign-out endpoints take a callbackUrl too: the same rule.
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, { origin: baseUrl }), baseUrl).toString();
      },
      async jwt({ token, user }) {
        // `user` is present only at sign-in: open a fresh server-side session each time.
        if (user) {
          token.sub = user.id;
          token.sid = await createSession(user.id, { ip: user.ip, userAgent: user.userAgent });
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        if (typeof token.sid === "string") session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
  return cached;
}
