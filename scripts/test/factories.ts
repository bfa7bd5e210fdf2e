// Test data builders: every call makes uniquely named rows, so tests never collide or
// depend on what another test left behind.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import type { Actor } from "../../lib/session";
import { toSearchText } from "../../lib/text/search-text";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomUUID().slice(0, 4)}`;

export async function createUnit(
  client: PrismaClient,
  options: { name?: string; parent?: { id: string; path: string; depth: number } } = {},
) {
  const id = randomUUID();
  const name = options.name ?? `Công đoàn thử nghiệm ${unique()}`;
  return client.unit.create({
    data: {
      id,
      code: `T${unique()}`.toUpperCase(),
      name,
      nameSearch: toSearchText(name),
      parentId: options.parent?.id ?? null,
      path: `${options.parent?.path ?? "/"}${id}/`,
      depth: options.parent ? options.parent.depth + 1 : 0,
    },
  });
}

export async function createUser(
  client: PrismaClient,
  options: { password?: string; fullName?: string; isActive?: boolean; roles?: { role: Role; unitId: string }[] } = {},
) {
  const fullName = options.fullName ?? `Người dùng ${unique()}`;
  const password = options.password ?? `Mật-khẩu-${unique()}`;
  const user = await client.user.create({
    data: {
      email: `user-${unique()}@test.vinhdanh`,
      fullName,
      fullNameSearch: toSearchText(fullName),
      passwordHash: await hashPassword(password),
      isActive: options.isActive ?? true,
      roles: { create: options.roles ?? [] },
    },
  });
  return { user, password };
}

/**
 * A user holding `role` on `unit`, as the policy sees them (lib/session.ts Actor), for
 * calling lib commands directly without a session.
 */
export async function createActor(
  client: PrismaClient,
  options: { role: Role; unit: { id: string; name: string; path: string } },
): Promise<Actor> {
  const { user } = await createUser(client, { roles: [{ role: options.role, unitId: options.unit.id }] });
  return {
    id: user.id,
    name: user.fullName,
    email: user.email,
    locale: user.locale,
    mustChangePassword: false,
    isMfaEnrolled: false,
    roles: [{ role: options.role, unitId: options.unit.id, unitName: options.unit.name, unitPath: options.unit.path }],
  };
}

/** The policy's view of a user (lib/session.ts Actor), read back from the database. */
export async function actorOf(client: PrismaClient, userId: string) {
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      fullName: true,
      email: true,
      locale: true,
      mustChangePassword: true,
      totpEnabledAt: true,
      roles: { select: { role: true, unit: true } },
    },
  });
  return {
    id: user.id,
    name: user.fullName,
    email: user.email,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    isMfaEnrolled: user.totpEnabledAt !== null,
    roles: user.roles.map((r) => ({ role: r.role, unitId: r.unit.id, unitName: r.unit.name, unitPath: r.unit.path })),
  };
}

/** A random documentation-range-like address, unique enough that address counters never collide between tests. */
export function uniqueIp(): string {
  return `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
}

/** A new administrator (on a new root unit) and the Actor for them. */
export async function createAdmin(client: PrismaClient) {
  const unit = await createUnit(client);
  const { user, password } = await createUser(client, { roles: [{ role: "ADMIN", unitId: unit.id }] });
  return { user, password, unit, actor: await actorOf(client, user.id) };
}
