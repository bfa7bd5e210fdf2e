// What the administrators' roster page of a movement shows (app/admin/movements/[id]/honorees):
// its decision, whether and for whom it is published, the last unpublishing, and the
// decision's honorees in every state (listed, unpublished, revoked). Administrators only.
import { z } from "zod";
import { db } from "../db";
import type { MovementStatus, NomineeKind, Visibility } from "../generated/prisma/enums";
import { can } from "../policy";
import type { Actor } from "../session";
import { queryId, queryPage } from "../validation/search-params";

/** Honorees per page of the administrators' list. */
export const rosterAdminPageSize = 50;

/** The page's URL parameters (malformed ones fall back to defaults): the page, and the honoree just revoked. */
export const rosterAdminParamsSchema = z.object({
  page: queryPage(),
  revoked: queryId(),
});

export interface RosterAdminHonoree {
  id: string;
  name: string;
  kind: NomineeKind;
  unitName: string;
  titleName: string;
  titleNameEn: string | null;
  listedFor: Visibility | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  revocationReference: string | null;
}

export interface RosterAdminView {
  movement: { id: string; name: string; nameEn: string | null; visibility: Visibility; status: MovementStatus };
  decision: {
    id: string;
    number: string;
    issuedOn: Date;
    signerName: string;
    issuingAuthority: string;
    version: number;
    publishedAt: Date | null;
    rosterAudience: Visibility;
  } | null;
  /** The latest unpublishing, shown while the roster is not published. */
  lastUnpublished: { at: Date; by: string | null; reason: string } | null;
  counts: { listed: number; unlisted: number; revoked: number };
  honorees: RosterAdminHonoree[];
  page: number;
  pageCount: number;
}

const honoreeSelect = {
  id: true,
  name: true,
  kind: true,
  listedFor: true,
  revokedAt: true,
  revokedReason: true,
  revocationReference: true,
  unit: { select: { name: true } },
  awardTitle: { select: { name: true, nameEn: true } },
} as const;

/** The roster page of `movementId` (`page` clamped to the last one), or null when `actor` is no administrator or there is no such movement. */
export async function rosterAdminView(options: {
  actor: Actor | null;
  movementId: string;
  page: number;
}): Promise<RosterAdminView | null> {
  if (!can(options.actor, "roster.manage")) return null;
  const movement = await db().movement.findUnique({
    where: { id: options.movementId },
    select: { id: true, name: true, nameEn: true, visibility: true, status: true },
  });
  if (!movement) return null;
  const decision = await db().decision.findFirst({
    where: { movementId: movement.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      issuedOn: true,
      signerName: true,
      issuingAuthority: true,
      version: true,
      publishedAt: true,
      rosterAudience: true,
    },
  });
  if (!decision)
    return {
      movement,
      decision: null,
      lastUnpublished: null,
      counts: { listed: 0, unlisted: 0, revoked: 0 },
      honorees: [],
      page: 1,
      pageCount: 1,
    };
  const where = { decisionId: decision.id };
  const [listed, revoked, total, unpublishing] = await Promise.all([
    db().honoree.count({ where: { ...where, listedFor: { not: null } } }),
    db().honoree.count({ where: { ...where, revokedAt: { not: null } } }),
    db().honoree.count({ where }),
    decision.publishedAt
      ? null
      : db().auditEvent.findFirst({
          where: { action: "roster.unpublished", objectType: "Movement", objectId: movement.id },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          select: { at: true, after: true, actor: { select: { fullName: true } } },
        }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / rosterAdminPageSize));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = await db().honoree.findMany({
    where,
    orderBy: [{ nameSearch: "asc" }, { id: "asc" }],
    skip: (page - 1) * rosterAdminPageSize,
    take: rosterAdminPageSize,
    select: honoreeSelect,
  });
  const reason =
    unpublishing?.after && typeof unpublishing.after === "object" && !Array.isArray(unpublishing.after)
      ? unpublishing.after.reason
      : undefined;
  return {
    movement,
    decision,
    lastUnpublished:
      unpublishing && typeof reason === "string"
        ? { at: unpublishing.at, by: unpublishing.actor?.fullName ?? null, reason }
        : null,
    counts: { listed, revoked, unlisted: total - listed - revoked },
    honorees: rows.map(toAdminHonoree),
    page,
    pageCount,
  };
}

function toAdminHonoree(row: {
  id: string;
  name: string;
  kind: NomineeKind;
  listedFor: Visibility | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  revocationReference: string | null;
  unit: { name: string };
  awardTitle: { name: string; nameEn: string | null };
}): RosterAdminHonoree {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    unitName: row.unit.name,
    titleName: row.awardTitle.name,
    titleNameEn: row.awardTitle.nameEn,
    listedFor: row.listedFor,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
    revocationReference: row.revocationReference,
  };
}

export interface RevocationTarget extends RosterAdminHonoree {
  movementId: string;
  movementName: string;
  movementNameEn: string | null;
  decisionNumber: string;
  revokedBy: string | null;
}

/** The honoree `honoreeId` of `movementId` for the revocation page, or null (not an administrator, no such honoree in that movement). */
export async function revocationTarget(options: {
  actor: Actor | null;
  movementId: string;
  honoreeId: string;
}): Promise<RevocationTarget | null> {
  if (!can(options.actor, "roster.manage")) return null;
  const row = await db().honoree.findFirst({
    where: { id: options.honoreeId, movementId: options.movementId },
    select: {
      ...honoreeSelect,
      movement: { select: { id: true, name: true, nameEn: true } },
      decision: { select: { number: true } },
      revokedBy: { select: { fullName: true } },
    },
  });
  if (!row) return null;
  return {
    ...toAdminHonoree(row),
    movementId: row.movement.id,
    movementName: row.movement.name,
    movementNameEn: row.movement.nameEn,
    decisionNumber: row.decision.number,
    revokedBy: row.revokedBy?.fullName ?? null,
  };
}
