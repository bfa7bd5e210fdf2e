// A submitted dossier sets out on its route (decision 0012): to its first level, or straight to
// the organiser. Runs inside the submission's transaction, after the dossier was frozen.
import type { Prisma } from "../generated/prisma/client";
import { NominationRefusedError, type NominationProblem } from "../nominations/errors";
import { allotmentRefusals } from "./allotments";
import { levelDeadline, routeContext, routeFor } from "./context";
import { levelOfficerIds, notifyEach, organiserAdminIds } from "./notices";

type Tx = Prisma.TransactionClient;

export interface Departure {
  actorId: string;
  nomination: {
    id: string;
    movementId: string;
    awardTitleId: string;
    nomineeName: string;
    routeCycle: number;
    wasReturned: boolean;
  };
  movementName: string;
  titleName: string;
  today: string;
}

/**
 * Sends the dossier on its way: fixes its route (the levels above its nominating unit), records
 * the step, and hands it to its first level (a level row and a notice to the level's officers)
 * or to the organiser. On a route through levels, a first submission is refused after the
 * nominating unit's own deadline, and beyond its allotment; a resubmission after a return is not
 * late (the return reopened it).
 */
export async function setOut(tx: Tx, departure: Departure): Promise<void> {
  const { nomination } = departure;
  const context = await routeContext(nomination.movementId, tx);
  if (!context) throw new Error(`movement ${nomination.movementId} vanished during a submission`);
  const nominating = await tx.nomination.findUniqueOrThrow({
    where: { id: nomination.id },
    select: { nominatingUnit: { select: { id: true, path: true, name: true } } },
  });
  const unit = nominating.nominatingUnit;
  const route = routeFor(context, unit.path);
  if (context.route === "LEVELS") {
    const problems: NominationProblem[] = [];
    const deadline = levelDeadline(context, unit);
    if (!nomination.wasReturned && departure.today > deadline)
      problems.push({ code: "sendUpClosed", values: { deadline } });
    // Sending up from one unit is serialized on its row, so two submissions cannot both take the last place.
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${unit.id}::uuid FOR NO KEY UPDATE`;
    const over = await allotmentRefusals(tx, {
      movementId: nomination.movementId,
      unitId: unit.id,
      unitName: unit.name,
      adding: new Map([[nomination.awardTitleId, 1]]),
      exceptNominationId: nomination.id,
    });
    problems.push(...over.map((refusal) => ({ code: "allotmentExceeded" as const, values: refusal.values })));
    if (problems.length > 0) throw new NominationRefusedError(problems);
  }
  const cycle = nomination.routeCycle + 1;
  const first = route[0] ?? null;
  const now = new Date();
  await tx.nomination.update({
    where: { id: nomination.id },
    data: { routeUnitIds: route, routeCycle: cycle, levelUnitId: first, levelSince: now },
  });
  // The earlier submissions' level rows are history now.
  await tx.nominationLevel.updateMany({
    where: { nominationId: nomination.id, cycle: { lt: cycle }, isCurrent: true },
    data: { isCurrent: false },
  });
  await tx.nominationStep.create({
    data: {
      nominationId: nomination.id,
      cycle,
      kind: "SUBMITTED",
      unitId: unit.id,
      toUnitId: first,
      actorId: departure.actorId,
      at: now,
    },
  });
  const params = {
    nominee: nomination.nomineeName,
    movement: departure.movementName,
    title: departure.titleName,
    from: unit.name,
  };
  if (first) {
    await tx.nominationLevel.create({
      data: {
        nominationId: nomination.id,
        movementId: nomination.movementId,
        unitId: first,
        awardTitleId: nomination.awardTitleId,
        nominatingUnitId: unit.id,
        cycle,
        receivedAt: now,
      },
    });
    const level = await tx.unit.findUniqueOrThrow({ where: { id: first }, select: { name: true } });
    await notifyEach(tx, await levelOfficerIds(tx, first), [
      { kind: "DOSSIER_AT_LEVEL", nominationId: nomination.id, params: { ...params, level: level.name } },
    ]);
    return;
  }
  await tx.nominationStep.create({
    data: {
      nominationId: nomination.id,
      cycle,
      kind: "REACHED_ORGANISER",
      unitId: unit.id,
      actorId: departure.actorId,
      at: now,
    },
  });
  if (context.route === "LEVELS") {
    await notifyEach(tx, await organiserAdminIds(tx, context.organizer.path), [
      { kind: "DOSSIER_AT_LEVEL", nominationId: nomination.id, params: { ...params, level: context.organizer.name } },
    ]);
  }
}
