import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db";
import { actorOf, createUnit, createUser, uniqueIp } from "../../scripts/test/factories";
import { authenticate } from "./authenticate";
import { SignInRefusal } from "./errors";
import { confirmEnrolment, disableMfa, regenerateRecoveryCodes, resetMfa, startEnrolment } from "./mfa";
import { createSession, resolveSession } from "./sessions";
import { totpCode } from "./totp";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

async function refusalOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof SignInRefusal) return error.kind;
    throw error;
  }
}

/** A user with MFA turned on at `at`, with their secret and recovery codes. */
async function enrolledUser(role: "ADMIN" | "STAFF" = "STAFF", at = new Date()) {
  const unit = await createUnit(client);
  const { user, password } = await createUser(client, { roles: [{ role, unitId: unit.id }] });
  const actor = await actorOf(client, user.id);
  const { secret, token } = startEnrolment(actor, at);
  const codes = await confirmEnrolment({ actor, token, code: totpCode(secret, at), now: at });
  if (!codes) throw new Error("enrolment failed");
  return { user, password, actor, secret, codes };
}

describe("multi-factor sign-in", () => {
  it("refuses enrolment with a wrong code, a forged token or an expired one", async () => {
    const { user } = await createUser(client);
    const actor = await actorOf(client, user.id);
    const now = new Date();
    const { secret, token } = startEnrolment(actor, now);
    expect(await confirmEnrolment({ actor, token, code: "000000", now })).toBeNull();
    expect(await confirmEnrolment({ actor, token: `${token}x`, code: totpCode(secret, now), now })).toBeNull();
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await confirmEnrolment({ actor, token, code: totpCode(secret, later), now: later })).toBeNull();
    const other = await actorOf(client, (await createUser(client)).user.id);
    expect(await confirmEnrolment({ actor: other, token, code: totpCode(secret, now), now })).toBeNull();
  });

  it("asks for a code after the password, accepts a current one once, and stores the secret encrypted", async () => {
    const t0 = new Date(Date.now() - 120_000);
    const { user, password, secret, codes } = await enrolledUser("STAFF", t0);
    expect(codes).toHaveLength(10);
    const row = await client.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(await client.recoveryCode.count({ where: { userId: user.id } })).toBe(10);

    const ip = uniqueIp();
    const now = new Date();
    expect(await refusalOf(authenticate(client, { email: user.email, password }, { ip, now }))).toBe("mfa_required");
    expect(await client.signInAttempt.count({ where: { email: user.email } })).toBe(0);
    const code = totpCode(secret, now);
    expect(await authenticate(client, { email: user.email, password, code }, { ip, now })).toMatchObject({
      id: user.id,
    });
    // The same code again (replay) is refused, and counts as a failure.
    expect(await refusalOf(authenticate(client, { email: user.email, password, code }, { ip, now }))).toBe(
      "mfa_invalid",
    );
    expect(await client.signInAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(1);
  });

  it("accepts each recovery code once instead of a TOTP code", async () => {
    const { user, password, codes } = await enrolledUser();
    const recovery = codes[3]!;
    const ip = uniqueIp();
    expect(
      await authenticate(client, { email: user.email, password, code: recovery.toUpperCase() }, { ip }),
    ).toMatchObject({ id: user.id });
    expect(await refusalOf(authenticate(client, { email: user.email, password, code: recovery }, { ip }))).toBe(
      "mfa_invalid",
    );
    expect(await client.auditEvent.count({ where: { objectId: user.id, action: "mfa.recovery_code_used" } })).toBe(1);
  });

  it("locks the account after repeated wrong codes", async () => {
    const { user, password, secret } = await enrolledUser("STAFF", new Date(Date.now() - 120_000));
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      expect(await refusalOf(authenticate(client, { email: user.email, password, code: "abcd-efgh" }, { ip }))).toBe(
        "mfa_invalid",
      );
    }
    expect(await refusalOf(authenticate(client, { email: user.email, password, code: totpCode(secret) }, { ip }))).toBe(
      "throttled",
    );
  });

  it("throttles the self-service code checks like sign-in: enrolment, new recovery codes and turning it off", async () => {
    const now = new Date();
    const fresh = await actorOf(client, (await createUser(client)).user.id);
    const { secret, token } = startEnrolment(fresh, now);
    for (let i = 0; i < 5; i++)
      expect(await confirmEnrolment({ actor: fresh, token, code: "000000", ip: uniqueIp(), now })).toBeNull();
    await expect(confirmEnrolment({ actor: fresh, token, code: totpCode(secret, now), now })).rejects.toMatchObject({
      code: "throttled",
    });

    for (const check of [regenerateRecoveryCodes, disableMfa]) {
      const enrolled = await enrolledUser("STAFF", new Date(Date.now() - 120_000));
      const ip = uniqueIp();
      for (let i = 0; i < 5; i++) expect(await check({ actor: enrolled.actor, code: "123456", ip })).toBeFalsy();
      await expect(check({ actor: enrolled.actor, code: totpCode(enrolled.secret), ip })).rejects.toMatchObject({
        code: "throttled",
      });
      // The guesses count against signing in too.
      expect(
        await refusalOf(
          authenticate(
            client,
            { email: enrolled.user.email, password: enrolled.password, code: totpCode(enrolled.secret) },
            { ip: uniqueIp() },
          ),
        ),
      ).toBe("throttled");
    }
  });

  it("regenerates recovery codes after a current code, invalidating the old ones", async () => {
    const t0 = new Date(Date.now() - 120_000);
    const { user, password, actor, secret, codes } = await enrolledUser("STAFF", t0);
    expect(await regenerateRecoveryCodes({ actor, code: "123456" })).toBeNull();
    const fresh = await regenerateRecoveryCodes({ actor, code: totpCode(secret) });
    expect(fresh).toHaveLength(10);
    expect(
      await refusalOf(authenticate(client, { email: user.email, password, code: codes[0] }, { ip: uniqueIp() })),
    ).toBe("mfa_invalid");
    expect(
      await authenticate(client, { email: user.email, password, code: fresh![0] }, { ip: uniqueIp() }),
    ).not.toBeNull();
  });

  it("lets someone turn it off only when their role does not require it", async () => {
    const t0 = new Date(Date.now() - 120_000);
    const staff = await enrolledUser("STAFF", t0);
    expect(await disableMfa({ actor: staff.actor, code: totpCode(staff.secret) })).toBe(true);
    expect((await client.user.findUniqueOrThrow({ where: { id: staff.user.id } })).totpSecret).toBeNull();
    const admin = await enrolledUser("ADMIN", t0);
    await expect(disableMfa({ actor: admin.actor, code: totpCode(admin.secret) })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("lets an administrator reset it, signing the person out everywhere", async () => {
    const target = await enrolledUser();
    const sessionId = await createSession(target.user.id);
    expect(await resolveSession(sessionId)).not.toBeNull();

    const stranger = await actorOf(client, (await createUser(client)).user.id);
    await expect(resetMfa({ actor: stranger, userId: target.user.id })).rejects.toMatchObject({ code: "forbidden" });

    const unit = await createUnit(client);
    const { user: adminUser } = await createUser(client, { roles: [{ role: "ADMIN", unitId: unit.id }] });
    await resetMfa({ actor: await actorOf(client, adminUser.id), userId: target.user.id });
    const row = await client.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(row.totpSecret).toBeNull();
    expect(row.totpEnabledAt).toBeNull();
    expect(await client.recoveryCode.count({ where: { userId: target.user.id } })).toBe(0);
    expect(await resolveSession(sessionId)).toBeNull();
    expect(
      await client.auditEvent.count({
        where: { objectId: target.user.id, action: "mfa.reset", actorId: adminUser.id },
      }),
    ).toBe(1);
    expect(
      await authenticate(client, { email: target.user.email, password: target.password }, { ip: uniqueIp() }),
    ).not.toBeNull();
  });
});
