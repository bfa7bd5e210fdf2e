import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createActor, createAdmin, createUnit, createUser } from "../../scripts/test/factories";
import { verifyPassword } from "../auth/password";
import { createSession, resolveSession } from "../auth/sessions";
import { db } from "../db";
import { createUser as createAccount, resetPassword, setUserActive, updateUser } from "./commands";

const newEmail = () => `Nguoi.Moi-${randomUUID().slice(0, 8)}@Test.VinhDanh`;

describe("createUser", () => {
  it("creates a lower-cased account with its role, a temporary password and an audit event", async () => {
    const { actor, unit } = await createAdmin(db());
    const email = newEmail();
    const { userId, temporaryPassword } = await createAccount({
      actor,
      input: {
        email: email.toLowerCase(),
        fullName: "Lê Thị Hồng Nhung",
        position: null,
        locale: "vi",
        role: "OFFICER",
        unitId: unit.id,
      },
    });
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      mustChangePassword: true,
      fullNameSearch: "le thi hong nhung",
    });
    expect(user.roles).toEqual([expect.objectContaining({ role: "OFFICER", unitId: unit.id })]);
    expect(temporaryPassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({ where: { objectId: userId, action: "user.created" } });
    expect(event.actorId).toBe(actor.id);
    expect(JSON.stringify(event.after)).not.toMatch(/passwordHash|argon2|temporary/i);
  });

  it("refuses an email that already has an account", async () => {
    const { actor, unit } = await createAdmin(db());
    const { user: existing } = await createUser(db());
    const input = {
      email: existing.email,
      fullName: "Trùng Thư",
      position: null,
      locale: "vi" as const,
      role: "STAFF" as const,
      unitId: unit.id,
    };
    await expect(createAccount({ actor, input })).rejects.toMatchObject({ field: "email", fieldCode: "emailTaken" });
  });

  it("is refused to a non-administrator", async () => {
    const unit = await createUnit(db());
    const officer = await createActor(db(), { role: "OFFICER", unit });
    const input = {
      email: newEmail().toLowerCase(),
      fullName: "X",
      position: null,
      locale: "vi" as const,
      role: "ADMIN" as const,
      unitId: unit.id,
    };
    await expect(createAccount({ actor: officer, input })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().user.count({ where: { email: input.email } })).toBe(0);
  });
});

describe("updateUser", () => {
  it("stores Vietnamese, Japanese and emoji names exactly, and refuses a stale version", async () => {
    const { actor } = await createAdmin(db());
    const { user } = await createUser(db());
    for (const [i, fullName] of ["Nguyễn Thị Ngọc Ánh", "山田 花子", "Trần Minh 🌟 Châu"].entries()) {
      await updateUser({
        actor,
        input: { userId: user.id, version: user.version + i, fullName, position: "Chuyên viên", locale: "en" },
      });
      const saved = await db().user.findUniqueOrThrow({ where: { id: user.id } });
      expect(saved.fullName).toBe(fullName);
    }
    await expect(
      updateUser({
        actor,
        input: { userId: user.id, version: user.version, fullName: "Cũ", position: null, locale: "vi" },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    const events = await db().auditEvent.findMany({ where: { objectId: user.id, action: "user.updated" } });
    expect(events).toHaveLength(3);
  });
});

describe("setUserActive", () => {
  it("deactivation ends the person's sessions at once; reactivation lets them sign in again", async () => {
    const { actor } = await createAdmin(db());
    const { user } = await createUser(db());
    const sessionId = await createSession(user.id);
    expect(await resolveSession(sessionId)).not.toBeNull();
    await setUserActive({ actor, userId: user.id, isActive: false });
    expect(await resolveSession(sessionId)).toBeNull();
    await setUserActive({ actor, userId: user.id, isActive: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).isActive).toBe(true);
    const actions = (await db().auditEvent.findMany({ where: { objectId: user.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["user.deactivated", "user.reactivated"]);
  });

  it("an administrator cannot deactivate themself", async () => {
    const { actor } = await createAdmin(db());
    await expect(setUserActive({ actor, userId: actor.id, isActive: false })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("resetPassword", () => {
  it("sets a new temporary password, requires a change, and ends existing sessions", async () => {
    const { actor } = await createAdmin(db());
    const { user, password } = await createUser(db());
    const sessionId = await createSession(user.id);
    const { temporaryPassword } = await resetPassword({ actor, userId: user.id });
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.mustChangePassword).toBe(true);
    expect(await verifyPassword(saved.passwordHash, temporaryPassword)).toBe(true);
    expect(await verifyPassword(saved.passwordHash, password)).toBe(false);
    expect(await resolveSession(sessionId)).toBeNull();
    const event = await db().auditEvent.findFirstOrThrow({
      where: { objectId: user.id, action: "user.password_reset" },
    });
    expect(JSON.stringify([event.before, event.after])).not.toMatch(new RegExp(`${temporaryPassword}|passwordHash`));
  });

  it("is refused to a non-administrator", async () => {
    const unit = await createUnit(db());
    const staff = await createActor(db(), { role: "STAFF", unit });
    const { user } = await createUser(db());
    await expect(resetPassword({ actor: staff, userId: user.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});
