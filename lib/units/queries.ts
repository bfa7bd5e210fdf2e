// Reads of the unit tree for the admin pages and the read-only unit page.
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import type { ListUnitsParams } from "./schemas";
import { requireUnitManager, unitUsage } from "./tree";
import { unitsWithinScopes } from "./scope";

export const unitPageSize = 25;

export interface UnitListItem {
  id: string;
  code: string;
  name: string;
  depth: number;
  isActive: boolean;
  parentName: string | null;
}

export interface UnitListPage {
  items: UnitListItem[];
  total: number;
  /** The page shown: the requested one clamped into 1…pageCount. */
  page: number;
  pageCount: number;
}

/** Units matching a diacritics-insensitive name search or a code, in tree order (by path), one page at a time. */
export async function listUnits(options: { actor: Actor | null } & ListUnitsParams): Promise<UnitListPage> {
  requireUnitManager(options.actor);
  const where: Prisma.UnitWhereInput = {};
  if (options.status !== "all") where.isActive = options.status === "active";
  const q = options.q.trim();
  if (q) where.OR = [{ nameSearch: { contains: toSearchText(q) } }, { code: { contains: q.toUpperCase() } }];
  const total = await db().unit.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / unitPageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page) || 1), pageCount);
  // Ordering by the materialized path keeps every subtree together under its parent.
  const rows = await db().unit.findMany({
    where,
    orderBy: { path: "asc" },
    skip: (page - 1) * unitPageSize,
    take: unitPageSize,
    select: { id: true, code: true, name: true, depth: true, isActive: true, parent: { select: { name: true } } },
  });
  return {
    items: rows.map(({ parent, ...row }) => ({ ...row, parentName: parent?.name ?? null })),
    total,
    page,
    pageCount,
  };
}

/** Active units a unit may be placed under: all of them except the unit's own subtree. */
export async function listParentOptions(options: { actor: Actor | null; excludePath?: string }) {
  requireUnitManager(options.actor);
  return db().unit.findMany({
    where: { isActive: true, ...(options.excludePath ? { NOT: { path: { startsWith: options.excludePath } } } : {}) },
    orderBy: { path: "asc" },
    take: 2000,
    select: { id: true, code: true, name: true, depth: true },
  });
}

const detailSelect = {
  id: true,
  code: true,
  name: true,
  path: true,
  depth: true,
  isActive: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  headcount: true,
  parent: { select: { id: true, code: true, name: true } },
  children: { orderBy: { name: "asc" }, select: { id: true, code: true, name: true, isActive: true } },
} satisfies Prisma.UnitSelect;

async function withDetails(unit: Prisma.UnitGetPayload<{ select: typeof detailSelect }>) {
  const ancestorIds = unit.path.split("/").filter((part) => part && part !== unit.id);
  const [ancestors, usage, members] = await Promise.all([
    db().unit.findMany({
      where: { id: { in: ancestorIds } },
      orderBy: { depth: "asc" },
      select: { id: true, name: true, path: true },
    }),
    unitUsage(db(), unit.id),
    db().user.count({ where: { roles: { some: { unitId: unit.id } } } }),
  ]);
  const counts = {
    children: usage?.children ?? 0,
    members,
    roleAssignments: usage?.roleAssignments ?? 0,
    movements: (usage?.organizedMovements ?? 0) + (usage?.coveredMovements ?? 0),
    registrations: usage?.registrations ?? 0,
    nominations: (usage?.nominations ?? 0) + (usage?.nominationsSubmitted ?? 0),
    honorees: usage?.honorees ?? 0,
  };
  const isDeletable = usage !== null && Object.values(usage).every((n) => n === 0);
  return { ...unit, ancestors, counts, isDeletable };
}

export type UnitDetail = Awaited<ReturnType<typeof withDetails>>;

/** A unit with parent, children and usage counts, for administrators; null when it does not exist. */
export async function getUnitForAdmin(options: { actor: Actor | null; id: string }): Promise<UnitDetail | null> {
  requireUnitManager(options.actor);
  const unit = await db().unit.findUnique({ where: { id: options.id }, select: detailSelect });
  return unit ? withDetails(unit) : null;
}

/**
 * A unit for its read-only page: administrators see any unit, officers the units within
 * their scopes. The scope is part of the query, so anyone else gets null (shown as 404).
 */
export async function getUnitForViewer(options: { actor: Actor | null; id: string }): Promise<UnitDetail | null> {
  const { actor } = options;
  if (!actor) return null;
  const scopes = officerScopes(actor);
  if (!hasRole(actor, "ADMIN") && scopes.length === 0) return null;
  const scopeWhere: Prisma.UnitWhereInput = hasRole(actor, "ADMIN") ? {} : unitsWithinScopes(scopes);
  const unit = await db().unit.findFirst({ where: { id: options.id, ...scopeWhere }, select: detailSelect });
  return unit ? withDetails(unit) : null;
}
