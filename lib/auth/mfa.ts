// Multi-factor sign-in: enrolment, recovery codes, turning it off, and an administrator's reset.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, forbidden, notFoundError } from "../errors";
import type { FormState } from "../forms";
import { can, isMfaRequiredFor } from "../policy";
import type { Actor } from "../session";
import { replaceRecoveryCodes } from "./recovery-codes";
import { acceptTotpCode } from "./second-factor";
import { open, seal } from "./secret-box";
import { revokeAllSessions } from "./sessions";
import { throttledCheck } from "./throttle";
import { encodeStoredTotp, generateTotpSecret, matchTotp, totpUri } from "./totp";

/** How long a shown QR code stays good for confirming. */
const enrolmentTtlMs = 15 * 60_000;

/**
 * A new secret to enrol with, and a token carrying it sealed to this user with an expiry.
 * The token travels in the form, so the client can return it but never choose the secret.
 */
export function startEnrolment(actor: Pick<Actor, "id" | "email">, now = new Date()) {
  const secret = generateTotpSecret();
  const token = seal("mfa-enrolment", JSON.stringify({ secret, exp: now.getTime() + enrolmentTtlMs }), actor.id);
  return { secret, uri: totpUri(secret, actor.email), token };
}

function secretFromToken(userId: string, token: string, now: Date): string | null {
  const payload = open("mfa-enrolment", token, userId);
  if (!payload) return null;
  const { secret, exp } = JSON.parse(payload) as { secret: string; exp: number };
  return exp > now.getTime() ? secret : null;
}

/** Where a self-service code check comes from, for the sign-in limits (lib/auth/throttle.ts) that every code check shares. */
interface CodeCheck {
  actor: Actor;
  code: string;
  ip?: string | null;
  now?: Date;
}

/** Turns on MFA when `code` matches the pending secret; returns the recovery codes to show once, or null for a wrong code. */
export async function confirmEnrolment(options: CodeCheck & { token: string }): Promise<string[] | null> {
  const { actor } = options;
  const now = options.now ?? new Date();
  const secret = secretFromToken(actor.id, options.token, now);
  const stepOf = () => (secret ? matchTotp(secret, options.code, now) : null);
  if (
    !(await throttledCheck(
      db(),
      { email: actor.email, ip: options.ip, now, proves: "code" },
      async () => stepOf() !== null,
    ))
  )
    return null;
  const step = stepOf();
  if (!secret || step === null) return null;
  return db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null },
      data: { totpSecret: encodeStoredTotp(actor.id, { secret, lastStep: step }), totpEnabledAt: now },
    });
    if (count !== 1) throw conflict("already enrolled");
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit({ actorId: actor.id, action: "mfa.enrolled", objectType: "User", objectId: actor.id }, tx);
    return codes;
  });
}

/** New recovery codes (the old ones stop working), after a current TOTP code; null for a wrong code. */
export async function regenerateRecoveryCodes(options: CodeCheck): Promise<string[] | null> {
  const { actor } = options;
  if (
    !(await throttledCheck(db(), { email: actor.email, ip: options.ip, now: options.now, proves: "code" }, () =>
      acceptTotpCode(db(), actor.id, options.code, options.now),
    ))
  )
    return null;
  return db().$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(
      { actorId: actor.id, action: "mfa.recovery_codes_regenerated", objectType: "User", objectId: actor.id },
      tx,
    );
    return codes;
  });
}

/** Turns MFA off after a current TOTP code, for people whose roles do not require it; false for a wrong code. */
export async function disableMfa(options: CodeCheck): Promise<boolean> {
  const { actor } = options;
  if (isMfaRequiredFor(actor)) throw forbidden();
  if (
    !(await throttledCheck(db(), { email: actor.email, ip: options.ip, now: options.now, proves: "code" }, () =>
      acceptTotpCode(db(), actor.id, options.code, options.now),
    ))
  )
    return false;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit({ actorId: actor.id, action: "mfa.disabled", objectType: "User", objectId: actor.id }, tx);
  });
  return true;
}

/**
 * An administrator clears someone's second factor (lost phone, rotated NEXTAUTH_SECRET) and
 * signs them out everywhere; they enrol again at their next sign-in if their role requires it.
 */
export async function resetMfa(options: { actor: Actor; userId: string }): Promise<void> {
  const { actor, userId } = options;
  if (!can(actor, "user.manage")) throw forbidden();
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (!before) throw notFoundError("user");
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await revokeAllSessions(userId, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "mfa.reset",
        objectType: "User",
        objectId: userId,
        before: { enrolled: before.totpEnabledAt !== null },
      },
      tx,
    );
  });
}

/** What the MFA forms get back: the usual form state, plus recovery codes to show once. */
export type MfaFormState = FormState & { recoveryCodes?: string[] };
