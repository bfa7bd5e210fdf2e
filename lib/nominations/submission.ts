// Submitting a dossier (gửi hồ sơ): completeness and eligibility checked together, every problem
// listed; the dossier frozen as a new NominationVersion; a double click recorded once.
import { recordAudit } from "../audit";
import { db } from "../db";
import { setOut } from "../levels/entry";
import { titleRulesSelect } from "../movements/definition";
import { isPrismaError } from "../prisma-errors";
import { holderKeyOf } from "../roster/merit";
import type { Actor } from "../session";
import { checkCompleteness, checkEligibility, type EligibilityDossier } from "./eligibility";
import { NominationRefusedError } from "./errors";
import {
  assertEditable,
  assertVersion,
  isNominationOpen,
  lockAwardTitle,
  lockForOfficer,
  requireActor,
  type Tx,
} from "./locks";
import { quotaUsage } from "./quotas";
import type { SubmitNominationInput } from "./schemas";
import { dossierFactsSelect, dossierSnapshot } from "./snapshot";

/** The facts eligibility needs about the nominee's unit and title, read within the submission. */
async function eligibilityFacts(tx: Tx, nominationId: string) {
  const row = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      id: true,
      movementId: true,
      unitId: true,
      ...dossierFactsSelect,
      unit: { select: { name: true, headcount: true } },
      awardTitle: { select: { id: true, name: true, ...titleRulesSelect } },
      selfAssessments: { select: { criterionId: true, text: true } },
      priorRecognitions: { select: { title: true, year: true } },
      movement: {
        select: {
          requiresRegistration: true,
          criteria: { select: { id: true, name: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  // One after the other: a transaction is one connection, which runs one query at a time.
  const registration = await tx.registration.findUnique({
    where: { movementId_unitId: { movementId: row.movementId, unitId: row.unitId } },
    select: { id: true },
  });
  const usage = await quotaUsage({ movementId: row.movementId, unitId: row.unitId, exceptNominationId: row.id }, tx);
  // Merit history: recognitions of the same person or collective (lib/roster/merit.ts) that still stand.
  const holderKey = holderKeyOf({
    kind: row.nomineeKind,
    unitId: row.unitId,
    name: row.nomineeName,
    birthYear: row.birthYear,
  });
  const merit = await tx.honoree.findMany({
    where: { holderKey, revokedAt: null, decision: { revokedAt: null } },
    select: { awardTitle: { select: { name: true } } },
  });
  const dossier: EligibilityDossier = {
    ...row,
    unitName: row.unit.name,
    selfAssessments: Object.fromEntries(row.selfAssessments.map((s) => [s.criterionId, s.text])),
  };
  return {
    dossier,
    title: row.awardTitle,
    movement: row.movement,
    context: {
      isRegistered: registration !== null,
      unitHeadcount: row.unit.headcount,
      unitUsed: usage.unit.get(row.awardTitle.id) ?? 0,
      movementUsed: usage.movement.get(row.awardTitle.id) ?? 0,
      meritTitles: merit.map((h) => h.awardTitle.name),
    },
  };
}

/**
 * Submits the dossier as it stands at `version`: checks completeness and eligibility (listing
 * every problem in one NominationRefusedError), then freezes it as a new NominationVersion.
 * Idempotent: submitting a version that was already submitted (a double click) returns that
 * submission with `alreadySubmitted`.
 */
export async function submitNomination(options: {
  actor: Actor | null;
  input: SubmitNominationInput;
  today: string;
}): Promise<{ versionNumber: number; alreadySubmitted: boolean }> {
  const actor = requireActor(options.actor);
  const { id, version } = options.input;
  const attempt = () =>
    db().$transaction(async (tx) => {
      const { movement, nomination } = await lockForOfficer(tx, actor, id);
      const earlier = await tx.nominationVersion.findUnique({
        where: { nominationId_fromVersion: { nominationId: id, fromVersion: version } },
        select: { number: true },
      });
      if (earlier) return { versionNumber: earlier.number, alreadySubmitted: true };
      assertEditable(nomination);
      assertVersion(nomination, version);
      // A returned dossier may come back after the nomination phase: the return reopened it.
      const isOpen =
        nomination.status === "RETURNED" ? movement.status === "OPEN" : isNominationOpen(movement, options.today);
      if (!isOpen) throw new NominationRefusedError([{ code: "nominationClosed" }]);
      await lockAwardTitle(tx, nomination.awardTitleId);
      const facts = await eligibilityFacts(tx, id);
      const problems = [
        ...checkCompleteness(facts.dossier, facts.movement.criteria),
        ...checkEligibility(facts.dossier, facts.title, facts.movement, facts.context),
      ];
      if (problems.length > 0) throw new NominationRefusedError(problems);
      const last = await tx.nominationVersion.findFirst({
        where: { nominationId: id },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      const versionNumber = (last?.number ?? 0) + 1;
      const snapshot = await dossierSnapshot(tx, id);
      await tx.nominationVersion.create({
        data: {
          nominationId: id,
          number: versionNumber,
          fromVersion: version,
          snapshot: { ...snapshot },
          submittedById: actor.id,
        },
      });
      const submitted = await tx.nomination.update({
        where: { id },
        data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
        select: { nomineeName: true, routeCycle: true, awardTitle: { select: { name: true } } },
      });
      // To its first level, or to the organiser (decision 0012).
      await setOut(tx, {
        actorId: actor.id,
        nomination: {
          id,
          movementId: movement.id,
          awardTitleId: nomination.awardTitleId,
          nomineeName: submitted.nomineeName,
          routeCycle: submitted.routeCycle,
          wasReturned: nomination.status === "RETURNED",
        },
        movementName: movement.name,
        titleName: submitted.awardTitle.name,
        today: options.today,
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "nomination.submitted",
          objectType: "Nomination",
          objectId: id,
          before: { status: nomination.status, version },
          after: { status: "SUBMITTED", version: version + 1, versionNumber },
        },
        tx,
      );
      return { versionNumber, alreadySubmitted: false };
    });
  return attempt().catch(async (error: unknown) => {
    // Two submissions of one version at once: the unique (nominationId, fromVersion) let one in; the other reports it.
    if (isPrismaError(error, "P2002")) return attempt();
    throw error;
  });
}
