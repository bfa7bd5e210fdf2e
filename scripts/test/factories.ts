// Test data builders: every call makes uniquely named rows, so tests never collide or
// depend on what another test left behind.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { toSearchText } from "../../lib/text/search-text";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomUUID().slice(0, 4)}`;

export async function createUnit(client: PrismaClient, options: { name?: string; parent?: { id: string; path: string; depth: number } } = {}) {
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
