import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReviewWorld, reviewToday, type ReviewWorld } from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { DomainError, FieldError } from "../../errors";
import { ReviewRefusedError } from "../errors";
import { declareConflict, reopenReview, saveReview, submitReview } from "./commands";
import { saveReviewSchema } from "./schemas";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: ReviewWorld;
beforeAll(async () => {
  world = await createReviewWorld(client, { nominations: 6, councilSize: 2 });
});

let next = 0;
/** A fresh assignment of the next nomination of the world to `reviewer` (council member 0 unless told). */
async function assignment(reviewer = 0) {
  const nominationId = world.nominationIds[next++]!;
  return client.review.create({ data: { nominationId, reviewerId: world.council[reviewer]!.id } });
}

const [c1, c2] = [() => world.movement.criteria[0]!.id, () => world.movement.criteria[1]!.id];

/** The form as posted, parsed with the schema the action uses. */
const input = (reviewId: string, version: number, scores: Record<string, [string, string?]>, overallComment = "") =>
  saveReviewSchema.parse({
    reviewId,
    version: String(version),
    scores: Object.fromEntries(
      Object.entries(scores).map(([id, [score, comment]]) => [id, { score, comment: comment ?? "" }]),
    ),
    overallComment,
  });

/** What a refused call says: the field error, the refusal reason or the domain error code. */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => {
      if (error instanceof FieldError) return `${error.field}:${error.fieldCode}`;
      if (error instanceof ReviewRefusedError)
        return `${error.reason}${error.values.count ? `:${error.values.count}` : ""}`;
      if (error instanceof DomainError) return error.code;
      throw error;
    },
  );

const stored = (id: string) =>
  client.review.findUniqueOrThrow({ where: { id }, include: { scores: { orderBy: { score: "asc" } } } });

describe("scoring a review", () => {
  it("saves scores and comments (partly, then fully), submits, and refuses a second submit", async () => {
    const review = await assignment();
    const reviewer = world.council[0]!;
    // Only the first criterion for now: saving does not need every score. A decimal comma is a point.
    expect(
      await saveReview({
        actor: reviewer,
        input: input(review.id, 1, { [c1()]: ["7,5", "Tham mưu tốt"] }),
        today: reviewToday,
      }),
    ).toEqual({ version: 2 });
    let row = await stored(review.id);
    expect(row).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    expect(row.scores.map((s) => [s.criterionId, Number(s.score), s.comment])).toEqual([[c1(), 7.5, "Tham mưu tốt"]]);
    // Submitting with a criterion unscored is refused with the count.
    expect(
      await outcome(submitReview({ actor: reviewer, input: { reviewId: review.id, version: 2 }, today: reviewToday })),
    ).toBe("scoresMissing:1");

    await saveReview({
      actor: reviewer,
      input: input(review.id, 2, { [c1()]: ["8"], [c2()]: ["10", "Rất hài lòng"] }, "Xứng đáng"),
      today: reviewToday,
    });
    row = await stored(review.id);
    // Replaced, not added to: the first comment was cleared by the second save.
    expect(row.scores.map((s) => [s.criterionId, Number(s.score), s.comment])).toEqual([
      [c1(), 8, null],
      [c2(), 10, "Rất hài lòng"],
    ]);
    expect(row.overallComment).toBe("Xứng đáng");

    expect(
      await submitReview({ actor: reviewer, input: { reviewId: review.id, version: 3 }, today: reviewToday }),
    ).toEqual({ version: 4 });
    row = await stored(review.id);
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).not.toBeNull();
    // 60 × 8/10 + 40 × 10/10 = 88.
    const events = await client.auditEvent.findMany({
      where: { objectId: review.nominationId, action: "review.submitted" },
    });
    expect(events).toMatchObject([
      { objectType: "Nomination", actorId: reviewer.id, after: { reviewId: review.id, total: 88 } },
    ]);

    expect(
      await outcome(submitReview({ actor: reviewer, input: { reviewId: review.id, version: 4 }, today: reviewToday })),
    ).toBe("reviewSubmitted");
    expect(
      await outcome(saveReview({ actor: reviewer, input: input(review.id, 4, { [c1()]: ["1"] }), today: reviewToday })),
    ).toBe("reviewSubmitted");
    expect(
      await client.auditEvent.count({ where: { objectId: review.nominationId, action: "review.submitted" } }),
    ).toBe(1);
  });

  it("refuses a score above the maximum or below 0 at its field, and changes nothing", async () => {
    const review = await assignment();
    const reviewer = world.council[0]!;
    await saveReview({ actor: reviewer, input: input(review.id, 1, { [c1()]: ["5"] }), today: reviewToday });
    for (const score of ["10.01", "11", "-1"]) {
      expect(
        await outcome(
          saveReview({
            actor: reviewer,
            input: input(review.id, 2, { [c1()]: ["6"], [c2()]: [score] }),
            today: reviewToday,
          }),
        ),
      ).toBe(`scores.${c2()}.score:scoreOutOfRange`);
    }
    // The boundaries themselves are fine, but not three decimals (a schema error at the field).
    expect(
      saveReviewSchema.safeParse({
        reviewId: review.id,
        version: "2",
        scores: { [c1()]: { score: "9.999", comment: "" } },
        overallComment: "",
      }).error?.issues,
    ).toMatchObject([{ path: ["scores", c1(), "score"], message: "decimalInvalid" }]);
    const row = await stored(review.id);
    expect(row).toMatchObject({ version: 2 });
    expect(row.scores.map((s) => Number(s.score))).toEqual([5]);
    // A criterion of another movement, and a comment without its score.
    expect(
      await outcome(
        saveReview({
          actor: reviewer,
          input: input(review.id, 2, { "00000000-0000-4000-8000-000000000000": ["1"] }),
          today: reviewToday,
        }),
      ),
    ).toBe("scores.00000000-0000-4000-8000-000000000000.score:invalid");
    expect(
      await outcome(
        saveReview({ actor: reviewer, input: input(review.id, 2, { [c1()]: ["", "Nhận xét"] }), today: reviewToday }),
      ),
    ).toBe(`scores.${c1()}.score:scoreNeededForComment`);
    expect(
      await saveReview({
        actor: reviewer,
        input: input(review.id, 2, { [c1()]: ["0"], [c2()]: ["10"] }),
        today: reviewToday,
      }),
    ).toEqual({ version: 3 });
  });

  it("refuses a save from a stale version as a conflict, keeping what was saved", async () => {
    const review = await assignment();
    const reviewer = world.council[0]!;
    await saveReview({ actor: reviewer, input: input(review.id, 1, { [c1()]: ["4"] }), today: reviewToday });
    expect(
      await outcome(saveReview({ actor: reviewer, input: input(review.id, 1, { [c1()]: ["9"] }), today: reviewToday })),
    ).toBe("conflict");
    expect((await stored(review.id)).scores.map((s) => Number(s.score))).toEqual([4]);
  });

  it("lets nobody but the assigned reviewer save, submit or declare: other reviewers are told it does not exist", async () => {
    const review = await assignment(0);
    const [owner, other] = world.council;
    expect(
      await outcome(saveReview({ actor: other!, input: input(review.id, 1, { [c1()]: ["3"] }), today: reviewToday })),
    ).toBe("not_found");
    expect(
      await outcome(submitReview({ actor: other!, input: { reviewId: review.id, version: 1 }, today: reviewToday })),
    ).toBe("not_found");
    expect(
      await outcome(
        declareConflict({ actor: other!, input: { reviewId: review.id, reason: "x" }, today: reviewToday }),
      ),
    ).toBe("not_found");
    expect(
      await outcome(
        saveReview({ actor: world.officerA, input: input(review.id, 1, { [c1()]: ["3"] }), today: reviewToday }),
      ),
    ).toBe("not_found");
    expect(
      await outcome(
        saveReview({ actor: world.admin, input: input(review.id, 1, { [c1()]: ["3"] }), today: reviewToday }),
      ),
    ).toBe("forbidden");
    expect(await outcome(reopenReview({ actor: owner!, reviewId: review.id, today: reviewToday }))).toBe("forbidden");
    expect(await stored(review.id)).toMatchObject({ status: "ASSIGNED", version: 1, scores: [] });
  });
});

describe("reopening and conflicts", () => {
  it("an administrator reopens a submitted review; the reviewer can change it again", async () => {
    const review = await assignment();
    const reviewer = world.council[0]!;
    expect(await outcome(reopenReview({ actor: world.admin, reviewId: review.id, today: reviewToday }))).toBe(
      "reviewNotSubmitted",
    );
    await saveReview({
      actor: reviewer,
      input: input(review.id, 1, { [c1()]: ["6"], [c2()]: ["5"] }),
      today: reviewToday,
    });
    await submitReview({ actor: reviewer, input: { reviewId: review.id, version: 2 }, today: reviewToday });
    await reopenReview({ actor: world.admin, reviewId: review.id, today: reviewToday });
    expect(await stored(review.id)).toMatchObject({ status: "IN_PROGRESS", submittedAt: null, version: 4 });
    expect(
      await client.auditEvent.findMany({ where: { objectId: review.nominationId, action: "review.reopened" } }),
    ).toMatchObject([
      { objectType: "Nomination", actorId: world.admin.id, after: { reviewId: review.id, reviewerId: reviewer.id } },
    ]);
    expect(
      await saveReview({
        actor: reviewer,
        input: input(review.id, 4, { [c1()]: ["7"], [c2()]: ["5"] }),
        today: reviewToday,
      }),
    ).toEqual({ version: 5 });
  });

  it("declaring a conflict deletes the assignment and its scores and records the recusal with its reason", async () => {
    const review = await assignment();
    const reviewer = world.council[0]!;
    await saveReview({ actor: reviewer, input: input(review.id, 1, { [c1()]: ["6"] }), today: reviewToday });
    await declareConflict({
      actor: reviewer,
      input: { reviewId: review.id, reason: "Người thân trong gia đình" },
      today: reviewToday,
    });
    expect(await client.review.count({ where: { id: review.id } })).toBe(0);
    expect(await client.reviewScore.count({ where: { reviewId: review.id } })).toBe(0);
    expect(await client.reviewRecusal.findMany({ where: { nominationId: review.nominationId } })).toMatchObject([
      { reviewerId: reviewer.id, reason: "Người thân trong gia đình" },
    ]);
    expect(
      await client.auditEvent.findMany({
        where: { objectId: review.nominationId, action: "review.conflict_declared" },
      }),
    ).toMatchObject([{ objectType: "Nomination", after: { reason: "Người thân trong gia đình" } }]);
  });

  it("refuses every step once the movement is no longer under review", async () => {
    const other = await createReviewWorld(client, { nominations: 1, councilSize: 1 });
    const reviewer = other.council[0]!;
    const review = await client.review.create({
      data: { nominationId: other.nominationIds[0]!, reviewerId: reviewer.id },
    });
    await client.movement.update({ where: { id: other.movement.id }, data: { status: "DECISION" } });
    const criterion = other.movement.criteria[0]!.id;
    expect(
      await outcome(
        saveReview({ actor: reviewer, input: input(review.id, 1, { [criterion]: ["5"] }), today: reviewToday }),
      ),
    ).toBe("wrongStage");
    expect(
      await outcome(submitReview({ actor: reviewer, input: { reviewId: review.id, version: 1 }, today: reviewToday })),
    ).toBe("wrongStage");
    expect(
      await outcome(
        declareConflict({ actor: reviewer, input: { reviewId: review.id, reason: "x" }, today: reviewToday }),
      ),
    ).toBe("wrongStage");
    expect(await stored(review.id)).toMatchObject({ status: "ASSIGNED", version: 1 });
  });
});
