// Use cases that define a movement and move it through its lifecycle. Each checks the policy,
// runs in one transaction with its audit event, and guards against lost updates with the
// movement's `version`.
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, FieldError, forbidden, notFoundError } from "../errors";
import type { MovementStatus } from "../generated/prisma/enums";
import { can } from "../policy";
import { isPrismaError } from "../prisma-errors";
import type { Actor } from "../session";
import { lockUnits, type Tx } from "../units/tree";
import { definitionSelect } from "./definition";
import { MovementRefusedError } from "./errors";
import { checkTransition, transitionSubjectOf } from "./lifecycle";
import {
  datedPhases,
  type CopyMovementInput,
  type MovementDefinitionInput,
  type TransitionMovementInput,
  type UpdateMovementInput,
} from "./schemas";
import { fromDay, shiftDay, toDay } from "./days";

export { MovementRefusedError };

function requireMovementManager(actor: Actor | null): Actor {
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  return actor;
}

function translateUniqueViolation(error: unknown): never {
  if (isPrismaError(error, "P2002")) throw new FieldError("code", "codeTaken");
  throw error;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const owner = await tx.movement.findUnique({ where: { code }, select: { id: true } });
  if (owner && owner.id !== exceptId) throw new FieldError("code", "codeTaken");
}

/**
 * The organizing unit must exist and be active, and the covered subtree must lie inside it: a
 * union runs movements for itself and the units below it. Both are locked FOR SHARE so a
 * concurrent move of either waits until we are done.
 */
async function checkUnits(tx: Tx, organizingUnitId: string, coverageUnitId: string) {
  const units = await lockUnits(tx, [organizingUnitId, coverageUnitId], "share");
  const organizer = units.get(organizingUnitId);
  const coverage = units.get(coverageUnitId);
  if (!organizer) throw new FieldError("organizingUnitId", "unitNotFound");
  if (!organizer.isActive) throw new FieldError("organizingUnitId", "unitInactive");
  if (!coverage) throw new FieldError("coverageUnitId", "unitNotFound");
  if (!coverage.isActive) throw new FieldError("coverageUnitId", "unitInactive");
  if (!coverage.path.startsWith(organizer.path)) throw new FieldError("coverageUnitId", "unitOutsideScope");
  return { organizer, coverage };
}

/** Rows of the definition's repeated parts, numbered from 1 in the order the form listed them. */
function criteriaRows(movementId: string, input: Pick<MovementDefinitionInput, "criteria">) {
  return input.criteria.map((c, index) => ({
    movementId,
    position: index + 1,
    name: c.name,
    nameEn: c.nameEn,
    guidance: c.guidance,
    weight: c.weight,
    maxScore: c.maxScore,
  }));
}
function titleRows(movementId: string, input: Pick<MovementDefinitionInput, "titles">) {
  return input.titles.map((t, index) => ({
    movementId,
    position: index + 1,
    name: t.name,
    nameEn: t.nameEn,
    eligibility: t.eligibility,
    quotaTotal: t.quotaTotal,
    quotaPerUnit: t.quotaPerUnit,
    approvalThresholdPercent: t.approvalThresholdPercent,
    thresholdStrict: t.thresholdStrict,
    quotaPerUnitPercent: t.quotaPerUnitPercent,
    requiredPriorTitle: t.requiredPriorTitle,
    minServiceMonths: t.minServiceMonths,
    maxAbsenceDays: t.maxAbsenceDays,
    excludesDisciplined: t.excludesDisciplined,
  }));
}
function phaseRows(movementId: string, input: Pick<MovementDefinitionInput, "phases">) {
  return datedPhases(input.phases).map((p) => ({
    movementId,
    kind: p.kind,
    startsOn: fromDay(p.startsOn),
    endsOn: fromDay(p.endsOn),
  }));
}

function movementFields(input: MovementDefinitionInput) {
  return {
    code: input.code,
    name: input.name,
    nameEn: input.nameEn,
    slogan: input.slogan,
    sloganEn: input.sloganEn,
    description: input.description,
    organizingUnitId: input.organizingUnitId,
    coverageUnitId: input.coverageUnitId,
    startsOn: fromDay(input.startsOn),
    endsOn: fromDay(input.endsOn),
    visibility: input.visibility,
    requiresRegistration: input.requiresRegistration,
    postingWorkingDays: input.postingWorkingDays,
  };
}

/** The whole definition as the audit log keeps it (dates as days, rows without ids). */
async function definitionSnapshot(tx: Tx, id: string) {
  const movement = await tx.movement.findUniqueOrThrow({ where: { id }, select: definitionSelect });
  return {
    ...movement,
    startsOn: toDay(movement.startsOn),
    endsOn: toDay(movement.endsOn),
    phases: movement.phases.map((p) => ({ kind: p.kind, startsOn: toDay(p.startsOn), endsOn: toDay(p.endsOn) })),
  };
}

/** Inserts a draft movement with its whole definition and the audit event `action`. */
async function insertMovement(
  tx: Tx,
  actor: Actor,
  input: MovementDefinitionInput,
  audit: { action: string; copiedFromId?: string },
) {
  await checkUnits(tx, input.organizingUnitId, input.coverageUnitId);
  await assertCodeFree(tx, input.code);
  const id = randomUUID();
  await tx.movement.create({
    data: { id, ...movementFields(input), status: "DRAFT", copiedFromId: audit.copiedFromId ?? null },
  });
  await tx.movementPhase.createMany({ data: phaseRows(id, input) });
  await tx.criterion.createMany({ data: criteriaRows(id, input) });
  await tx.awardTitle.createMany({ data: titleRows(id, input) });
  const after = { ...(await definitionSnapshot(tx, id)), copiedFromId: audit.copiedFromId ?? null };
  await recordAudit({ actorId: actor.id, action: audit.action, objectType: "Movement", objectId: id, after }, tx);
  return { id };
}

/** Creates a draft movement with its whole definition. */
export async function createMovement(options: {
  actor: Actor | null;
  input: MovementDefinitionInput;
}): Promise<{ id: string }> {
  const actor = requireMovementManager(options.actor);
  return db()
    .$transaction((tx) => insertMovement(tx, actor, options.input, { action: "movement.created" }))
    .catch(translateUniqueViolation);
}

interface LockedMovement {
  id: string;
  status: MovementStatus;
  version: number;
}

/**
 * Locks the movement row (FOR UPDATE) and checks the version the form was built from. Anything
 * that adds nominations or registrations locks it FOR SHARE, so a definition change and a new
 * nomination never interleave.
 */
async function lockMovement(tx: Tx, id: string, version: number): Promise<LockedMovement> {
  const [movement] = await tx.$queryRaw<LockedMovement[]>`
    SELECT id::text AS id, status::text AS status, version FROM "Movement" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!movement) throw notFoundError("movement");
  if (movement.version !== version) throw conflict("movement changed since it was read");
  return movement;
}

/**
 * Same rows, same order, same values in every column the stored rows show: the definition's
 * criteria or titles did not change (`submitted` may carry extra keys such as the position).
 */
function sameRows(stored: readonly Record<string, unknown>[], submitted: readonly Record<string, unknown>[]): boolean {
  return (
    stored.length === submitted.length &&
    stored.every((row, i) => Object.entries(row).every(([key, value]) => submitted[i]?.[key] === value))
  );
}

/**
 * Saves an edited definition. Criteria and titles are frozen once the movement has
 * nominations (their self-assessments and scores refer to them): changing them then is refused
 * and needs a new version (copyMovement). Dates, texts and coverage stay editable.
 */
export async function updateMovement(options: { actor: Actor | null; input: UpdateMovementInput }): Promise<void> {
  const actor = requireMovementManager(options.actor);
  const { input } = options;
  await db()
    .$transaction(async (tx) => {
      const locked = await lockMovement(tx, input.id, input.version);
      if (locked.status === "ARCHIVED") throw new MovementRefusedError([{ reason: "archived" }]);
      const { coverage } = await checkUnits(tx, input.organizingUnitId, input.coverageUnitId);
      await assertCodeFree(tx, input.code, input.id);
      // Narrowing the coverage must not strand units that have already registered.
      const stranded = await tx.registration.count({
        where: { movementId: input.id, unit: { path: { not: { startsWith: coverage.path } } } },
      });
      if (stranded > 0) throw new FieldError("coverageUnitId", "coverageExcludesRegistered");

      const before = await definitionSnapshot(tx, input.id);
      const nominations = await tx.nomination.count({ where: { movementId: input.id } });
      const criteriaChanged = !sameRows(before.criteria, criteriaRows(input.id, input));
      const titlesChanged = !sameRows(before.awardTitles, titleRows(input.id, input));
      if (nominations > 0 && (criteriaChanged || titlesChanged))
        throw new MovementRefusedError([{ reason: "definitionFrozen" }]);

      await tx.movement.update({
        where: { id: input.id },
        data: { ...movementFields(input), version: { increment: 1 } },
      });
      await tx.movementPhase.deleteMany({ where: { movementId: input.id } });
      await tx.movementPhase.createMany({ data: phaseRows(input.id, input) });
      if (criteriaChanged) {
        await tx.criterion.deleteMany({ where: { movementId: input.id } });
        await tx.criterion.createMany({ data: criteriaRows(input.id, input) });
      }
      if (titlesChanged) {
        await tx.awardTitle.deleteMany({ where: { movementId: input.id } });
        await tx.awardTitle.createMany({ data: titleRows(input.id, input) });
      }
      const after = await definitionSnapshot(tx, input.id);
      await recordAudit(
        { actorId: actor.id, action: "movement.updated", objectType: "Movement", objectId: input.id, before, after },
        tx,
      );
    })
    .catch(translateUniqueViolation);
}

/** Moves a movement one step along its lifecycle when its definition and timeline allow it. */
export async function transitionMovement(options: {
  actor: Actor | null;
  input: TransitionMovementInput;
  today: string;
}): Promise<void> {
  const actor = requireMovementManager(options.actor);
  const { input } = options;
  await db().$transaction(async (tx) => {
    const locked = await lockMovement(tx, input.id, input.version);
    const movement = await tx.movement.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        endsOn: true,
        requiresRegistration: true,
        phases: { select: { kind: true, startsOn: true, endsOn: true } },
        criteria: { select: { weight: true, maxScore: true } },
        _count: { select: { awardTitles: true } },
      },
    });
    const subject = transitionSubjectOf({
      ...movement,
      status: locked.status,
      titleCount: movement._count.awardTitles,
    });
    const refusals = checkTransition(subject, input.to, options.today);
    if (refusals.length > 0) throw new MovementRefusedError(refusals);
    await tx.movement.update({ where: { id: input.id }, data: { status: input.to, version: { increment: 1 } } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "movement.status_changed",
        objectType: "Movement",
        objectId: input.id,
        before: { status: locked.status },
        after: { status: input.to },
      },
      tx,
    );
  });
}

/**
 * Copies a movement into a new draft: as the template of a new cycle (every date moved so the
 * period starts on `startsOn`) or, with the same start, as a new version of a definition frozen
 * by its nominations. Registrations, nominations and results stay with the original.
 */
export async function copyMovement(options: {
  actor: Actor | null;
  input: CopyMovementInput;
}): Promise<{ id: string }> {
  const actor = requireMovementManager(options.actor);
  const { input } = options;
  const source = await db().movement.findUnique({ where: { id: input.sourceId }, select: definitionSelect });
  if (!source) throw notFoundError("movement");
  const shift = (date: Date) => shiftDay(toDay(date), toDay(source.startsOn), input.startsOn);
  const definition: MovementDefinitionInput = {
    ...source,
    code: input.code,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: shift(source.endsOn),
    phases: Object.fromEntries(
      source.phases.map((p) => [p.kind, { startsOn: shift(p.startsOn), endsOn: shift(p.endsOn) }]),
    ),
    criteria: source.criteria,
    titles: source.awardTitles,
  };
  return db()
    .$transaction((tx) =>
      insertMovement(tx, actor, definition, { action: "movement.copied", copiedFromId: input.sourceId }),
    )
    .catch(translateUniqueViolation);
}
