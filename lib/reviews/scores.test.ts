import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "../../scripts/test/factories";
import { createNominationMovement, createNominationWorld, createSubmitted, individualDossier, type NominationMovement, type NominationWorld } from "../../scripts/test/nomination-factories";
import { createPrismaClient } from "../db";
import type { Actor } from "../session";
import { scoreNominations } from "./scores";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: NominationWorld;
let movement: NominationMovement;
let reviewers: Actor[];
beforeAll(async () => {
  world = await createNominationWorld(client);
  movement = await createNominationMovement(client, world);
  reviewers = await Promise.all([1, 2, 3].map(() => createActor(client, { role: "REVIEWER", unit: world.outside })));
});

/** A nomination with one review per entry of `scores`: [criterion 1, criterion 2] out of 10 each (weights 60/40). */
async function reviewed(name: string, scores: [number, number][], options: { status?: "SUBMITTED" | "IN_PROGRESS"; in?: NominationMovement } = {}) {
  const status = options.status ?? "SUBMITTED";
  const target = options.in ?? movement;
  const { id } = await createSubmitted(world, individualDossier(world, target, { nomineeName: name }));
  for (const [i, [first, second]] of scores.entries()) {
    await client.review.create({
      data: {
        nominationId: id,
        reviewerId: reviewers[i]!.id,
        status,
        scores: {
          create: [
            { criterionId: target.criteria[0]!.id, score: first },
            { criterionId: target.criteria[1]!.id, score: second },
          ],
        },
      },
    });
  }
  return id;
}

describe("nomination scores", () => {
  it("weights the mean of the reviewers' scores per criterion, on hand-computed examples", async () => {
    // Criterion 1 (weight 60): mean of 8 and 6 = 7 → 60 × 0.7 = 42; criterion 2 (weight 40): mean of 5 and 10 = 7.5 → 30. Score 72.
    // Single reviews: 60×0.8 + 40×0.5 = 68 and 60×0.6 + 40×1.0 = 76: spread 8.
    const a = await reviewed("Nguyễn Văn Điểm", [
      [8, 5],
      [6, 10],
    ]);
    // Three reviewers: means 9 and 8 → 54 + 32 = 86; single reviews 88, 84, 86 → spread 4.
    const b = await reviewed("Trần Thị Cao", [
      [10, 7],
      [8, 9],
      [9, 8],
    ]);
    const scores = await scoreNominations({ movementId: movement.id });
    expect(scores.find((s) => s.nominationId === a)).toMatchObject({ score: 72, reviews: 2, spread: 8, needsDiscussion: false });
    expect(scores.find((s) => s.nominationId === b)).toMatchObject({ score: 86, reviews: 3, spread: 4 });
  });

  it("ranks within a title with ties shown as ties, counts only submitted reviews and flags disagreement", async () => {
    const own = await createNominationMovement(client, world);
    const top = await reviewed("Lê Văn Nhất", [[10, 10]], { in: own }); // 100
    const tieA = await reviewed("Phạm Thị Hòa", [[9, 6]], { in: own }); // 54 + 24 = 78
    const tieB = await reviewed("Hoàng Văn Bằng", [[7, 9]], { in: own }); // 42 + 36 = 78
    // Single reviews of 100 and 20: mean 60, spread 80.
    const split = await reviewed("Vũ Thị Lệch", [[10, 10], [2, 2]], { in: own });
    // A review still in progress does not count: this nomination has no score yet.
    await reviewed("Đỗ Văn Nháp", [[10, 10]], { in: own, status: "IN_PROGRESS" });
    const scores = await scoreNominations({ movementId: own.id });
    // Equal scores share a rank and the next rank is skipped; ties are listed by name.
    expect(scores.map((s) => [s.nominationId, s.score, s.rank])).toEqual([
      [top, 100, 1],
      [tieB, 78, 2],
      [tieA, 78, 2],
      [split, 60, 4],
    ]);
    expect(scores.find((s) => s.nominationId === split)).toMatchObject({ spread: 80, needsDiscussion: true });
  });
});
