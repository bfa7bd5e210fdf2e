import { db } from "../db";
import { isUuid } from "../ids";
import { forbidden } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { can } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import type { ListUsersParams } from "./schemas";

export const usersPageSize = 25;

export interface UserRow {
  id: string;
  email: string;
  fullName: string;
  position: string | null;
  isActive: boolean;
  roles: { role: Role; unitName: string }[];
}

export interface UserPage {
  rows: UserRow[];
  total: number;
  /** The page shown, clamped to 1…pageCount. */
  page: number;
  pageCount: number;
}

/** People matching the list filters, for administrators. */
export async function listUsers(options: { actor: Actor | null } & Partial<ListUsersParams>): Promise<UserPage> {
  if (!can(options.actor, "user.manage")) throw forbidden();
  const where: Prisma.UserWhereInput = {};
  const q = options.q?.trim();
  if (q) {
    // Names compare folded (no diacritics, lower case); emails are already lower case.
    where.OR = [{ fullNameSearch: { contains: toSearchText(q) } }, { email: { contains: q.toLowerCase() } }];
  }
  if (options.status) where.isActive = options.status === "active";
  const roleWhere: Prisma.RoleAssignmentWhereInput = {};
  if (options.role) roleWhere.role = options.role;
  if (options.unit) {
    const unit = await db().unit.findUnique({ where: { id: options.unit }, select: { path: true } });
    // An unknown unit matches nobody rather than everybody.
    roleWhere.unit = { path: { startsWith: unit?.path ?? "/no-such-unit/" } };
  }
  if (options.role || options.unit) where.roles = { some: roleWhere };

  const total = await db().user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / usersPageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const users = await db().user.findMany({
    where,
    orderBy: [{ fullNameSearch: "asc" }, { id: "asc" }],
    skip: (page - 1) * usersPageSize,
    take: usersPageSize,
    select: {
      id: true,
      email: true,
      fullName: true,
      position: true,
      isActive: true,
      roles: { select: { role: true, unit: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const rows = users.map((u) => ({ ...u, roles: u.roles.map((r) => ({ role: r.role, unitName: r.unit.name })) }));
  return { rows, total, page, pageCount };
}

export interface UserDetail {
  id: string;
  email: string;
  fullName: string;
  position: string | null;
  locale: string;
  isActive: boolean;
  mustChangePassword: boolean;
  isMfaEnrolled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  version: number;
  roles: { id: string; role: Role; unitId: string; unitName: string }[];
}

/** One person with their roles, for administrators; null when the id is malformed or unknown. */
export async function getUserDetail(options: { actor: Actor | null; userId: string }): Promise<UserDetail | null> {
  if (!can(options.actor, "user.manage")) throw forbidden();
  if (!isUuid(options.userId)) return null;
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      email: true,
      fullName: true,
      position: true,
      locale: true,
      isActive: true,
      mustChangePassword: true,
      totpEnabledAt: true,
      lastSignInAt: true,
      createdAt: true,
      version: true,
      roles: {
        select: { id: true, role: true, unit: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;
  const { totpEnabledAt, roles, ...rest } = user;
  return {
    ...rest,
    isMfaEnrolled: totpEnabledAt !== null,
    roles: roles.map((r) => ({ id: r.id, role: r.role, unitId: r.unit.id, unitName: r.unit.name })),
  };
}

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

/** Active units in tree order (parents before children), for role and filter pickers. */
export async function listUnitOptions(options: { actor: Actor | null }): Promise<UnitOption[]> {
  if (!can(options.actor, "user.manage")) throw forbidden();
  const units = await db().unit.findMany({
    where: { isActive: true },
    select: { id: true, name: true, depth: true, path: true },
  });
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  // Paths hold ids; sort by the names along the path so siblings read alphabetically under their parent.
  const key = (path: string) =>
    path
      .split("/")
      .filter(Boolean)
      .map((id) => nameOf.get(id) ?? "");
  const compare = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = a[i]!.localeCompare(b[i]!, "vi");
      if (order !== 0) return order;
    }
    return a.length - b.length;
  };
  return units
    .map((u) => ({ ...u, key: key(u.path) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ id, name, depth }) => ({ id, name, depth }));
}

export interface OwnProfile {
  id: string;
  email: string;
  fullName: string;
  position: string | null;
  locale: string;
  mustChangePassword: boolean;
  version: number;
}

/** The signed-in person's own profile. */
export async function getOwnProfile(options: { actor: Actor }): Promise<OwnProfile> {
  return db().user.findUniqueOrThrow({
    where: { id: options.actor.id },
    select: {
      id: true,
      email: true,
      fullName: true,
      position: true,
      locale: true,
      mustChangePassword: true,
      version: true,
    },
  });
}
