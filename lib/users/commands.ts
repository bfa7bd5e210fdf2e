// Administrators' commands on accounts. Each checks the policy, changes the data and writes
// its audit event in one transaction, so there is never a change without its record.
import { recordAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { revokeAllSessions } from "../auth/sessions";
import { db } from "../db";
import { conflict, forbidden, notFoundError } from "../errors";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { assertManager } from "./access";
import { isPrismaError } from "../prisma-errors";
import { auditedUserSelect, snapshot } from "./audit-snapshot";
import { FieldError } from "../errors";
import type { CreateUserInput, UpdateUserInput } from "./schemas";
import { generateTemporaryPassword } from "./temporary-password";

/** Creates an account with one role and a temporary password, returned once for the admin to hand over. */
export async function createUser(options: { actor: Actor | null; input: CreateUserInput }) {
  const { actor, input } = options;
  assertManager(actor);
  const unit = await db().unit.findUnique({ where: { id: input.unitId }, select: { isActive: true } });
  if (!unit) throw new FieldError("unitId", "unitNotFound");
  if (!unit.isActive) throw new FieldError("unitId", "unitInactive");
  if (await db().user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw new FieldError("email", "emailTaken");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          fullName: input.fullName,
          fullNameSearch: toSearchText(input.fullName),
          position: input.position,
          locale: input.locale,
          passwordHash,
          mustChangePassword: true,
          roles: { create: { role: input.role, unitId: input.unitId } },
        },
        select: auditedUserSelect,
      });
      const after = { ...snapshot(created), roles: [{ role: input.role, unitId: input.unitId }] };
      await recordAudit(
        { actorId: actor.id, action: "user.created", objectType: "User", objectId: created.id, after },
        tx,
      );
      return created;
    });
    return { userId: user.id, temporaryPassword };
  } catch (error) {
    // Another admin created the same email between our check and the insert.
    if (isPrismaError(error, "P2002")) throw new FieldError("email", "emailTaken");
    throw error;
  }
}

/** Changes name, position and language; refuses with `conflict` when someone saved first. Returns the new version. */
export async function updateUser(options: { actor: Actor | null; input: UpdateUserInput }) {
  const { actor, input } = options;
  assertManager(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: auditedUserSelect });
    if (!before) throw notFoundError("user");
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, version: input.version },
      data: {
        fullName: input.fullName,
        fullNameSearch: toSearchText(input.fullName),
        position: input.position,
        locale: input.locale,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict("user was changed by someone else");
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: auditedUserSelect });
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.updated",
        objectType: "User",
        objectId: input.userId,
        before: snapshot(before),
        after: snapshot(after),
      },
      tx,
    );
    return { version: after.version };
  });
}

/** Deactivates (ending every session at once) or reactivates an account. Nobody deactivates themself. */
export async function setUserActive(options: { actor: Actor | null; userId: string; isActive: boolean }) {
  const { actor, userId, isActive } = options;
  assertManager(actor);
  // Locking oneself out would leave nobody to undo it.
  if (!isActive && userId === actor.id) throw forbidden();
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: auditedUserSelect });
    if (!before) throw notFoundError("user");
    if (before.isActive === isActive) return;
    const after = await tx.user.update({ where: { id: userId }, data: { isActive }, select: auditedUserSelect });
    if (!isActive) await revokeAllSessions(userId, tx);
    const action = isActive ? "user.reactivated" : "user.deactivated";
    await recordAudit(
      {
        actorId: actor.id,
        action,
        objectType: "User",
        objectId: userId,
        before: snapshot(before),
        after: snapshot(after),
      },
      tx,
    );
  });
}

/** Sets a new temporary password (returned once), requires a change at next sign-in, ends every session. */
export async function resetPassword(options: { actor: Actor | null; userId: string }) {
  const { actor, userId } = options;
  assertManager(actor);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: auditedUserSelect });
    if (!before) throw notFoundError("user");
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true },
      select: auditedUserSelect,
    });
    await revokeAllSessions(userId, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.password_reset",
        objectType: "User",
        objectId: userId,
        before: snapshot(before),
        after: snapshot(after),
      },
      tx,
    );
  });
  return { temporaryPassword };
}
