// Test data for the minutes and the decision (lib/reviews/voting/minutes.test.ts, decision.test.ts):
// a review world whose posting is over and whose council vote is closed, written row by row
// so these tests do not depend on the posting and vote commands.
//
//   const world = await createClosedVoteWorld(client, { approved: 2, rejected: 1 });
//   world.council: three members, renamed with diacritics (councilNames) and positions:
//     council[0] voted in the app, council[1] by a written ballot an administrator recorded,
//     council[2] did not vote (absent). Membership 3, quorum 50 %.
//   world.approvedIds / rejectedIds: APPROVED (tally 2–0–0) and REJECTED (1–1–0) nominations,
//     title basic at "50 % or more" (2 of 3 needed).
//   The vote opened on 2026-11-20 and closed on 2026-11-25 (Hà Nội); reviewToday is 2026-12-02.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { toSearchText } from "../../lib/text/search-text";
import { createReviewWorld, insertPosting, type ReviewWorld } from "./review-factories";

export const voteClosedAt = new Date("2026-11-25T03:00:00.000Z");
export const councilNames = ["Trần Văn Đức", "Lê Thị Ngọc Ánh", "Phạm Quốc Hưng"] as const;
export const councilPositions = [
  "Chủ tịch Công đoàn ngành",
  "Phó Chủ tịch thường trực",
  "Ủy viên Ban Thường vụ",
] as const;

export interface ClosedVoteWorld extends ReviewWorld {
  voteId: string;
  approvedIds: string[];
  rejectedIds: string[];
}

export async function createClosedVoteWorld(
  client: PrismaClient,
  options: { approved?: number; rejected?: number } = {},
): Promise<ClosedVoteWorld> {
  const approvedCount = options.approved ?? 2;
  const rejectedCount = options.rejected ?? 1;
  const world = await createReviewWorld(client, { nominations: approvedCount + rejectedCount, councilSize: 3 });
  const suffix = world.movement.code.slice(-4);
  for (const [i, member] of world.council.entries()) {
    const fullName = `${councilNames[i]} ${suffix}`;
    await client.user.update({
      where: { id: member.id },
      data: { fullName, fullNameSearch: toSearchText(fullName), position: councilPositions[i] },
    });
    member.name = fullName;
  }
  await client.awardTitle.update({
    where: { id: world.movement.titles.basic.id },
    data: { approvalThresholdPercent: 50 },
  });
  await insertPosting(client, { movementId: world.movement.id, postedById: world.admin.id, startsOn: "2026-11-02" });
  const approvedIds = world.nominationIds.slice(0, approvedCount);
  const rejectedIds = world.nominationIds.slice(approvedCount);
  await client.nomination.updateMany({ where: { id: { in: approvedIds } }, data: { status: "APPROVED" } });
  await client.nomination.updateMany({ where: { id: { in: rejectedIds } }, data: { status: "REJECTED" } });
  const vote = await client.councilVote.create({
    data: {
      movementId: world.movement.id,
      status: "CLOSED",
      membership: 3,
      quorumPercent: 50,
      openedById: world.admin.id,
      openedAt: new Date("2026-11-20T02:00:00.000Z"),
      closedById: world.admin.id,
      closedAt: voteClosedAt,
    },
  });
  const [inApp, written] = world.council;
  await client.voterRegister.createMany({
    data: world.nominationIds.flatMap((nominationId) => [
      { voteId: vote.id, nominationId, memberId: inApp!.id },
      { voteId: vote.id, nominationId, memberId: written!.id, writtenRecordedById: world.admin.id },
    ]),
  });
  await client.voteTally.createMany({
    data: [
      ...approvedIds.map((nominationId) => ({
        voteId: vote.id,
        nominationId,
        approvals: 2,
        rejections: 0,
        abstentions: 0,
        approved: true,
      })),
      ...rejectedIds.map((nominationId) => ({
        voteId: vote.id,
        nominationId,
        approvals: 1,
        rejections: 1,
        abstentions: 0,
        approved: false,
      })),
    ],
  });
  return { ...world, voteId: vote.id, approvedIds, rejectedIds };
}
