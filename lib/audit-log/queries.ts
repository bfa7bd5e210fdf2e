import { db } from "../db";
import { forbidden } from "../errors";
import { can } from "../policy";
import type { Actor } from "../session";

export interface AuditRow {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
}

/** The newest audit events, for administrators only. */
export async function listAuditEvents(options: { actor: Actor | null; take?: number }): Promise<AuditRow[]> {
  if (!can(options.actor, "audit.view")) throw forbidden();
  const rows = await db().auditEvent.findMany({
    orderBy: { id: "desc" },
    take: Math.min(options.take ?? 100, 500),
    select: { id: true, at: true, action: true, objectType: true, objectId: true, ip: true, actor: { select: { fullName: true } } },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actorName: r.actor?.fullName ?? null,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    ip: r.ip,
  }));
}
