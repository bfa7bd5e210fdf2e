// Granting and withdrawing roles. Both end the person's sessions so the new rights apply on
// their next request rather than when an old session happens to expire.
import { recordAudit } from "../audit";
import { revokeAllSessions } from "../auth/sessions";
import { db } from "../db";
import { forbidden, notFoundError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import type { Actor } from "../session";
import { assertManager } from "./access";
import { FieldError } from "../errors";

/** Gives `role` on `unitId`; holding it already is not an error (nothing changes). */
export async function addRole(options: { actor: Actor | null; userId: string; role: Role; unitId: string }) {
  const { actor, userId, role, unitId } = options;
  assertManager(actor);
  const unit = await db().unit.findUnique({ where: { id: unitId }, select: { isActive: true, name: true } });
  if (!unit) throw new FieldError("unitId", "unitNotFound");
  if (!unit.isActive) throw new FieldError("unitId", "unitInactive");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFoundError("user");
    const existing = await tx.roleAssignment.findUnique({
      where: { userId_role_unitId: { userId, role, unitId } },
      select: { id: true },
    });
    if (existing) return;
    const assignment = await tx.roleAssignment.create({ data: { userId, role, unitId }, select: { id: true } });
    await revokeAllSessions(userId, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.role_added",
        objectType: "User",
        objectId: userId,
        after: { assignmentId: assignment.id, role, unitId, unitName: unit.name },
      },
      tx,
    );
  });
}

/** Withdraws one role assignment. An admin cannot withdraw their own last ADMIN role (nobody could give it back to them). */
export async function removeRole(options: { actor: Actor | null; userId: string; assignmentId: string }) {
  const { actor, userId, assignmentId } = options;
  assertManager(actor);
  await db().$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.findFirst({
      where: { id: assignmentId, userId },
      select: { id: true, role: true, unitId: true, unit: { select: { name: true } } },
    });
    if (!assignment) throw notFoundError("role assignment");
    if (assignment.role === "ADMIN" && userId === actor.id) {
      const adminRoles = await tx.roleAssignment.count({ where: { userId, role: "ADMIN" } });
      if (adminRoles <= 1) throw forbidden();
    }
    await tx.roleAssignment.delete({ where: { id: assignment.id } });
    await revokeAllSessions(userId, tx);
    const before = { assignmentId, role: assignment.role, unitId: assignment.unitId, unitName: assignment.unit.name };
    await recordAudit(
      { actorId: actor.id, action: "user.role_removed", objectType: "User", objectId: userId, before },
      tx,
    );
  });
}
