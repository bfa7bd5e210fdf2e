import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { createUnit, createUser } from "../../scripts/test/factories";
import { db } from "../db";
import { authOptions } from "./options";
import { createSession, resolveSession } from "./sessions";
import { endSession, type CookieJar } from "./sign-out";

const sessionCookie = () => authOptions().cookies!.sessionToken!;

/** A cookie jar as a server action sees it, recording what is set. */
function jarWith(cookies: { name: string; value: string }[]) {
  const set: { name: string; value: string; options: Parameters<CookieJar["set"]>[2] }[] = [];
  const jar: CookieJar = { getAll: () => cookies, set: (name, value, options) => set.push({ name, value, options }) };
  return { jar, set };
}

async function signedIn() {
  const unit = await createUnit(db());
  const { user } = await createUser(db(), { roles: [{ role: "STAFF", unitId: unit.id }] });
  await db().user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date(Date.now() - 1_000) } });
  const sessionId = await createSession(user.id);
  const token = await encode({ token: { sub: user.id, sid: sessionId }, secret: authOptions().secret! });
  return { sessionId, token };
}

describe("signing out", () => {
  it("revokes the server-side session and expires the session cookie", async () => {
    const { sessionId, token } = await signedIn();
    expect(await resolveSession(sessionId)).not.toBeNull();
    const { jar, set } = jarWith([
      { name: sessionCookie().name, value: token },
      { name: "NEXT_LOCALE", value: "en" },
    ]);
    await endSession(jar);
    expect(await resolveSession(sessionId)).toBeNull();
    // The cookie's own attributes (path "/", HttpOnly…), so the browser replaces that cookie.
    expect(set).toEqual([
      { name: sessionCookie().name, value: "", options: { ...sessionCookie().options, maxAge: 0 } },
    ]);
  });

  it("reads and expires a token next-auth split into chunks", async () => {
    const { sessionId, token } = await signedIn();
    const name = sessionCookie().name;
    const middle = Math.floor(token.length / 2);
    const { jar, set } = jarWith([
      { name: `${name}.1`, value: token.slice(middle) },
      { name: `${name}.0`, value: token.slice(0, middle) },
      { name: `${name}-other`, value: "x" },
    ]);
    await endSession(jar);
    expect(await resolveSession(sessionId)).toBeNull();
    expect(set.map((cookie) => [cookie.name, cookie.value, cookie.options.maxAge])).toEqual([
      [`${name}.0`, "", 0],
      [`${name}.1`, "", 0],
    ]);
  });

  it("still expires a cookie whose token cannot be read, and does nothing without one", async () => {
    const name = sessionCookie().name;
    const forged = jarWith([{ name, value: "not-a-token" }]);
    await endSession(forged.jar);
    expect(forged.set.map((cookie) => [cookie.name, cookie.options.maxAge])).toEqual([[name, 0]]);

    const anonymous = jarWith([{ name: "NEXT_LOCALE", value: "vi" }]);
    await endSession(anonymous.jar);
    expect(anonymous.set).toEqual([]);
  });
});
