// Test data for review and decision tests (lib/reviews, pages, e2e).
//
//   const world = await createReviewWorld(client, { nominations: 4, councilSize: 3 });
//   world.movement: status REVIEW (built like createNominationWorld's movement: two criteria 60/40
//     out of 10, titles basic / individual / collective, organized by and covering world.root)
//   world.nominationIds: `nominations` submitted individual dossiers of world.a (title basic)
//   world.council: `councilSize` reviewers on world.outside (no conflict with anyone), members
//     of the movement's council
//   reviewToday ("2026-12-02", a Wednesday): pass it as `today`.
//
// Shortcuts that write rows directly (for tests of a later step that must not depend on the
// commands of an earlier one): insertReview, shortlist, insertPosting.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ReviewStatus, Visibility } from "../../lib/generated/prisma/enums";
import type { Actor } from "../../lib/session";
import { createActor } from "./factories";
import {
  createNominationMovement,
  createNominationWorld,
  createSubmitted,
  individualDossier,
  type NominationMovement,
  type NominationWorld,
} from "./nomination-factories";

export const reviewToday = "2026-12-02";

export interface ReviewWorld extends NominationWorld {
  movement: NominationMovement;
  nominationIds: string[];
  council: Actor[];
}

export async function createReviewWorld(
  client: PrismaClient,
  options: { nominations?: number; councilSize?: number } = {},
): Promise<ReviewWorld> {
  const world = await createNominationWorld(client);
  const movement = await createNominationMovement(client, world);
  const nominationIds: string[] = [];
  for (let i = 0; i < (options.nominations ?? 4); i += 1)
    nominationIds.push((await createSubmitted(world, individualDossier(world, movement))).id);
  await client.movement.update({ where: { id: movement.id }, data: { status: "REVIEW" } });
  const council = await createReviewers(client, world.outside, options.councilSize ?? 3);
  await addCouncilMembers(client, movement.id, council);
  return { ...world, movement: { ...movement, status: "REVIEW" }, nominationIds, council };
}

/** `count` new reviewers holding the REVIEWER role on `unit`. */
export async function createReviewers(
  client: PrismaClient,
  unit: { id: string; name: string; path: string },
  count: number,
): Promise<Actor[]> {
  const reviewers: Actor[] = [];
  for (let i = 0; i < count; i += 1) reviewers.push(await createActor(client, { role: "REVIEWER", unit }));
  return reviewers;
}

export async function addCouncilMembers(
  client: PrismaClient,
  movementId: string,
  members: readonly { id: string }[],
): Promise<void> {
  await client.councilMember.createMany({
    data: members.map((member) => ({ movementId, userId: member.id })),
    skipDuplicates: true,
  });
}

/** A review of `nominationId` by `reviewerId` with one score per criterion (in position order). */
export async function insertReview(
  client: PrismaClient,
  options: {
    nominationId: string;
    reviewerId: string;
    criterionIds: readonly string[];
    scores: readonly number[];
    status?: ReviewStatus;
  },
) {
  const status = options.status ?? "SUBMITTED";
  return client.review.create({
    data: {
      nominationId: options.nominationId,
      reviewerId: options.reviewerId,
      status,
      submittedAt: status === "SUBMITTED" ? new Date() : null,
      scores: { create: options.scores.map((score, i) => ({ criterionId: options.criterionIds[i]!, score })) },
    },
  });
}

/** Marks nominations SHORTLISTED (and IN_REVIEW before that), as the ranking page would. */
export async function shortlist(client: PrismaClient, nominationIds: readonly string[]): Promise<void> {
  await client.nomination.updateMany({ where: { id: { in: [...nominationIds] } }, data: { status: "SHORTLISTED" } });
}

/** Posts the shortlist of `movementId` from `startsOn` (YYYY-MM-DD) and moves the movement to DECISION. */
export async function insertPosting(
  client: PrismaClient,
  options: { movementId: string; postedById: string; startsOn: string; workingDays?: number; audience?: Visibility },
) {
  await client.movement.update({ where: { id: options.movementId }, data: { status: "DECISION" } });
  return client.shortlistPosting.create({
    data: {
      movementId: options.movementId,
      postedById: options.postedById,
      startsOn: new Date(`${options.startsOn}T00:00:00.000Z`),
      workingDays: options.workingDays ?? 10,
      audience: options.audience ?? "STAFF",
    },
  });
}
