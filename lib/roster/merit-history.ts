// A holder's merit history: every recognition with the same holder key (lib/roster/merit.ts),
// newest first. A viewer sees the recognitions they may see (lib/roster/visibility.ts): the
// public its listed ones; administrators and officers of the unit also unpublished and revoked
// ones, marked as such.
import { db } from "../db";
import type { Visibility } from "../generated/prisma/enums";
import type { Actor } from "../session";
import { canViewHonoree } from "./visibility";

export interface MeritEntry {
  id: string;
  movementId: string;
  movementName: string;
  movementNameEn: string | null;
  titleName: string;
  titleNameEn: string | null;
  unitName: string;
  awardedOn: Date;
  decisionNumber: string;
  listedFor: Visibility | null;
  publishedAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  revocationReference: string | null;
}

/** The recognitions of `holderKey` that `actor` may see, newest first. */
export async function meritHistoryOf(actor: Actor | null, holderKey: string): Promise<MeritEntry[]> {
  const rows = await db().honoree.findMany({
    where: { holderKey },
    orderBy: [{ awardedOn: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      movementId: true,
      awardedOn: true,
      listedFor: true,
      publishedAt: true,
      revokedAt: true,
      revokedReason: true,
      revocationReference: true,
      movement: { select: { name: true, nameEn: true } },
      awardTitle: { select: { name: true, nameEn: true } },
      unit: { select: { name: true, path: true } },
      decision: { select: { number: true } },
    },
  });
  return rows
    .filter((row) => canViewHonoree(actor, { listedFor: row.listedFor, unitPath: row.unit.path }))
    .map((row) => ({
      id: row.id,
      movementId: row.movementId,
      movementName: row.movement.name,
      movementNameEn: row.movement.nameEn,
      titleName: row.awardTitle.name,
      titleNameEn: row.awardTitle.nameEn,
      unitName: row.unit.name,
      awardedOn: row.awardedOn,
      decisionNumber: row.decision.number,
      listedFor: row.listedFor,
      publishedAt: row.publishedAt,
      revokedAt: row.revokedAt,
      revokedReason: row.revokedReason,
      revocationReference: row.revocationReference,
    }));
}
