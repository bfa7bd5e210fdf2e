// Use cases that change the unit tree. Each checks the policy, runs in one transaction with
// its audit event, and guards against lost updates with the row's `version`.
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, FieldError } from "../errors";
import { refreshUnitHonoreeSearch } from "../roster/search";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { UnitRefusedError } from "./errors";
import type { CreateUnitInput, MoveUnitInput, UpdateUnitInput } from "./schemas";
import { isPrismaError } from "../prisma-errors";
import { lockForChange, lockUnits, requireUnitManager, snapshot, type Tx } from "./tree";

export { deleteUnit, setUnitActive } from "./lifecycle";

/** A code must be unique; checked first for a clear field error, and by the unique index for races. */
async function assertCodeFree(tx: Tx, code: string, exceptId?: string): Promise<void> {
  const owner = await tx.unit.findUnique({ where: { code }, select: { id: true } });
  if (owner && owner.id !== exceptId) throw new FieldError("code", "codeTaken");
}

function translateUniqueViolation(error: unknown): never {
  if (isPrismaError(error, "P2002")) throw new FieldError("code", "codeTaken");
  throw error;
}

/** Creates a unit under `parentId` (or at the top level when null). */
export async function createUnit(options: { actor: Actor | null } & CreateUnitInput): Promise<{ id: string }> {
  const actor = requireUnitManager(options.actor);
  const { name, code, parentId, headcount } = options;
  return db()
    .$transaction(async (tx) => {
      // FOR SHARE: a concurrent move or deactivation of the parent waits for us (and we for it).
      const parent = parentId ? (await lockUnits(tx, [parentId], "share")).get(parentId) : null;
      if (parentId && !parent) throw new FieldError("parentId", "unitNotFound");
      if (parent && !parent.isActive) throw new FieldError("parentId", "unitInactive");
      await assertCodeFree(tx, code);
      const id = randomUUID();
      const unit = await tx.unit.create({
        data: {
          id,
          name,
          code,
          nameSearch: toSearchText(name),
          parentId,
          headcount: headcount ?? null,
          path: `${parent?.path ?? "/"}${id}/`,
          depth: parent ? parent.depth + 1 : 0,
        },
      });
      await recordAudit(
        { actorId: actor.id, action: "unit.created", objectType: "Unit", objectId: id, after: snapshot(unit) },
        tx,
      );
      return { id };
    })
    .catch(translateUniqueViolation);
}

/** Renames a unit and/or changes its code. */
export async function updateUnit(options: { actor: Actor | null } & UpdateUnitInput): Promise<void> {
  const actor = requireUnitManager(options.actor);
  const { id, version, name, code, headcount } = options;
  await db()
    .$transaction(async (tx) => {
      const before = await lockForChange(tx, id, version);
      await assertCodeFree(tx, code, id);
      const { count } = await tx.unit.updateMany({
        where: { id, version },
        data: {
          name,
          code,
          nameSearch: toSearchText(name),
          ...(headcount !== undefined ? { headcount } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) throw conflict();
      if (name !== before.name) await refreshUnitHonoreeSearch(tx, id, name);
      const after = {
        ...before,
        name,
        code,
        headcount: headcount === undefined ? before.headcount : headcount,
        version: version + 1,
      };
      await recordAudit(
        {
          actorId: actor.id,
          action: "unit.updated",
          objectType: "Unit",
          objectId: id,
          before: snapshot(before),
          after: snapshot(after),
        },
        tx,
      );
    })
    .catch(translateUniqueViolation);
}

/**
 * Moves a unit (with everything below it) under another parent, or to the top level.
 * Refuses a new parent inside the unit's own subtree ("unitCycle").
 */
export async function moveUnit(options: { actor: Actor | null } & MoveUnitInput): Promise<void> {
  const actor = requireUnitManager(options.actor);
  const { id, version, parentId } = options;
  await db().$transaction(async (tx) => {
    const locked = await lockUnits(tx, parentId ? [id, parentId] : [id]);
    const before = await lockForChange(tx, id, version);
    const parent = parentId ? locked.get(parentId) : null;
    if (parentId && !parent) throw new FieldError("parentId", "unitNotFound");
    // Its own path is a prefix of every descendant's path, and of its own.
    if (parent && parent.path.startsWith(before.path)) throw new FieldError("parentId", "unitCycle");
    if (parent && !parent.isActive) throw new FieldError("parentId", "unitInactive");
    if (before.parentId === parentId) return;

    const { count } = await tx.unit.updateMany({ where: { id, version }, data: { parentId } });
    if (count === 0) throw conflict();
    const newPath = `${parent?.path ?? "/"}${id}/`;
    const newDepth = parent ? parent.depth + 1 : 0;
    // One statement for the whole subtree. Versions of the descendants move too: an edit form
    // opened before the move (showing the old position) must not silently apply after it.
    await tx.$executeRaw`
      UPDATE "Unit"
      SET path = ${newPath} || substr(path, ${before.path.length + 1}),
          depth = depth + ${newDepth - before.depth},
          version = version + 1,
          "updatedAt" = now()
      WHERE path LIKE ${`${before.path}%`}`;
    const after = { ...before, parentId, path: newPath, depth: newDepth, version: version + 1 };
    await recordAudit(
      {
        actorId: actor.id,
        action: "unit.moved",
        objectType: "Unit",
        objectId: id,
        before: snapshot(before),
        after: snapshot(after),
      },
      tx,
    );
  });
}

/** Re-exported so callers need one import for every refusal a command can raise. */
export { UnitRefusedError };
