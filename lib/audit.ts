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

/** Appends an audit event; pass the transaction client so the event commits with the change. */
export async function recordAudit(entry: AuditEntry, client: AuditWriter = db()): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      before: entry.before,
      after: entry.after,
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
    },
  });
}
