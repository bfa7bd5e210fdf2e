// Writes one demo movement with all its content, or nothing: the movement code is the
// idempotency key, and everything is written in one transaction so a failed run leaves no half movement.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { checkAwardTitle, checkCriteria, checkSchedule } from "../../lib/movements/rules";
import { toSearchText } from "../../lib/text/search-text";
import { buildCouncil } from "./council";
import { buildDossiers } from "./dossiers";
import { at, day } from "./format";
import type { PeopleDirectory } from "./people";
import { buildRegistrations } from "./registrations";
import { buildRoute } from "./route";
import type { MovementSpec } from "./types";
import { ROOT_UNIT_CODE, type UnitDirectory } from "./units";

/** Creates the movement unless its code exists; true when it was created. */
export async function seedMovement(
  client: PrismaClient,
  spec: MovementSpec,
  units: UnitDirectory,
  people: PeopleDirectory,
): Promise<boolean> {
  assertConsistent(spec);
  const existing = await client.movement.findUnique({ where: { code: spec.code }, select: { id: true } });
  if (existing) return false;

  const root = units.get(ROOT_UNIT_CODE);
  const movementId = randomUUID();
  const criterionIds = spec.criteria.map(() => randomUUID());
  const titleIds = new Map(spec.titles.map((title) => [title.key, randomUUID()]));
  const decisionId = spec.decision ? randomUUID() : null;
  const registrations = buildRegistrations(spec, movementId, units, people);
  const dossiers = buildDossiers(spec, { movementId, criterionIds, titleIds, decisionId }, units, people);
  const route = buildRoute(spec, { movementId, titleIds }, dossiers, units, people);
  // The movement keeps the schema's default posting length; the posting copies it.
  const postingWorkingDays = 10;
  const council = buildCouncil(spec, movementId, dossiers.candidates, people, postingWorkingDays);
  const createdAt = at(spec.phases[0]?.startsOn ?? spec.startsOn, "08:00");

  await client.$transaction(
    async (tx) => {
      await tx.movement.create({
        data: {
          id: movementId,
          code: spec.code,
          name: spec.name,
          nameEn: spec.nameEn,
          slogan: spec.slogan,
          sloganEn: spec.sloganEn,
          description: spec.description,
          organizingUnitId: root.id,
          coverageUnitId: root.id,
          startsOn: day(spec.startsOn),
          endsOn: day(spec.endsOn),
          status: spec.status,
          visibility: spec.visibility,
          postingWorkingDays,
          ...route?.movement,
          ...(spec.posting ? { postingAudience: spec.posting.audience } : {}),
          createdAt,
        },
      });
      await tx.movementPhase.createMany({
        data: spec.phases.map((phase) => ({
          movementId,
          kind: phase.kind,
          startsOn: day(phase.startsOn),
          endsOn: day(phase.endsOn),
        })),
      });
      await tx.criterion.createMany({
        data: spec.criteria.map((criterion, index) => ({
          id: criterionIds[index],
          movementId,
          position: index + 1,
          name: criterion.name,
          nameEn: criterion.nameEn,
          guidance: criterion.guidance,
          weight: criterion.weight,
          maxScore: criterion.maxScore,
        })),
      });
      await tx.awardTitle.createMany({
        data: spec.titles.map((title, index) => ({
          id: titleIds.get(title.key),
          movementId,
          position: index + 1,
          name: title.name,
          nameEn: title.nameEn,
          eligibility: title.eligibility,
          quotaTotal: title.quotaTotal ?? null,
          quotaPerUnit: title.quotaPerUnit ?? null,
          quotaPerUnitPercent: title.quotaPerUnitPercent ?? null,
          approvalThresholdPercent: title.approvalThresholdPercent,
          thresholdStrict: title.thresholdStrict ?? false,
          requiredPriorTitle: title.requiredPriorTitle ?? null,
          minServiceMonths: title.minServiceMonths ?? null,
          maxAbsenceDays: title.maxAbsenceDays ?? null,
          excludesDisciplined: title.excludesDisciplined ?? false,
        })),
      });
      await tx.registration.createMany({ data: registrations.registrations });
      await tx.registrationTarget.createMany({ data: registrations.targets });
      if (spec.decision && decisionId) {
        await tx.decision.create({
          data: {
            id: decisionId,
            movementId,
            number: spec.decision.number,
            issuedOn: day(spec.decision.issuedOn),
            signerName: spec.decision.signerName,
            issuingAuthority: spec.decision.issuingAuthority,
            recordedById: people.adminId,
            publishedAt: at(spec.decision.publishedAt, "08:00"),
            rosterAudience: spec.visibility,
            createdAt: at(spec.decision.issuedOn, "15:00"),
          },
        });
      }
      if (route) {
        await tx.routeUnit.createMany({ data: route.routeUnits });
        await tx.levelAllotment.createMany({ data: route.allotments });
      }
      await tx.nomination.createMany({ data: dossiers.nominations });
      if (route) {
        await tx.levelConsideration.createMany({ data: route.considerations });
        await tx.levelProposal.createMany({ data: route.proposals });
        await tx.nominationLevel.createMany({ data: route.levels });
        await tx.nominationStep.createMany({ data: route.steps });
      }
      await tx.nominationSelfAssessment.createMany({ data: dossiers.selfAssessments });
      await tx.nominationPriorRecognition.createMany({ data: dossiers.priorRecognitions });
      await tx.nominationVersion.createMany({ data: dossiers.versions });
      await tx.notification.createMany({ data: dossiers.notifications });
      await tx.review.createMany({ data: dossiers.reviews });
      await tx.reviewScore.createMany({ data: dossiers.scores });
      await tx.councilMember.createMany({ data: council.members });
      if (council.posting) await tx.shortlistPosting.create({ data: council.posting });
      if (council.vote) {
        await tx.councilVote.create({ data: council.vote });
        await tx.voterRegister.createMany({ data: council.register });
        await tx.ballot.createMany({ data: council.ballots });
        await tx.voteTally.createMany({ data: council.tallies });
      }
      await tx.honoree.createMany({ data: dossiers.honorees });
    },
    // Generous limits: the embedded database (PGlite) is far slower than a real server.
    { timeout: 120_000, maxWait: 30_000 },
  );
  return true;
}

/** Content mistakes fail loudly before anything is written. */
/** The demo definitions obey the same rules as the administrators' editor (lib/movements/rules.ts). */
function assertConsistent(spec: MovementSpec): void {
  const problems = [
    ...checkCriteria(spec.criteria),
    ...checkSchedule({ startsOn: spec.startsOn, endsOn: spec.endsOn }, spec.phases),
    ...spec.titles.flatMap((title, index) =>
      checkAwardTitle(
        {
          quotaTotal: title.quotaTotal ?? null,
          quotaPerUnit: title.quotaPerUnit ?? null,
          quotaPerUnitPercent: title.quotaPerUnitPercent ?? null,
          minServiceMonths: title.minServiceMonths ?? null,
          maxAbsenceDays: title.maxAbsenceDays ?? null,
          approvalThresholdPercent: title.approvalThresholdPercent,
        },
        index,
      ),
    ),
  ];
  if (problems.length > 0) throw new Error(`${spec.code}: ${problems.map((p) => `${p.field} ${p.code}`).join(", ")}`);
  const names = spec.nominees.map((nominee) => toSearchText(nominee.name));
  if (new Set(names).size !== names.length) throw new Error(`${spec.code}: nominee names must be unique`);
}
