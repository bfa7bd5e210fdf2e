// Deactivation, reactivation and deletion of units (re-exported from commands.ts).
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, notFoundError } from "../errors";
import type { Actor } from "../session";
import { UnitRefusedError } from "./errors";
import type { DeleteUnitInput, SetUnitActiveInput } from "./schemas";
import { isPrismaError } from "../prisma-errors";
import { lockForChange, lockUnits, requireUnitManager, snapshot, unitUsage } from "./tree";

/**
 * Deactivates or reactivates a unit. We refuse rather than cascade: deactivating a unit with
 * active children is refused ("hasActiveChildren"), and reactivating under an inactive parent
 * too ("parentInactive"). A cascade would silently switch off whole subtrees (and with them
 * officers' everyday work) on one click and could not be undone exactly; bottom-up keeps
 * the rule "an active unit's parent is active" with every step visible in the audit log.
 */
export async function setUnitActive(options: { actor: Actor | null } & SetUnitActiveInput): Promise<void> {
  const actor = requireUnitManager(options.actor);
  const { id, version, isActive } = options;
  await db().$transaction(async (tx) => {
    const before = await lockForChange(tx, id, version);
    if (before.isActive === isActive) return;
    if (isActive && before.parentId) {
      const parent = (await lockUnits(tx, [before.parentId], "share")).get(before.parentId);
      if (!parent?.isActive) throw new UnitRefusedError("parentInactive");
    }
    if (!isActive) {
      const activeChildren = await tx.unit.count({ where: { parentId: id, isActive: true } });
      if (activeChildren > 0) throw new UnitRefusedError("hasActiveChildren");
    }
    const { count } = await tx.unit.updateMany({
      where: { id, version },
      data: { isActive, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const after = { ...before, isActive, version: version + 1 };
    const action = isActive ? "unit.reactivated" : "unit.deactivated";
    await recordAudit(
      { actorId: actor.id, action, objectType: "Unit", objectId: id, before: snapshot(before), after: snapshot(after) },
      tx,
    );
  });
}

/** Deletes a unit that nothing refers to; otherwise refuses with "inUse". */
export async function deleteUnit(options: { actor: Actor | null } & DeleteUnitInput): Promise<void> {
  const actor = requireUnitManager(options.actor);
  const { id, version } = options;
  await db()
    .$transaction(async (tx) => {
      const before = await lockForChange(tx, id, version);
      const usage = await unitUsage(tx, id);
      if (!usage) throw notFoundError("unit");
      if (Object.values(usage).some((n) => n > 0)) throw new UnitRefusedError("inUse");
      const { count } = await tx.unit.deleteMany({ where: { id, version } });
      if (count === 0) throw conflict();
      await recordAudit(
        { actorId: actor.id, action: "unit.deleted", objectType: "Unit", objectId: id, before: snapshot(before) },
        tx,
      );
    })
    .catch((error: unknown) => {
      // A reference added after our check: the foreign keys (onDelete: Restrict) refuse.
      if (isPrismaError(error, "P2003")) throw new UnitRefusedError("inUse");
      throw error;
    });
}
