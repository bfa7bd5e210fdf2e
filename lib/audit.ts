import type { Prisma } from "./generated/prisma/client";
import { db } from "./db";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
  requestId?: string | null;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

const rowOf = (entry: AuditEntry) => ({
  actorId: entry.actorId,
  action: entry.action,
  objectType: entry.objectType,
  objectId: entry.objectId ?? null,
  before: entry.before,
  after: entry.after,
  ip: entry.ip ?? null,
  requestId: entry.requestId ?? null,
});

/** Appends an audit event; pass the transaction client so the event commits with the change. */
export async function recordAudit(entry: AuditEntry, client: AuditWriter = db()): Promise<void> {
  await client.auditEvent.create({ data: rowOf(entry) });
}

/** Appends many audit events in one statement (a step that changes many objects at once). */
export async function recordAudits(entries: readonly AuditEntry[], client: AuditWriter = db()): Promise<void> {
  if (entries.length > 0) await client.auditEvent.createMany({ data: entries.map(rowOf) });
}
