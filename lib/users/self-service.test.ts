import { describe, expect, it } from "vitest";
import { actorOf, createUnit, createUser, uniqueIp } from "../../scripts/test/factories";
import { authenticate } from "../auth/authenticate";
import { confirmEnrolment, startEnrolment } from "../auth/mfa";
import { throttleLimits } from "../auth/throttle";
import { totpCode } from "../auth/totp";
import { verifyPassword } from "../auth/password";
import { createSession, resolveSession } from "../auth/sessions";
import { db } from "../db";
import { changeOwnPassword, updateOwnProfile } from "./self-service";

async function staffMember() {
  const unit = await createUnit(db());
  const { user, password } = await createUser(db(), { roles: [{ role: "STAFF", unitId: unit.id }] });
  return { user, password, actor: await actorOf(db(), user.id) };
}

describe("updateOwnProfile", () => {
  it("saves one's own name (exactly, with diacritics) and language, with an audit event", async () => {
    const { user, actor } = await staffMember();
    const input = {
      version: String(user.version),
      fullName: "Đặng Thị Thu Hà 🌸",
      position: "Chuyên viên chính",
      locale: "en",
    };
    expect(await updateOwnProfile({ actor, userId: user.id, input })).toEqual({
      locale: "en",
      version: user.version + 1,
    });
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({
      fullName: "Đặng Thị Thu Hà 🌸",
      fullNameSearch: "dang thi thu ha 🌸",
      locale: "en",
      version: user.version + 1,
    });
    expect(await db().auditEvent.count({ where: { objectId: user.id, action: "account.profile_updated" } })).toBe(1);
    await expect(updateOwnProfile({ actor, userId: user.id, input })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses fields a person may not set on themself (roles, isActive, email)", async () => {
    const { user, actor } = await staffMember();
    for (const extra of [{ isActive: "false" }, { role: "ADMIN" }, { roles: "ADMIN" }, { email: "x@y.vn" }]) {
      const input = { version: String(user.version), fullName: "Ai Đó", locale: "vi", ...extra };
      await expect(updateOwnProfile({ actor, userId: user.id, input })).rejects.toMatchObject({ code: "invalid" });
    }
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { roles: true } });
    expect(saved).toMatchObject({ isActive: true, fullName: user.fullName, email: user.email });
    expect(saved.roles.map((r) => r.role)).toEqual(["STAFF"]);
  });

  it("refuses to change someone else's profile", async () => {
    const { actor } = await staffMember();
    const { user: other } = await createUser(db());
    const input = { version: String(other.version), fullName: "Bị Sửa", locale: "vi" };
    await expect(updateOwnProfile({ actor, userId: other.id, input })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("changeOwnPassword", () => {
  const input = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
    currentPassword,
    newPassword,
    confirmPassword,
  });

  it("requires the current password", async () => {
    const { user, actor } = await staffMember();
    await expect(
      changeOwnPassword({ actor, userId: user.id, input: input("sai-mat-khau", "Một câu dài đủ an toàn") }),
    ).rejects.toMatchObject({
      field: "currentPassword",
      fieldCode: "passwordWrong",
    });
  });

  it("refuses a common password, one that is too short, and a mismatched confirmation", async () => {
    const { user, password, actor } = await staffMember();
    await expect(
      changeOwnPassword({ actor, userId: user.id, input: input(password, "iloveyou123") }),
    ).rejects.toMatchObject({ fieldCode: "passwordCommon" });
    await expect(changeOwnPassword({ actor, userId: user.id, input: input(password, "ngắn") })).rejects.toMatchObject({
      fieldCode: "passwordTooShort",
    });
    await expect(
      changeOwnPassword({ actor, userId: user.id, input: input(password, "Một câu dài đủ an toàn", "khác") }),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("stores the new password, clears the forced change and ends every session", async () => {
    const { user, password, actor } = await staffMember();
    await db().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const sessionId = await createSession(user.id);
    await changeOwnPassword({ actor, userId: user.id, input: input(password, "Hoa sen nở giữa hồ 2025") });
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.mustChangePassword).toBe(false);
    expect(await verifyPassword(saved.passwordHash, "Hoa sen nở giữa hồ 2025")).toBe(true);
    expect(await resolveSession(sessionId)).toBeNull();
    expect(await db().auditEvent.count({ where: { objectId: user.id, action: "account.password_changed" } })).toBe(1);
  });

  it("throttles guesses at the current password like sign-in: twelve wrong tries in a row do not all get an answer", async () => {
    const { user, password, actor } = await staffMember();
    const ip = uniqueIp();
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      outcomes.push(
        await changeOwnPassword({
          actor,
          userId: user.id,
          input: input(`đoán-${i}`, "Một câu dài đủ an toàn"),
          ip,
        }).then(
          () => "changed",
          (error: { code?: string; fieldCode?: string }) => error.fieldCode ?? error.code ?? "?",
        ),
      );
    }
    expect(outcomes.slice(0, throttleLimits.accountFailures)).toEqual(
      Array(throttleLimits.accountFailures).fill("passwordWrong"),
    );
    expect(outcomes.slice(throttleLimits.accountFailures)).toEqual(
      Array(12 - throttleLimits.accountFailures).fill("throttled"),
    );
    // Even the right password waits out the lock (from anywhere), and so does signing in with it.
    await expect(
      changeOwnPassword({ actor, userId: user.id, input: input(password, "Một câu dài đủ an toàn"), ip: uniqueIp() }),
    ).rejects.toMatchObject({ code: "throttled" });
    await expect(authenticate(db(), { email: user.email, password }, { ip: uniqueIp() })).rejects.toMatchObject({
      kind: "throttled",
    });
    expect(await db().auditEvent.count({ where: { objectId: user.id, action: "account.password_check_failed" } })).toBe(
      throttleLimits.accountFailures,
    );
    // Once the lock has passed, the owner changes it.
    const later = new Date(Date.now() + 16 * 60_000);
    await changeOwnPassword({
      actor,
      userId: user.id,
      input: input(password, "Một câu dài đủ an toàn"),
      ip,
      now: later,
    });
    expect(
      await verifyPassword(
        (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash,
        "Một câu dài đủ an toàn",
      ),
    ).toBe(true);
  });

  it("does not let a right code from a secret one enrols oneself wipe the wrong guesses at the password", async () => {
    const { user, actor } = await staffMember();
    const ip = uniqueIp();
    for (let i = 0; i < throttleLimits.accountFailures - 1; i++) {
      await expect(
        changeOwnPassword({ actor, userId: user.id, input: input(`đoán-${i}`, "Một câu dài đủ an toàn"), ip }),
      ).rejects.toMatchObject({ fieldCode: "passwordWrong" });
    }
    const { secret, token } = startEnrolment(actor);
    expect(await confirmEnrolment({ actor, token, code: totpCode(secret), ip })).toHaveLength(10);
    await expect(
      changeOwnPassword({ actor, userId: user.id, input: input("đoán-cuối", "Một câu dài đủ an toàn"), ip }),
    ).rejects.toMatchObject({ fieldCode: "passwordWrong" });
    await expect(
      changeOwnPassword({ actor, userId: user.id, input: input("đoán-thêm", "Một câu dài đủ an toàn"), ip }),
    ).rejects.toMatchObject({ code: "throttled" });
  });
});
