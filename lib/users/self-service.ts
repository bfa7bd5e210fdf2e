// What everyone may do to their own account. Inputs are parsed here with strict schemas too,
// so a crafted request carrying roles, isActive or another person's id is refused even if a
// caller forgot to filter its form.
import { recordAudit } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { throttledCheck } from "../auth/throttle";
import { checkPassword } from "../auth/password-policy";
import { revokeAllSessions } from "../auth/sessions";
import { db } from "../db";
import { conflict, DomainError, forbidden } from "../errors";
import { can } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { auditedUserSelect, snapshot } from "./audit-snapshot";
import { FieldError } from "../errors";
import { changeOwnPasswordSchema, updateOwnProfileSchema } from "./schemas";

function assertSelf(actor: Actor | null, userId: string): asserts actor is Actor {
  if (!actor || !can(actor, "profile.edit") || actor.id !== userId) throw forbidden();
}

/** Updates one's own name, position and preferred language; returns the saved locale and new version. */
export async function updateOwnProfile(options: { actor: Actor | null; userId: string; input: unknown }) {
  const { actor, userId } = options;
  assertSelf(actor, userId);
  const parsed = updateOwnProfileSchema.safeParse(options.input);
  if (!parsed.success) throw new DomainError("invalid", "profile input refused");
  const input = parsed.data;
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: auditedUserSelect });
    const { count } = await tx.user.updateMany({
      where: { id: userId, version: input.version },
      data: {
        fullName: input.fullName,
        fullNameSearch: toSearchText(input.fullName),
        position: input.position,
        locale: input.locale,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict("profile was changed elsewhere");
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: auditedUserSelect });
    await recordAudit(
      {
        actorId: userId,
        action: "account.profile_updated",
        objectType: "User",
        objectId: userId,
        before: snapshot(before),
        after: snapshot(after),
      },
      tx,
    );
    return { locale: input.locale, version: after.version };
  });
}

/**
 * Changes one's own password after checking the current one, a check throttled like sign-in
 * (someone holding a stolen session must not get unlimited guesses). Ends every session, this
 * one included, so the caller sends the person to sign in again with the new password.
 */
export async function changeOwnPassword(options: {
  actor: Actor | null;
  userId: string;
  input: unknown;
  ip?: string | null;
  now?: Date;
}) {
  const { actor, userId } = options;
  assertSelf(actor, userId);
  const parsed = changeOwnPasswordSchema.safeParse(options.input);
  if (!parsed.success) throw new DomainError("invalid", "password input refused");
  const { currentPassword, newPassword } = parsed.data;
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, email: true, fullName: true },
  });
  const isCurrent = await throttledCheck(
    db(),
    { email: user.email, ip: options.ip, now: options.now, proves: "password" },
    () => verifyPassword(user.passwordHash, currentPassword),
  );
  if (!isCurrent) {
    await recordAudit({
      actorId: userId,
      action: "account.password_check_failed",
      objectType: "User",
      objectId: userId,
      ip: options.ip ?? null,
    });
    throw new FieldError("currentPassword", "passwordWrong");
  }
  const refusal = checkPassword(newPassword, user);
  if (refusal) throw new FieldError("newPassword", refusal);
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } });
    await revokeAllSessions(userId, tx);
    await recordAudit(
      { actorId: userId, action: "account.password_changed", objectType: "User", objectId: userId },
      tx,
    );
  });
}
