// Use cases of hồ sơ đề nghị: an officer creates a draft, saves it (autosave too), submits it
// (submission.ts), withdraws it; an administrator returns it for revision. Each checks the policy, runs in one
// transaction with its audit event, locks the movement FOR SHARE then the nomination FOR
// UPDATE (lib/nominations/locks.ts), and guards against lost updates with `version`.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, FieldError, forbidden, notFoundError } from "../errors";
import type { NomineeKind } from "../generated/prisma/enums";
import { notify } from "../notifications/notifications";
import { can, isWithinScopes, officerScopes } from "../policy";
import { isPrismaError } from "../prisma-errors";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { lockUnits } from "../units/tree";
import { titleFitsKind } from "./eligibility";
import { NominationRefusedError } from "./errors";
import { canTransition } from "./lifecycle";
import {
  assertEditable,
  assertVersion,
  isNominationOpen,
  lockForOfficer,
  lockNomination,
  lockVisibleMovement,
  requireActor,
  type LockedMovement,
  type Tx,
} from "./locks";
import type {
  DraftNominationInput,
  NominationFieldsInput,
  ReturnNominationInput,
  SaveNominationInput,
  WithdrawNominationInput,
} from "./schemas";
import { compareSnapshots, dossierSnapshot } from "./snapshot";

export { submitNomination } from "./submission";

/** Who the nominee is, for duplicates and idempotent imports: kind|name without diacritics|birth year. */
export function identityKeyOf(nominee: {
  nomineeKind: NomineeKind;
  nomineeName: string;
  birthYear: number | null;
}): string {
  return `${nominee.nomineeKind}|${toSearchText(nominee.nomineeName)}|${nominee.birthYear ?? ""}`;
}

/** The officer's role unit that contains `unitPath`: the nearest one, when several do. */
function nominatingUnitOf(actor: Actor, unitPath: string): string | null {
  const roles = actor.roles
    .filter((r) => r.role === "OFFICER" && unitPath.startsWith(r.unitPath))
    .sort((a, b) => b.unitPath.length - a.unitPath.length);
  return roles[0]?.unitId ?? null;
}

/** The nominee's unit, locked FOR SHARE: within the officer's scope (else Forbidden), the movement's coverage, and active. */
async function lockNomineeUnit(tx: Tx, actor: Actor, movement: LockedMovement, unitId: string) {
  const unit = (await lockUnits(tx, [unitId], "share")).get(unitId);
  if (!unit) throw new FieldError("unitId", "unitNotFound");
  // Another officer's unit is refused without saying whether the movement covers it.
  if (!isWithinScopes(unit.path, officerScopes(actor))) throw forbidden();
  if (!unit.path.startsWith(movement.coveragePath)) throw new FieldError("unitId", "notInCoverage");
  if (!unit.isActive) throw new FieldError("unitId", "unitInactive");
  return unit;
}

/** The award title, if it belongs to the movement and accepts a nominee of `kind`. */
async function titleFor(tx: Tx, movementId: string, awardTitleId: string, kind: NomineeKind) {
  const title = await tx.awardTitle.findFirst({
    where: { id: awardTitleId, movementId },
    select: { id: true, eligibility: true },
  });
  if (!title) throw new FieldError("awardTitleId", "notFound");
  if (!titleFitsKind(title.eligibility, kind)) throw new FieldError("awardTitleId", "titleNotForKind");
  return title;
}

/** Self-assessments may only answer this movement's criteria; another id is a stale or forged form. */
async function assertCriteria(tx: Tx, movementId: string, texts: Readonly<Record<string, string>>): Promise<void> {
  const ids = Object.keys(texts);
  if (ids.length === 0) return;
  const known = new Set(
    (await tx.criterion.findMany({ where: { movementId, id: { in: ids } }, select: { id: true } })).map((c) => c.id),
  );
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) throw new FieldError(`selfAssessments.${unknown}`, "invalid");
}

/** The dossier columns; fields that do not apply to the nominee's kind are cleared. */
function dossierData(kind: NomineeKind, fields: NominationFieldsInput) {
  const isIndividual = kind === "INDIVIDUAL";
  return {
    gender: isIndividual ? fields.gender : null,
    birthYear: isIndividual ? fields.birthYear : null,
    position: isIndividual ? fields.position : null,
    yearsOfService: isIndividual ? fields.yearsOfService : null,
    serviceMonths: isIndividual ? fields.serviceMonths : null,
    absenceDays: isIndividual ? fields.absenceDays : null,
    collectiveSize: isIndividual ? null : fields.collectiveSize,
    contact: fields.contact,
    disciplined: fields.disciplined,
    achievementSummary: fields.achievementSummary,
    citation: fields.citation,
  };
}

const selfAssessmentRows = (texts: Readonly<Record<string, string>>) =>
  Object.entries(texts).map(([criterionId, text]) => ({ criterionId, text }));
const priorRows = (rows: NominationFieldsInput["priorRecognitions"]) =>
  rows.map((row, i) => ({ position: i + 1, title: row.title, year: row.year, decisionRef: row.decisionRef }));

/** A unique-index violation on the identity key: the same nominee for the same title and unit. */
function duplicateToFieldError(error: unknown): never {
  if (isPrismaError(error, "P2002")) throw new FieldError("nomineeName", "duplicateNomination");
  throw error;
}

/**
 * Creates a draft nomination in an open movement (within its NOMINATION phase, if it has one).
 * `today` is YYYY-MM-DD. Used by the form and, row by row, by the Excel import.
 */
export async function createDraftNomination(options: {
  actor: Actor | null;
  input: DraftNominationInput;
  today: string;
}): Promise<{ id: string }> {
  const actor = requireActor(options.actor);
  if (!can(actor, "nomination.create")) throw forbidden();
  const { input } = options;
  return db()
    .$transaction(async (tx) => {
      const movement = await lockVisibleMovement(tx, actor, input.movementId);
      if (!isNominationOpen(movement, options.today)) throw new NominationRefusedError([{ code: "nominationClosed" }]);
      const unit = await lockNomineeUnit(tx, actor, movement, input.unitId);
      await titleFor(tx, movement.id, input.awardTitleId, input.nomineeKind);
      await assertCriteria(tx, movement.id, input.selfAssessments);
      const data = dossierData(input.nomineeKind, input);
      const identityKey = identityKeyOf({
        nomineeKind: input.nomineeKind,
        nomineeName: input.nomineeName,
        birthYear: data.birthYear,
      });
      const duplicate = await tx.nomination.findFirst({
        where: { movementId: movement.id, awardTitleId: input.awardTitleId, unitId: unit.id, identityKey },
        select: { id: true },
      });
      if (duplicate) throw new FieldError("nomineeName", "duplicateNomination");
      const { id } = await tx.nomination.create({
        data: {
          movementId: movement.id,
          awardTitleId: input.awardTitleId,
          unitId: unit.id,
          nominatingUnitId: nominatingUnitOf(actor, unit.path) ?? unit.id,
          createdById: actor.id,
          nomineeKind: input.nomineeKind,
          nomineeName: input.nomineeName,
          nomineeNameSearch: toSearchText(input.nomineeName),
          identityKey,
          ...data,
          selfAssessments: { create: selfAssessmentRows(input.selfAssessments) },
          priorRecognitions: { create: priorRows(input.priorRecognitions) },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "nomination.created",
          objectType: "Nomination",
          objectId: id,
          after: { ...(await dossierSnapshot(tx, id)), status: "DRAFT" },
        },
        tx,
      );
      return { id };
    })
    .catch(duplicateToFieldError);
}

/**
 * Saves the dossier of a draft or returned nomination (autosave and explicit save): replaces
 * its fields, self-assessments and prior recognitions. Refused with Conflict when someone
 * saved since `version` was read, so nothing is overwritten unseen.
 */
export async function saveDraftNomination(options: {
  actor: Actor | null;
  input: SaveNominationInput;
}): Promise<{ version: number }> {
  const actor = requireActor(options.actor);
  const { input } = options;
  return db()
    .$transaction(async (tx) => {
      const { movement, nomination } = await lockForOfficer(tx, actor, input.id);
      assertEditable(nomination);
      assertVersion(nomination, input.version);
      if (movement.status !== "OPEN") throw new NominationRefusedError([{ code: "nominationClosed" }]);
      const stored = await tx.nomination.findUniqueOrThrow({
        where: { id: nomination.id },
        select: { nomineeKind: true, nomineeName: true },
      });
      const kind = input.nomineeKind ?? stored.nomineeKind;
      const name = input.nomineeName ?? stored.nomineeName;
      const unitId = input.unitId ?? nomination.unitId;
      const awardTitleId = input.awardTitleId ?? nomination.awardTitleId;
      const unit = unitId === nomination.unitId ? null : await lockNomineeUnit(tx, actor, movement, unitId);
      await titleFor(tx, movement.id, awardTitleId, kind);
      await assertCriteria(tx, movement.id, input.selfAssessments);
      const before = await dossierSnapshot(tx, nomination.id);
      const data = dossierData(kind, input);
      const identityKey = identityKeyOf({ nomineeKind: kind, nomineeName: name, birthYear: data.birthYear });
      const { count } = await tx.nomination.updateMany({
        where: { id: nomination.id, version: input.version },
        data: {
          ...data,
          nomineeKind: kind,
          nomineeName: name,
          nomineeNameSearch: toSearchText(name),
          unitId,
          awardTitleId,
          ...(unit ? { nominatingUnitId: nominatingUnitOf(actor, unit.path) ?? unit.id } : {}),
          identityKey,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw conflict();
      await tx.nominationSelfAssessment.deleteMany({ where: { nominationId: nomination.id } });
      await tx.nominationSelfAssessment.createMany({
        data: selfAssessmentRows(input.selfAssessments).map((row) => ({ ...row, nominationId: nomination.id })),
      });
      await tx.nominationPriorRecognition.deleteMany({ where: { nominationId: nomination.id } });
      await tx.nominationPriorRecognition.createMany({
        data: priorRows(input.priorRecognitions).map((row) => ({ ...row, nominationId: nomination.id })),
      });
      const changes = compareSnapshots(before, await dossierSnapshot(tx, nomination.id));
      // Autosave runs often: the audit keeps what changed, not two copies of the whole dossier.
      await recordAudit(
        {
          actorId: actor.id,
          action: "nomination.saved",
          objectType: "Nomination",
          objectId: nomination.id,
          after: { version: input.version + 1, changes: changes.map((c) => ({ ...c })) },
        },
        tx,
      );
      return { version: input.version + 1 };
    })
    .catch(duplicateToFieldError);
}

/**
 * Withdraws a nomination before review starts (from draft, submitted or returned). Its identity
 * is freed so the nominee can be put forward again; its files and versions are kept.
 */
export async function withdrawNomination(options: {
  actor: Actor | null;
  input: WithdrawNominationInput;
}): Promise<void> {
  const actor = requireActor(options.actor);
  const { id, version } = options.input;
  await db().$transaction(async (tx) => {
    const { nomination } = await lockForOfficer(tx, actor, id);
    if (!canTransition(nomination.status, "WITHDRAWN"))
      throw new NominationRefusedError([{ code: "notEditable", values: { status: nomination.status } }]);
    assertVersion(nomination, version);
    await tx.nomination.update({
      where: { id },
      data: { status: "WITHDRAWN", identityKey: null, levelUnitId: null, levelSince: null, version: { increment: 1 } },
    });
    // Off its route: the level that held it no longer sees it to act on (its rows stay as history).
    await tx.nominationLevel.updateMany({ where: { nominationId: id, isCurrent: true }, data: { isCurrent: false } });
    const nominating = await tx.nomination.findUniqueOrThrow({ where: { id }, select: { nominatingUnitId: true } });
    if (nomination.status !== "DRAFT") {
      await tx.nominationStep.create({
        data: {
          nominationId: id,
          cycle: nomination.routeCycle,
          kind: "WITHDRAWN",
          unitId: nominating.nominatingUnitId,
          actorId: actor.id,
        },
      });
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: "nomination.withdrawn",
        objectType: "Nomination",
        objectId: id,
        before: { status: nomination.status, version },
        after: { status: "WITHDRAWN", version: version + 1 },
      },
      tx,
    );
  });
}

/** An administrator returns a submitted dossier for revision with a comment; its creator is notified. */
export async function returnNomination(options: { actor: Actor | null; input: ReturnNominationInput }): Promise<void> {
  const actor = requireActor(options.actor);
  if (!can(actor, "nomination.return")) throw forbidden();
  const { id, version, comment } = options.input;
  await db().$transaction(async (tx) => {
    const head = await tx.nomination.findUnique({ where: { id }, select: { movementId: true } });
    if (!head) throw notFoundError("nomination");
    const movement = await lockVisibleMovement(tx, actor, head.movementId);
    const nomination = await lockNomination(tx, id);
    if (!nomination) throw notFoundError("nomination");
    if (!canTransition(nomination.status, "RETURNED"))
      throw new NominationRefusedError([{ code: "notSubmitted", values: { status: nomination.status } }]);
    // On a route through levels, the organiser acts on a dossier once it reached the top (decision 0012).
    if (nomination.levelUnitId) throw new NominationRefusedError([{ code: "notAtOrganiser" }]);
    assertVersion(nomination, version);
    const updated = await tx.nomination.update({
      where: { id },
      data: { status: "RETURNED", returnComment: comment, version: { increment: 1 } },
      select: { nomineeName: true, awardTitle: { select: { name: true } } },
    });
    const organizer = await tx.movement.findUniqueOrThrow({
      where: { id: movement.id },
      select: { organizingUnit: { select: { id: true, name: true } } },
    });
    await tx.nominationStep.create({
      data: {
        nominationId: id,
        cycle: nomination.routeCycle,
        kind: "RETURNED",
        unitId: organizer.organizingUnit.id,
        actorId: actor.id,
        comment,
      },
    });
    // Back with its nominating unit: the levels' places it took free up (lib/levels/allotments.ts).
    await tx.nominationLevel.updateMany({ where: { nominationId: id, isCurrent: true }, data: { isCurrent: false } });
    await notify(tx, {
      userId: nomination.createdById,
      kind: "NOMINATION_RETURNED",
      nominationId: id,
      params: {
        nominee: updated.nomineeName,
        movement: movement.name,
        title: updated.awardTitle.name,
        comment,
        level: organizer.organizingUnit.name,
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "nomination.returned",
        objectType: "Nomination",
        objectId: id,
        before: { status: nomination.status, version },
        after: { status: "RETURNED", version: version + 1, returnComment: comment },
      },
      tx,
    );
  });
}
