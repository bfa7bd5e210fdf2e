// Shared steps of the unit commands: the policy gate, row locks that keep the materialized
// paths consistent under concurrent moves, audit snapshots and the "still in use" count.
import { Prisma } from "../generated/prisma/client";
import { conflict, forbidden, notFoundError } from "../errors";
import { can } from "../policy";
import type { Actor } from "../session";

export type Tx = Prisma.TransactionClient;

export interface LockedUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  path: string;
  depth: number;
  isActive: boolean;
  headcount: number | null;
  version: number;
}

/** The actor when they may manage units; otherwise Forbidden. */
export function requireUnitManager(actor: Actor | null): Actor {
  if (!actor || !can(actor, "unit.manage")) throw forbidden();
  return actor;
}

/**
 * Reads and locks units (FOR UPDATE, in id order so two movers cannot deadlock). A move
 * rewrites the paths of a whole subtree; locking the moved unit and the new parent makes a
 * concurrent move or create wait and then see the fresh paths instead of stale ones.
 */
export async function lockUnits(
  tx: Tx,
  ids: readonly string[],
  mode: "update" | "share" = "update",
): Promise<Map<string, LockedUnit>> {
  if (ids.length === 0) return new Map();
  const lock = mode === "update" ? Prisma.sql`FOR UPDATE` : Prisma.sql`FOR SHARE`;
  const rows = await tx.$queryRaw<LockedUnit[]>`
    SELECT id::text AS id, code, name, "parentId"::text AS "parentId", path, depth, "isActive", headcount, version
    FROM "Unit" WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id ${lock}`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Locks one unit and checks the version the form was built from. */
export async function lockForChange(tx: Tx, id: string, version: number): Promise<LockedUnit> {
  const unit = (await lockUnits(tx, [id])).get(id);
  if (!unit) throw notFoundError("unit");
  if (unit.version !== version) throw conflict("unit changed since it was read");
  return unit;
}

/** What the audit log keeps of a unit before and after a change. */
export function snapshot(
  unit: Pick<LockedUnit, "code" | "name" | "parentId" | "path" | "depth" | "isActive" | "version"> & {
    headcount?: number | null;
  },
) {
  return {
    code: unit.code,
    name: unit.name,
    headcount: unit.headcount ?? null,
    parentId: unit.parentId,
    path: unit.path,
    depth: unit.depth,
    isActive: unit.isActive,
    version: unit.version,
  };
}

/** Rows that refer to a unit; a unit may be deleted only when every count is zero. */
export async function unitUsage(tx: Pick<Tx, "unit">, id: string) {
  const row = await tx.unit.findUnique({
    where: { id },
    select: {
      _count: {
        select: {
          children: true,
          roleAssignments: true,
          organizedMovements: true,
          coveredMovements: true,
          registrations: true,
          nominations: true,
          nominationsSubmitted: true,
          honorees: true,
        },
      },
    },
  });
  return row?._count ?? null;
}
