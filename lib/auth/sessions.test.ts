import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { countQueries } from "../../scripts/test/count-queries";
import { createUnit, createUser } from "../../scripts/test/factories";
import { db } from "../db";
import { createSession, resolveSession, revokeAllSessions, revokeSession } from "./sessions";

async function freshSession() {
  const unit = await createUnit(db(), { name: 'Công đoàn "Ánh Dương" 🌅' });
  const { user } = await createUser(db(), { fullName: "山田 花子 🌸", roles: [{ role: "STAFF", unitId: unit.id }] });
  // Sessions opened "now" must postdate the user's valid-after instant.
  await db().user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date(Date.now() - 1_000) } });
  return { user, unit, sessionId: await createSession(user.id, { ip: "198.51.100.4", userAgent: "test" }) };
}

const minutes = (n: number) => n * 60_000;

describe("server-side sessions", () => {
  it("resolve to the person with their roles while fresh", async () => {
    const { user, unit, sessionId } = await freshSession();
    const resolved = await resolveSession(sessionId);
    expect(resolved).toMatchObject({
      id: user.id,
      fullName: "山田 花子 🌸",
      email: user.email,
      isMfaEnrolled: false,
      mustChangePassword: false,
    });
    expect(resolved?.roles).toEqual([{ role: "STAFF", unit: { id: unit.id, name: unit.name, path: unit.path } }]);
  });

  it("are read afresh on every request: a role granted or taken away shows on the next one", async () => {
    const { user, sessionId } = await freshSession();
    const other = await createUnit(db());
    await db().roleAssignment.create({ data: { userId: user.id, role: "OFFICER", unitId: other.id } });
    expect((await resolveSession(sessionId))?.roles.map((r) => [r.role, r.unit.id])).toEqual([
      ["STAFF", expect.any(String)],
      ["OFFICER", other.id],
    ]);
    await db().roleAssignment.deleteMany({ where: { userId: user.id, role: "OFFICER" } });
    expect((await resolveSession(sessionId))?.roles.map((r) => r.role)).toEqual(["STAFF"]);
  });

  it("are read in one query (every signed-in page starts with it)", async () => {
    const { sessionId } = await freshSession();
    const sent = countQueries();
    try {
      expect(await resolveSession(sessionId)).not.toBeNull();
      expect(sent.count).toBe(1);
    } finally {
      sent.restore();
    }
  });

  it("resolve to nobody for an id that is not a session's", async () => {
    expect(await resolveSession("not-a-uuid")).toBeNull();
    expect(await resolveSession(randomUUID())).toBeNull();
  });

  it("end after 30 idle minutes, but not while the person keeps using them", async () => {
    const { sessionId } = await freshSession();
    const start = Date.now();
    expect(await resolveSession(sessionId, new Date(start + minutes(25)))).not.toBeNull();
    // That request refreshed lastSeenAt, so 25 more minutes are still within the idle limit…
    expect(await resolveSession(sessionId, new Date(start + minutes(50)))).not.toBeNull();
    // …but 31 minutes of silence end it.
    expect(await resolveSession(sessionId, new Date(start + minutes(81)))).toBeNull();
  });

  it("end 12 hours after sign-in even when active", async () => {
    const { sessionId } = await freshSession();
    await db().session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() + minutes(1)) } });
    expect(await resolveSession(sessionId, new Date(Date.now() + minutes(2)))).toBeNull();
  });

  it("end at sign-out, and all of them on revokeAllSessions or deactivation", async () => {
    const { user, sessionId } = await freshSession();
    const other = await createSession(user.id);
    await revokeSession(sessionId);
    expect(await resolveSession(sessionId)).toBeNull();
    expect(await resolveSession(other)).not.toBeNull();

    await revokeAllSessions(user.id);
    expect(await resolveSession(other)).toBeNull();

    const third = await createSession(user.id);
    expect(await resolveSession(third)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await resolveSession(third)).toBeNull();
  });
});
