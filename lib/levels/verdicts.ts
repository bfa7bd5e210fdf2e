// A level's verdicts on one dossier it holds (decision 0012): return it to the nominating unit
// for revision, endorse it with a comment and an order, or not forward it, with the reason the
// nominating unit sees. Each locks the dossier, checks it is still at this level, and records
// the step, the notice and the audit event in the same transaction.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, forbidden, notFoundError, RefusedError } from "../errors";
import type { LevelState, Prisma } from "../generated/prisma/client";
import { canActAtLevel, canViewNomination } from "../policy";
import type { Actor } from "../session";
import { notifyEach } from "./notices";
import type { EndorseInput, NotForwardInput, ReturnAtLevelInput } from "./schemas";

type Tx = Prisma.TransactionClient;

export interface HeldDossier {
  id: string;
  movementId: string;
  awardTitleId: string;
  nominatingUnitId: string;
  nomineeName: string;
  createdById: string;
  status: string;
  version: number;
  routeCycle: number;
  routeUnitIds: string[];
  levelUnitId: string | null;
  unitPath: string;
  level: { id: string; state: LevelState; version: number } | null;
}

/** The dossiers `ids`, locked FOR UPDATE in id order (so two batches cannot deadlock), with their current level row. */
export async function lockDossiers(tx: Tx, ids: readonly string[], unitId: string): Promise<HeldDossier[]> {
  const rows = await tx.$queryRaw<
    (Omit<HeldDossier, "level"> & {
      levelId: string | null;
      levelState: LevelState | null;
      levelVersion: number | null;
    })[]
  >`
    SELECT n.id::text AS id, n."movementId"::text AS "movementId", n."awardTitleId"::text AS "awardTitleId", n."nominatingUnitId"::text AS "nominatingUnitId", n."nomineeName",
           n."createdById"::text AS "createdById", n.status::text AS status, n.version, n."routeCycle", n."routeUnitIds"::text[] AS "routeUnitIds",
           n."levelUnitId"::text AS "levelUnitId", u.path AS "unitPath",
           l.id::text AS "levelId", l.state AS "levelState", l.version AS "levelVersion"
    FROM "Nomination" n
    JOIN "Unit" u ON u.id = n."unitId"
    LEFT JOIN "NominationLevel" l ON l."nominationId" = n.id AND l.cycle = n."routeCycle" AND l."unitId" = ${unitId}::uuid
    WHERE n.id = ANY(${[...ids]}::uuid[])
    ORDER BY n.id
    FOR UPDATE OF n`;
  return rows.map(({ levelId, levelState, levelVersion, ...row }) => ({
    ...row,
    level:
      levelId && levelState && levelVersion !== null ? { id: levelId, state: levelState, version: levelVersion } : null,
  }));
}

/** True when the dossier is at `unitId`'s level now, awaiting its verdict or forward. */
export function isHeldBy(dossier: HeldDossier, unitId: string): boolean {
  return (
    dossier.status === "SUBMITTED" &&
    dossier.levelUnitId === unitId &&
    (dossier.level?.state === "PENDING" || dossier.level?.state === "ENDORSED")
  );
}

/**
 * Locks one dossier for a verdict of the level `unitId`: someone who may not see it is told it
 * does not exist; an officer who sees it but does not act at this level is Forbidden; a dossier
 * no longer at this level (forwarded, returned, withdrawn meanwhile) is refused as having moved.
 */
async function holdForVerdict(
  tx: Tx,
  actor: Actor,
  input: { movementId: string; nominationId: string; unitId: string },
): Promise<HeldDossier> {
  const { nominationId, unitId } = input;
  const [dossier] = await lockDossiers(tx, [nominationId], unitId);
  if (!dossier || dossier.movementId !== input.movementId || !canViewNomination(actor, { unitPath: dossier.unitPath }))
    throw notFoundError("nomination");
  if (!canActAtLevel(actor, unitId)) throw forbidden();
  if (!isHeldBy(dossier, unitId))
    throw new RefusedError([{ code: "notAtLevel", values: { nominee: dossier.nomineeName } }]);
  return dossier;
}

async function names(tx: Tx, dossier: HeldDossier, unitId: string) {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const movement = await tx.movement.findUniqueOrThrow({ where: { id: dossier.movementId }, select: { name: true } });
  const title = await tx.awardTitle.findUniqueOrThrow({ where: { id: dossier.awardTitleId }, select: { name: true } });
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } });
  return { nominee: dossier.nomineeName, movement: movement.name, title: title.name, level: unit.name };
}

/**
 * The dossier leaves the level for good in this submission: returned to its nominating unit
 * (RETURNED, to be revised and sent again) or not forwarded (NOT_SELECTED, final). Its level row,
 * step, notice to its creator and audit event say which, with the level's words.
 */
async function sendOff(
  actor: Actor,
  input: { movementId: string; nominationId: string; unitId: string; version: number },
  verdict: {
    status: "RETURNED" | "NOT_SELECTED";
    state: "RETURNED" | "NOT_FORWARDED";
    notice: "NOMINATION_RETURNED" | "DOSSIER_NOT_FORWARDED";
    action: string;
    comment: string;
  },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const dossier = await holdForVerdict(tx, actor, input);
    if (dossier.version !== input.version) throw conflict("nomination changed since it was read");
    const now = new Date();
    const isReturn = verdict.status === "RETURNED";
    await tx.nomination.update({
      where: { id: dossier.id },
      data: {
        status: verdict.status,
        ...(isReturn ? { returnComment: verdict.comment } : {}),
        levelUnitId: null,
        levelSince: null,
        version: { increment: 1 },
      },
    });
    await tx.nominationLevel.update({
      where: { id: dossier.level!.id },
      data: { state: verdict.state, comment: verdict.comment, decidedAt: now, version: { increment: 1 } },
    });
    // Returned for revision, its place below frees up: only this level's row (saying it returned it) stays current.
    if (isReturn)
      await tx.nominationLevel.updateMany({
        where: { nominationId: dossier.id, cycle: dossier.routeCycle, id: { not: dossier.level!.id } },
        data: { isCurrent: false },
      });
    await tx.nominationStep.create({
      data: {
        nominationId: dossier.id,
        cycle: dossier.routeCycle,
        kind: verdict.state,
        unitId: input.unitId,
        actorId: actor.id,
        comment: verdict.comment,
        at: now,
      },
    });
    const params = await names(tx, dossier, input.unitId);
    await notifyEach(
      tx,
      [dossier.createdById],
      [{ kind: verdict.notice, nominationId: dossier.id, params: { ...params, comment: verdict.comment } }],
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: verdict.action,
        objectType: "Nomination",
        objectId: dossier.id,
        before: { status: dossier.status, level: input.unitId, version: dossier.version },
        after: {
          status: verdict.status,
          version: dossier.version + 1,
          [isReturn ? "returnComment" : "reason"]: verdict.comment,
        },
      },
      tx,
    );
  });
}

/** The level returns the dossier to its nominating unit for revision (trả lại), with its reasons. */
export async function returnAtLevel(options: { actor: Actor | null; input: ReturnAtLevelInput }): Promise<void> {
  if (!options.actor) throw forbidden();
  await sendOff(options.actor, options.input, {
    status: "RETURNED",
    state: "RETURNED",
    notice: "NOMINATION_RETURNED",
    action: "nomination.returned_by_level",
    comment: options.input.comment,
  });
}

/** The level does not forward the dossier: final (not selected), with the reason its nominating unit reads. */
export async function notForwardAtLevel(options: { actor: Actor | null; input: NotForwardInput }): Promise<void> {
  if (!options.actor) throw forbidden();
  await sendOff(options.actor, options.input, {
    status: "NOT_SELECTED",
    state: "NOT_FORWARDED",
    notice: "DOSSIER_NOT_FORWARDED",
    action: "nomination.not_forwarded",
    comment: options.input.reason,
  });
}

/** The level endorses the dossier with its comment and order (its ranking among what it forwards). */
export async function endorseAtLevel(options: { actor: Actor | null; input: EndorseInput }): Promise<void> {
  const { actor, input } = options;
  if (!actor) throw forbidden();
  await db().$transaction(async (tx) => {
    const dossier = await holdForVerdict(tx, actor, input);
    if (dossier.level!.version !== input.levelVersion) throw conflict("the level's verdict changed since it was read");
    const now = new Date();
    await tx.nominationLevel.update({
      where: { id: dossier.level!.id },
      data: { state: "ENDORSED", comment: input.comment, rank: input.rank, decidedAt: now, version: { increment: 1 } },
    });
    await tx.nominationStep.create({
      data: {
        nominationId: dossier.id,
        cycle: dossier.routeCycle,
        kind: "ENDORSED",
        unitId: input.unitId,
        actorId: actor.id,
        comment: input.comment,
        at: now,
      },
    });
    const params = await names(tx, dossier, input.unitId);
    await notifyEach(
      tx,
      [dossier.createdById],
      [{ kind: "DOSSIER_ENDORSED", nominationId: dossier.id, params: { ...params, comment: input.comment ?? "" } }],
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "nomination.endorsed_by_level",
        objectType: "Nomination",
        objectId: dossier.id,
        before: { state: dossier.level!.state, level: input.unitId },
        after: { state: "ENDORSED", comment: input.comment, rank: input.rank },
      },
      tx,
    );
  });
}
