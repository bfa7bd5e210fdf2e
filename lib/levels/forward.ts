// A level's council consideration and its forward (chuyển hồ sơ, decision 0012): the dossiers it
// selected go up together as one proposal, to the next level of each one's route or to the
// organiser. Refused, with nothing changed, past the level's deadline, without a recorded
// consideration, beyond its allotment, or when a dossier moved meanwhile.
import { recordAudit, recordAudits } from "../audit";
import { db } from "../db";
import { forbidden, notFoundError, RefusedError, type Refusal } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { canActAtLevel } from "../policy";
import { notifyAll } from "../notifications/notifications";
import type { Actor } from "../session";
import { allotmentRefusals } from "./allotments";
import { levelDeadline, routeContext } from "./context";
import { isHeldBy, lockDossiers } from "./verdicts";
import { levelOfficerIds, notifyEach, organiserAdminIds, type RouteNotice } from "./notices";
import { nextLevel } from "./route";
import type { ConsiderationInput, ForwardInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The minutes PDF of a consideration, already stored (lib/storage), for the record. */
export interface StoredMinutes {
  key: string;
  name: string;
  size: number;
}

/** The level `unitId` of movement `movementId`, locked FOR UPDATE: its verdicts in a batch and its allotment queue here. */
async function lockLevel(tx: Tx, actor: Actor, movementId: string, unitId: string) {
  if (!canActAtLevel(actor, unitId)) throw forbidden();
  const movement = await tx.movement.findUnique({
    where: { id: movementId },
    select: { id: true, name: true, route: true, status: true },
  });
  if (!movement || movement.route !== "LEVELS") throw notFoundError("movement");
  const [unit] = await tx.$queryRaw<
    { id: string; name: string; path: string }[]
  >`SELECT id::text AS id, name, path FROM "Unit" WHERE id = ${unitId}::uuid FOR NO KEY UPDATE`;
  if (!unit) throw notFoundError("unit");
  return { movement, unit };
}

/** Records the level council's consideration of what it received: the vote, optionally its minutes. */
export async function recordConsideration(options: {
  actor: Actor | null;
  input: ConsiderationInput;
  minutes?: StoredMinutes | null;
}): Promise<{ id: string }> {
  const { actor, input } = options;
  if (!actor) throw forbidden();
  return db().$transaction(async (tx) => {
    await lockLevel(tx, actor, input.movementId, input.unitId);
    const row = await tx.levelConsideration.create({
      data: {
        movementId: input.movementId,
        unitId: input.unitId,
        totalMembers: input.totalMembers,
        membersPresent: input.membersPresent,
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        note: input.note,
        minutesKey: options.minutes?.key ?? null,
        minutesName: options.minutes?.name ?? null,
        minutesSize: options.minutes?.size ?? null,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "level.consideration_recorded",
        objectType: "LevelConsideration",
        objectId: row.id,
        after: {
          movementId: input.movementId,
          unitId: input.unitId,
          totalMembers: input.totalMembers,
          membersPresent: input.membersPresent,
          votesFor: input.votesFor,
          votesAgainst: input.votesAgainst,
          minutes: options.minutes?.name ?? null,
        },
      },
      tx,
    );
    return row;
  });
}

/**
 * Forwards the dossiers `input.selected` from the level `input.unitId` as one proposal. Each
 * goes to the next level of its own route (a level row there, a notice to its officers) or to
 * the organiser (a notice to its administrators); its nominating side is told.
 */
export async function forwardFromLevel(options: {
  actor: Actor | null;
  input: ForwardInput;
  today: string;
}): Promise<{ proposalId: string; forwarded: number }> {
  const { actor, input, today } = options;
  if (!actor) throw forbidden();
  return db().$transaction(async (tx) => {
    const { movement, unit } = await lockLevel(tx, actor, input.movementId, input.unitId);
    const context = (await routeContext(movement.id, tx))!;
    const refusals: Refusal[] = [];
    if (movement.status !== "OPEN") refusals.push({ code: "movementNotOpen" });
    const deadline = levelDeadline(context, unit);
    if (today > deadline) refusals.push({ code: "levelDeadlinePassed", values: { deadline } });
    const consideration = await tx.levelConsideration.findFirst({
      where: { movementId: movement.id, unitId: unit.id },
      orderBy: { recordedAt: "desc" },
      select: { id: true },
    });
    if (!consideration) refusals.push({ code: "considerationMissing" });

    const dossiers = await lockDossiers(tx, input.selected, unit.id);
    const moved = dossiers.filter((d) => d.movementId !== movement.id || !isHeldBy(d, unit.id));
    const missing = input.selected.length - dossiers.length;
    if (moved.length > 0 || missing > 0)
      refusals.push({
        code: "notAtLevelMany",
        values: { nominees: moved.map((d) => d.nomineeName).join(", "), count: String(moved.length + missing) },
      });
    const adding = new Map<string, number>();
    for (const d of dossiers) adding.set(d.awardTitleId, (adding.get(d.awardTitleId) ?? 0) + 1);
    refusals.push(
      ...(await allotmentRefusals(tx, { movementId: movement.id, unitId: unit.id, unitName: unit.name, adding })),
    );
    if (refusals.length > 0) throw new RefusedError(refusals);

    const now = new Date();
    const proposal = await tx.levelProposal.create({
      data: {
        movementId: movement.id,
        unitId: unit.id,
        considerationId: consideration!.id,
        dossierCount: dossiers.length,
        forwardedById: actor.id,
        forwardedAt: now,
      },
      select: { id: true },
    });
    await tx.nominationLevel.updateMany({
      where: { id: { in: dossiers.map((d) => d.level!.id) } },
      data: { state: "FORWARDED", decidedAt: now, version: { increment: 1 } },
    });

    const titles = new Map(
      (
        await tx.awardTitle.findMany({ where: { id: { in: [...adding.keys()] } }, select: { id: true, name: true } })
      ).map((t) => [t.id, t.name]),
    );
    const byNext = new Map<string | null, typeof dossiers>();
    for (const d of dossiers) {
      const next = nextLevel(d.routeUnitIds, unit.id);
      byNext.set(next, [...(byNext.get(next) ?? []), d]);
    }
    const levelNames = new Map(
      (
        await tx.unit.findMany({
          where: { id: { in: [...byNext.keys()].filter((id): id is string => id !== null) } },
          select: { id: true, name: true },
        })
      ).map((u) => [u.id, u.name]),
    );
    const creatorNotices: { userId: string; notice: RouteNotice }[] = [];
    for (const [next, group] of byNext) {
      const ids = group.map((d) => d.id);
      await tx.nomination.updateMany({ where: { id: { in: ids } }, data: { levelUnitId: next, levelSince: now } });
      await tx.nominationStep.createMany({
        data: group.map((d) => ({
          nominationId: d.id,
          cycle: d.routeCycle,
          kind: "FORWARDED" as const,
          unitId: unit.id,
          toUnitId: next,
          actorId: actor.id,
          proposalId: proposal.id,
          at: now,
        })),
      });
      const to = next ? levelNames.get(next)! : context.organizer.name;
      const notices = group.map((d) => ({
        kind: "DOSSIER_AT_LEVEL" as const,
        nominationId: d.id,
        params: {
          nominee: d.nomineeName,
          movement: movement.name,
          title: titles.get(d.awardTitleId) ?? "",
          from: unit.name,
          level: to,
        },
      }));
      if (next) {
        await tx.nominationLevel.createMany({
          data: group.map((d) => ({
            nominationId: d.id,
            movementId: movement.id,
            unitId: next,
            awardTitleId: d.awardTitleId,
            nominatingUnitId: d.nominatingUnitId,
            cycle: d.routeCycle,
            receivedAt: now,
          })),
        });
        await notifyEach(tx, await levelOfficerIds(tx, next), notices);
      } else {
        await tx.nominationStep.createMany({
          data: group.map((d) => ({
            nominationId: d.id,
            cycle: d.routeCycle,
            kind: "REACHED_ORGANISER" as const,
            unitId: unit.id,
            actorId: actor.id,
            at: now,
          })),
        });
        await notifyEach(tx, await organiserAdminIds(tx, context.organizer.path), notices);
      }
      for (const notice of notices) {
        const creator = group.find((d) => d.id === notice.nominationId)!.createdById;
        creatorNotices.push({ userId: creator, notice: { ...notice, kind: "DOSSIER_FORWARDED" } });
      }
    }
    await notifyAll(
      tx,
      creatorNotices.map(({ userId, notice }) => ({ userId, ...notice })),
    );
    await recordAudits(
      dossiers.map((d) => ({
        actorId: actor.id,
        action: "nomination.forwarded",
        objectType: "Nomination",
        objectId: d.id,
        before: { level: unit.id, state: d.level!.state },
        after: { level: nextLevel(d.routeUnitIds, unit.id), proposalId: proposal.id },
      })),
      tx,
    );
    return { proposalId: proposal.id, forwarded: dossiers.length };
  });
}
