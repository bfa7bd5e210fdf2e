// In-app notices to one person ("your nomination was returned"). Written in the transaction of
// the change they report, so a notice exists exactly when the change does; read and marked
// read only by their addressee.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";
import type { Actor } from "../session";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  nominationId?: string | null;
  /** Values the message names: nominee, movement, title, comment… (strings). */
  params: Record<string, string>;
}

const rowOf = (input: NotificationInput) => ({
  userId: input.userId,
  kind: input.kind,
  nominationId: input.nominationId ?? null,
  params: input.params,
});

/** Records a notice for `userId`; pass the transaction client of the change it reports. */
export async function notify(
  tx: Pick<Prisma.TransactionClient, "notification">,
  input: NotificationInput,
): Promise<void> {
  await tx.notification.create({ data: rowOf(input) });
}

/** Records many notices in one statement (a step that concerns many dossiers at once). */
export async function notifyAll(
  tx: Pick<Prisma.TransactionClient, "notification">,
  inputs: readonly NotificationInput[],
): Promise<void> {
  if (inputs.length > 0) await tx.notification.createMany({ data: inputs.map(rowOf) });
}

const maxListed = 100;

/** The actor's own notices, newest first (at most `limit`, 20 by default). */
export async function listNotifications(options: { actor: Actor | null; limit?: number }) {
  if (!options.actor) return [];
  const rows = await db().notification.findMany({
    where: { userId: options.actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(options.limit ?? 20, 1), maxListed),
    select: { id: true, kind: true, nominationId: true, params: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, params: paramsOf(row.params) }));
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number];

/** How many of the actor's notices are unread. */
export async function unreadNotificationCount(actor: Actor | null): Promise<number> {
  if (!actor) return 0;
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks the actor's notices read: those in `ids`, or all when `ids` is absent. Others' ids are ignored. */
export async function markNotificationsRead(options: { actor: Actor | null; ids?: string[] }): Promise<number> {
  if (!options.actor) return 0;
  const ids = options.ids?.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const { count } = await db().notification.updateMany({
    where: { userId: options.actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}

function paramsOf(json: Prisma.JsonValue): Record<string, string> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
  );
}
