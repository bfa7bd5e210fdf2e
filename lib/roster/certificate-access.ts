// Who may have which certificates (docs/decisions/0008), without the PDF machinery: the pages
// ask here whether to show the download links; lib/roster/certificate.ts renders the files.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { unitsWithinScopes } from "../units/scope";
import { canCertifyHonoree } from "./visibility";

/** The most certificates in one file. */
export const certificateBatchLimit = 500;

/** When a recognition stopped being certifiable: its own revocation, or its decision's. */
export const certificateRevokedAt = (row: { revokedAt: Date | null; decision: { revokedAt: Date | null } }) =>
  row.revokedAt ?? row.decision.revokedAt;

/** The unrevoked honorees of `movementId` that `actor` may certify (of unit `unitId` and below, when given); null: none at all. */
export async function certifiableWhere(
  actor: Actor | null,
  movementId: string,
  unitId: string | undefined,
): Promise<Prisma.HonoreeWhereInput | null> {
  const isAdmin = hasRole(actor, "ADMIN");
  const scopes = actor ? officerScopes(actor) : [];
  if (!isAdmin && scopes.length === 0) return null;
  const and: Prisma.HonoreeWhereInput[] = [{ movementId, revokedAt: null, decision: { revokedAt: null } }];
  // The scope in the query as well as in mayCertify: a forgotten check returns nothing.
  if (!isAdmin) and.push({ unit: unitsWithinScopes(scopes) });
  if (unitId) {
    const unit = await db().unit.findUnique({ where: { id: unitId }, select: { path: true } });
    if (!unit) return null;
    and.push({ unit: { path: { startsWith: unit.path } } });
  }
  return { AND: and };
}

/** How many certificates of movement `movementId` `actor` may download (of `unitId` and below): whether to offer the batch link. */
export async function certifiableCount(actor: Actor | null, movementId: string, unitId?: string): Promise<number> {
  const where = await certifiableWhere(actor, movementId, unitId);
  return where ? db().honoree.count({ where }) : 0;
}

/** May `actor` download the certificate of honoree `honoreeId`? For showing the link; the route asks certificateData. */
export async function mayDownloadCertificate(actor: Actor | null, honoreeId: string): Promise<boolean> {
  if (!actor) return false;
  const row = await db().honoree.findUnique({
    where: { id: honoreeId },
    select: { revokedAt: true, unit: { select: { path: true } }, decision: { select: { revokedAt: true } } },
  });
  return !!row && canCertifyHonoree(actor, { unitPath: row.unit.path, revokedAt: certificateRevokedAt(row) });
}
