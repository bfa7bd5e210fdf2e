import type { CookieOption, EventCallbacks } from "next-auth";
import { decode } from "next-auth/jwt";
import { logger } from "../logger";
import { authOptions } from "./options";

/** The request's cookies as `cookies()` from next/headers gives them in a server action. */
export interface CookieJar {
  getAll(): { name: string; value: string }[];
  set(name: string, value: string, options: CookieOption["options"] & { maxAge: number }): unknown;
}

/** The session cookie's parts in order: next-auth splits a large token into `name.0`, `name.1`… */
function sessionCookieParts(jar: CookieJar, name: string) {
  const chunkIndex = (cookieName: string) =>
    cookieName === name ? -1 : /^\.(\d+)$/.exec(cookieName.slice(name.length))?.[1];
  return jar
    .getAll()
    .filter((cookie) => cookie.name.startsWith(name) && chunkIndex(cookie.name) !== undefined)
    .sort((a, b) => Number(chunkIndex(a.name)) - Number(chunkIndex(b.name)));
}

/**
 * Signs the browser out as next-auth's POST /api/auth/signout does, so that signing out needs
 * no client JavaScript (next-auth/react): the server-side session the token names is revoked
 * through the configured `signOut` event, and the session cookie is expired.
 */
export async function endSession(jar: CookieJar): Promise<void> {
  const options = authOptions();
  const sessionCookie = options.cookies?.sessionToken;
  if (!sessionCookie) throw new Error("authOptions() names no session cookie (lib/auth/cookies.ts)");
  const parts = sessionCookieParts(jar, sessionCookie.name);
  if (parts.length === 0) return;
  try {
    const token = await decode({ token: parts.map((part) => part.value).join(""), secret: options.secret ?? "" });
    // With JWT sessions next-auth hands the event the token alone, no session.
    if (token) await options.events?.signOut?.({ token } as Parameters<EventCallbacks["signOut"]>[0]);
  } catch (error) {
    // As next-auth does: the cookie goes even when the session cannot be revoked right now.
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "sign-out: session not revoked");
  }
  for (const part of parts) jar.set(part.name, "", { ...sessionCookie.options, maxAge: 0 });
}
