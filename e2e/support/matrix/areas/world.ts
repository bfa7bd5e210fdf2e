// Builders the review-and-decision areas (and e2e/ballot-secrecy.spec.ts) share: a movement in a
// given status with one criterion and one title, its council, a bare or complete dossier, the
// shortlist's posting and a closed vote. Each call makes new rows with names unique to it.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { MovementStatus, NominationStatus, Visibility } from "../../../../lib/generated/prisma/enums";
import { toSearchText } from "../../../../lib/text/search-text";
import type { MatrixFixtures } from "../fixtures";
import { dossierOfA } from "../nomination-fixtures";

export const unique = () => randomUUID().slice(0, 8);

/** Midnight (UTC) of the day `offset` days from today. */
export function dayFromToday(offset: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset));
}

export interface WorldMovement {
  id: string;
  name: string;
  titleId: string;
  criterionId: string;
}

interface MovementOptions {
  code: string;
  name: string;
  description: string;
  status: MovementStatus;
  /** The organizing and covering unit. */
  unitId: string;
  /** Who sits on its council. */
  council: readonly string[];
  approvalThresholdPercent?: number;
}

/** A movement without registration: one criterion (out of 10, weight 100) and one title for individuals and collectives. */
export async function createMovement(db: PrismaClient, options: MovementOptions): Promise<WorldMovement> {
  const movement = await db.movement.create({
    data: {
      code: options.code,
      name: options.name,
      description: options.description,
      organizingUnitId: options.unitId,
      coverageUnitId: options.unitId,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2030-12-31"),
      status: options.status,
      requiresRegistration: false,
      criteria: { create: [{ position: 1, name: "Hiệu quả công việc", guidance: "", weight: 100, maxScore: 10 }] },
      awardTitles: {
        create: [
          {
            position: 1,
            name: "Điển hình tiên tiến",
            eligibility: "BOTH",
            approvalThresholdPercent: options.approvalThresholdPercent ?? 60,
          },
        ],
      },
      council: { create: options.council.map((userId) => ({ userId })) },
    },
    include: { awardTitles: true, criteria: true },
  });
  return {
    id: movement.id,
    name: movement.name,
    titleId: movement.awardTitles[0]!.id,
    criterionId: movement.criteria[0]!.id,
  };
}

/** A movement organized by the matrix parent unit P; the matrix reviewer on its council unless `seated` is false. */
export async function matrixMovement(
  db: PrismaClient,
  fx: MatrixFixtures,
  options: Omit<MovementOptions, "unitId" | "council"> & { seated?: boolean },
) {
  const { seated = true, ...rest } = options;
  return createMovement(db, { ...rest, unitId: fx.units.parent.id, council: seated ? [fx.userIds.reviewer] : [] });
}

/** A dossier past submission with only the nominee's name and a citation: what lists, postings and ballots show. */
export async function bareNomination(
  db: PrismaClient,
  movement: WorldMovement,
  options: { unitId: string; createdById: string; nomineeName: string; status: NominationStatus },
) {
  return db.nomination.create({
    data: {
      movementId: movement.id,
      awardTitleId: movement.titleId,
      unitId: options.unitId,
      nominatingUnitId: options.unitId,
      createdById: options.createdById,
      nomineeKind: "INDIVIDUAL",
      nomineeName: options.nomineeName,
      nomineeNameSearch: toSearchText(options.nomineeName),
      status: options.status,
      citation: "Tham mưu giỏi, phục vụ tốt.",
      submittedAt: new Date(),
    },
  });
}

/** A bare dossier of unit A, filed by the matrix officer of A. */
export async function nominationOfA(
  db: PrismaClient,
  fx: MatrixFixtures,
  movement: WorldMovement,
  nomineeName: string,
  status: NominationStatus,
) {
  return bareNomination(db, movement, { unitId: fx.units.a.id, createdById: fx.userIds.officerA, nomineeName, status });
}

/** A complete dossier of unit A (every required field, the criterion answered) in `status`. */
export async function completeDossierOfA(
  db: PrismaClient,
  fx: MatrixFixtures,
  movement: Pick<WorldMovement, "id" | "titleId" | "criterionId">,
  status: NominationStatus,
) {
  const { units, userIds } = fx;
  return dossierOfA(
    db,
    {
      run: "",
      parentId: units.parent.id,
      unitAId: units.a.id,
      officerAId: userIds.officerA,
      movementId: movement.id,
      titleId: movement.titleId,
      criterionId: movement.criterionId,
    },
    status,
  );
}

/** The shortlist posted (công khai) `daysAgo` days ago for `workingDays` working days. */
export async function postShortlist(
  db: PrismaClient,
  options: { movementId: string; postedById: string; daysAgo: number; workingDays: number; audience: Visibility },
) {
  const { daysAgo, ...data } = options;
  return db.shortlistPosting.create({ data: { ...data, startsOn: dayFromToday(-daysAgo) } });
}

/** A closed vote of a council of one (`memberId`), who approved `nominationId`: the ballot, the register's line and the tally. */
export async function closedVote(
  db: PrismaClient,
  options: {
    movementId: string;
    nominationId: string;
    memberId: string;
    adminId: string;
    openedAt?: Date;
    closedAt: Date;
  },
) {
  const { nominationId, memberId, adminId, ...times } = options;
  const vote = await db.councilVote.create({
    data: { ...times, status: "CLOSED", membership: 1, openedById: adminId, closedById: adminId },
  });
  await db.ballot.create({ data: { voteId: vote.id, nominationId, choice: "APPROVE" } });
  await db.voterRegister.create({ data: { voteId: vote.id, nominationId, memberId } });
  await db.voteTally.create({
    data: { voteId: vote.id, nominationId, approvals: 1, rejections: 0, abstentions: 0, approved: true },
  });
  return vote;
}
