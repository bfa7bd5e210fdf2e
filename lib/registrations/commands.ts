// Use cases of đăng ký thi đua: a unit registers for a movement with its pledge and targets,
// changes them while registration is open, and records what it achieved. Each checks the
// policy, runs in one transaction with its audit event, and guards against lost updates
// with the registration's `version`.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, FieldError, forbidden, notFoundError } from "../errors";
import { fromDay } from "../movements/days";
import { canActForUnit, canManageRegistration, hasRole } from "../policy";
import { isPrismaError } from "../prisma-errors";
import type { Actor } from "../session";
import { lockUnits } from "../units/tree";
import { RegistrationRefusedError } from "./errors";
import { lockMovement, lockRegistration, snapshot, type LockedMovement, type Tx } from "./records";
import { isRegistrationOpen, isWithinPeriod, mayRecordResults } from "./rules";
import type { RecordResultsInput, RegisterUnitInput, TargetInput, UpdateRegistrationInput } from "./schemas";

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw forbidden();
  return actor;
}

/** The movement, locked FOR SHARE, as far as `actor` may see it: drafts are administrators' business only. */
async function lockVisibleMovement(tx: Tx, actor: Actor, id: string): Promise<LockedMovement> {
  const movement = await lockMovement(tx, id);
  if (!movement || (movement.status === "DRAFT" && !hasRole(actor, "ADMIN"))) throw notFoundError("movement");
  return movement;
}

function assertRegistrationOpen(movement: LockedMovement, today: string): void {
  if (!isRegistrationOpen(movement, today)) throw new RegistrationRefusedError("registrationClosed");
}

/** Every due day lies within the movement's period; the first that does not is marked at its row. */
function assertDueDays(targets: readonly TargetInput[], movement: LockedMovement): void {
  const outside = targets.find((target) => target.dueOn !== null && !isWithinPeriod(target.dueOn, movement));
  if (outside) throw new FieldError(`targets.${outside.index}.dueOn`, "dueOutsidePeriod");
}

const targetData = (target: TargetInput, position: number) => ({
  position,
  description: target.description,
  targetValue: target.targetValue,
  measureUnit: target.measureUnit,
  dueOn: target.dueOn ? fromDay(target.dueOn) : null,
});

/** Registers `unitId` for `movementId` with a pledge and its targets. `today` is YYYY-MM-DD. */
export async function registerUnit(
  options: { actor: Actor | null; today: string } & RegisterUnitInput,
): Promise<{ id: string }> {
  const actor = requireActor(options.actor);
  const { movementId, unitId, pledge, targets, today } = options;
  return db()
    .$transaction(async (tx) => {
      const movement = await lockVisibleMovement(tx, actor, movementId);
      // FOR SHARE: a move or deactivation of the unit waits until the registration is in.
      const unit = (await lockUnits(tx, [unitId], "share")).get(unitId);
      if (!unit) throw new FieldError("unitId", "unitNotFound");
      // Another officer's unit is refused without saying whether the movement covers it.
      if (!canActForUnit(actor, unit.path)) throw forbidden();
      if (!canManageRegistration(actor, unit.path, movement.coveragePath))
        throw new FieldError("unitId", "unitOutsideScope");
      assertRegistrationOpen(movement, today);
      if (!unit.isActive) throw new FieldError("unitId", "unitInactive");
      assertDueDays(targets, movement);
      const existing = await tx.registration.findUnique({
        where: { movementId_unitId: { movementId, unitId } },
        select: { id: true },
      });
      if (existing) throw new FieldError("unitId", "alreadyRegistered");
      const { id } = await tx.registration.create({
        data: {
          movementId,
          unitId,
          registeredById: actor.id,
          pledge,
          targets: { create: targets.map((target, i) => targetData(target, i + 1)) },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "registration.created",
          objectType: "Registration",
          objectId: id,
          after: await snapshot(tx, id),
        },
        tx,
      );
      return { id };
    })
    .catch((error: unknown) => {
      // Two officers registering the same unit at once: the unique index decides.
      if (isPrismaError(error, "P2002")) throw new FieldError("unitId", "alreadyRegistered");
      throw error;
    });
}

/** Locks a registration for a change by `actor` and checks the version the form was built from. */
async function lockForChange(tx: Tx, actor: Actor, id: string, version: number) {
  const head = await tx.registration.findUnique({ where: { id }, select: { movementId: true } });
  if (!head) throw notFoundError("registration");
  // Movement first, then the registration: the same order as registerUnit, so no deadlock.
  const movement = await lockVisibleMovement(tx, actor, head.movementId);
  const registration = await lockRegistration(tx, id);
  if (!registration) throw notFoundError("registration");
  if (!canManageRegistration(actor, registration.unitPath, movement.coveragePath)) throw forbidden();
  if (registration.version !== version) throw conflict("registration changed since it was read");
  return { registration, movement };
}

/** The stored target ids the rows name; a row naming another registration's target (or one twice) is a stale or forged form. */
function keptTargetIds(rows: readonly { id: string | null }[], stored: readonly { id: string }[]): string[] {
  const storedIds = new Set(stored.map((target) => target.id));
  const kept = rows.flatMap((row) => (row.id ? [row.id] : []));
  if (kept.some((id) => !storedIds.has(id)) || new Set(kept).size !== kept.length)
    throw conflict("targets changed since they were read");
  return kept;
}

/**
 * Changes the pledge and its targets while registration is open. Rows with an `id` update
 * that target in place (so results recorded on it survive), rows without one are new, stored
 * targets no row names are deleted; positions follow the rows' order.
 */
export async function updateRegistration(
  options: { actor: Actor | null; today: string } & UpdateRegistrationInput,
): Promise<{ movementId: string }> {
  const actor = requireActor(options.actor);
  const { id, version, pledge, targets, today } = options;
  return db().$transaction(async (tx) => {
    const { registration, movement } = await lockForChange(tx, actor, id, version);
    assertRegistrationOpen(movement, today);
    if (!registration.unitIsActive) throw new RegistrationRefusedError("unitInactive");
    assertDueDays(targets, movement);
    const before = await snapshot(tx, id);
    const kept = keptTargetIds(targets, before.targets);
    const { count } = await tx.registration.updateMany({
      where: { id, version },
      data: { pledge, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await tx.registrationTarget.deleteMany({ where: { registrationId: id, id: { notIn: kept } } });
    // Positions are unique per registration: move the kept ones out of the way, then renumber.
    await tx.$executeRaw`UPDATE "RegistrationTarget" SET position = position + 10000 WHERE "registrationId" = ${id}::uuid`;
    for (const [i, target] of targets.entries()) {
      const data = targetData(target, i + 1);
      if (target.id) await tx.registrationTarget.update({ where: { id: target.id }, data });
      else await tx.registrationTarget.create({ data: { ...data, registrationId: id } });
    }
    const after = await snapshot(tx, id);
    await recordAudit(
      { actorId: actor.id, action: "registration.updated", objectType: "Registration", objectId: id, before, after },
      tx,
    );
    return { movementId: movement.id };
  });
}

/** Records what was achieved against each target, and a summary, while the movement runs (not on a draft or an archived one). */
export async function recordResults(
  options: { actor: Actor | null } & RecordResultsInput,
): Promise<{ movementId: string }> {
  const actor = requireActor(options.actor);
  const { id, version, resultsSummary, targets } = options;
  return db().$transaction(async (tx) => {
    const { movement } = await lockForChange(tx, actor, id, version);
    if (!mayRecordResults(movement.status)) throw new RegistrationRefusedError("resultsClosed");
    const before = await snapshot(tx, id);
    keptTargetIds(targets, before.targets);
    const { count } = await tx.registration.updateMany({
      where: { id, version },
      data: { resultsSummary, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    for (const target of targets) {
      await tx.registrationTarget.update({
        where: { id: target.id },
        data: { achievedValue: target.achievedValue, resultNote: target.resultNote },
      });
    }
    const after = await snapshot(tx, id);
    await recordAudit(
      {
        actorId: actor.id,
        action: "registration.results_recorded",
        objectType: "Registration",
        objectId: id,
        before,
        after,
      },
      tx,
    );
    return { movementId: movement.id };
  });
}
