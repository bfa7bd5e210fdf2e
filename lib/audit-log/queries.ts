import { z } from "zod";
import { db } from "../db";
import { forbidden } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { can } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { optionalQueryText, queryDay, queryInt } from "../validation/search-params";

export const auditPageSize = 50;

/** Filters from the URL; anything malformed is dropped rather than failing the page. */
export const auditFilterSchema = z.object({
  action: optionalQueryText(100)
    .refine((value) => value === undefined || /^[a-z_.]*$/.test(value))
    .catch(undefined),
  objectType: optionalQueryText(50)
    .refine((value) => value === undefined || /^[A-Za-z]*$/.test(value))
    .catch(undefined),
  actor: optionalQueryText(100),
  from: queryDay(),
  to: queryDay(),
  // Out-of-range pages are clamped to the last page later, not reset to the first.
  page: queryInt({ min: 1, fallback: 1 }),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export interface AuditRow {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.action) where.action = { startsWith: filter.action };
  if (filter.objectType) where.objectType = filter.objectType;
  if (filter.actor) {
    const folded = toSearchText(filter.actor);
    where.actor = {
      OR: [{ fullNameSearch: { contains: folded } }, { email: { contains: filter.actor.toLowerCase() } }],
    };
  }
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00+07:00`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00+07:00`).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

/** One page of audit events, newest first, for administrators only; the page is clamped into range. */
export async function listAuditEvents(options: { actor: Actor | null; filter: AuditFilter }) {
  if (!can(options.actor, "audit.view")) throw forbidden();
  const where = whereOf(options.filter);
  const total = await db().auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const page = Math.min(options.filter.page, pageCount);
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * auditPageSize,
    take: auditPageSize,
    select: {
      id: true,
      at: true,
      action: true,
      objectType: true,
      objectId: true,
      ip: true,
      before: true,
      after: true,
      actor: { select: { fullName: true } },
    },
  });
  const events: AuditRow[] = rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actorName: r.actor?.fullName ?? null,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    ip: r.ip,
    before: r.before,
    after: r.after,
  }));
  return { events, total, page, pageCount };
}

/** Object types present in the log, for the filter's choices. */
export async function auditObjectTypes(actor: Actor | null): Promise<string[]> {
  if (!can(actor, "audit.view")) throw forbidden();
  const rows = await db().auditEvent.findMany({
    distinct: ["objectType"],
    select: { objectType: true },
    orderBy: { objectType: "asc" },
  });
  return rows.map((r) => r.objectType);
}
