import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "../../../scripts/test/factories";
import {
  createNominationMovement,
  createSubmitted,
  individualDossier,
} from "../../../scripts/test/nomination-factories";
import { createReviewWorld, insertReview, reviewToday, type ReviewWorld } from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import type { MovementStatus, ReviewStatus } from "../../generated/prisma/enums";
import { toSearchText } from "../../text/search-text";
import { reviewerQueueParamsSchema } from "./queue-params";
import { nextReviewToScore, reviewerQueue, reviewForScoring } from "./queue";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const params = (raw: Record<string, string> = {}) => reviewerQueueParamsSchema.parse(raw);

let world: ReviewWorld;
/** Movements newest first: "newer" (under review), world.movement (under review), "older" (published). */
let newer: { id: string };
let older: { id: string };
/** council[0]'s reviews by nominee; council[1] ("them") scored lan and has hoa open. */
const mine: Record<string, string> = {};
const theirs: Record<string, string> = {};

async function renamed(nominationId: string, name: string) {
  await client.nomination.update({
    where: { id: nominationId },
    data: { nomineeName: name, nomineeNameSearch: toSearchText(name) },
  });
  return nominationId;
}

/** A movement of `world` with one submitted dossier per name, then moved to `status`, starting on `startsOn`. */
async function movementWith(names: string[], status: MovementStatus, startsOn: string) {
  const movement = await createNominationMovement(client, world);
  const ids: string[] = [];
  for (const name of names)
    ids.push((await createSubmitted(world, individualDossier(world, movement, { nomineeName: name }))).id);
  await client.movement.update({ where: { id: movement.id }, data: { status, startsOn: new Date(startsOn) } });
  return { id: movement.id, ids };
}

const review = (nominationId: string, reviewerId: string, status: ReviewStatus, scores: number[] = []) =>
  insertReview(client, {
    nominationId,
    reviewerId,
    status,
    criterionIds: scores.length ? world.movement.criteria.map((c) => c.id) : [],
    scores,
  }).then((r) => r.id);

beforeAll(async () => {
  world = await createReviewWorld(client, { nominations: 4, councilSize: 2 });
  await client.movement.update({ where: { id: world.movement.id }, data: { startsOn: new Date("2026-01-01") } });
  const [lan, cuong, binh, dung] = await Promise.all(
    ["Lê Thị Lan", "Bùi Văn Cường", "Đặng Văn Bình", "Trần Văn Dũng"].map((name, i) =>
      renamed(world.nominationIds[i]!, name),
    ),
  );
  const later = await movementWith(["Hoàng Văn Em", "Đỗ Thị Giang"], "REVIEW", "2026-06-01");
  const earlier = await movementWith(["Phạm Thị Hà"], "PUBLISHED", "2025-01-01");
  newer = { id: later.id };
  older = { id: earlier.id };
  const [me, them] = world.council.map((actor) => actor.id);
  mine.em = await review(later.ids[0]!, me!, "ASSIGNED");
  mine.giang = await review(later.ids[1]!, me!, "SUBMITTED");
  mine.lan = await review(lan!, me!, "IN_PROGRESS", [7, 8]);
  mine.cuong = await review(cuong!, me!, "SUBMITTED", [9, 9]);
  mine.binh = await review(binh!, me!, "ASSIGNED");
  mine.dung = await review(dung!, me!, "ASSIGNED");
  mine.ha = await review(earlier.ids[0]!, me!, "ASSIGNED");
  theirs.lan = await review(lan!, them!, "SUBMITTED", [3, 4]);
  theirs.em = await review(later.ids[0]!, them!, "ASSIGNED");
});

/** Queue order: left to score first; then movements newest first; then nominees by name without diacritics. */
const queueOrder = () => [mine.em, mine.binh, mine.lan, mine.dung, mine.ha, mine.giang, mine.cuong];

describe("the reviewer's queue", () => {
  it("lists the actor's own assignments, left to score first, newest movement first, then by name, with progress per movement", async () => {
    const queue = await reviewerQueue({ actor: world.council[0]! });
    expect(queue.items.map((i) => i.reviewId)).toEqual(queueOrder());
    expect(queue).toMatchObject({ total: 7, page: 1, pageCount: 1 });
    expect(queue.movements.map((m) => [m.movementId, m.status, m.submitted, m.total])).toEqual([
      [newer.id, "REVIEW", 1, 2],
      [world.movement.id, "REVIEW", 1, 4],
      [older.id, "PUBLISHED", 0, 1],
    ]);
    expect(queue.items.find((i) => i.reviewId === mine.lan)).toMatchObject({
      movementId: world.movement.id,
      nomineeName: "Lê Thị Lan",
      nomineeKind: "INDIVIDUAL",
      unitName: world.a.name,
      titleName: world.movement.awardTitles[0]!.name,
      status: "IN_PROGRESS",
    });
  });

  it("pages through the queue, a page reading across movements and statuses, and clamps pages out of range", async () => {
    const me = world.council[0]!;
    const pageOf = async (page: string) => await reviewerQueue({ actor: me, params: params({ page }), pageSize: 3 });
    const pages = await Promise.all(["1", "2", "3"].map(pageOf));
    expect(pages.map((p) => p.items.map((i) => i.reviewId))).toEqual([
      queueOrder().slice(0, 3),
      queueOrder().slice(3, 6),
      queueOrder().slice(6),
    ]);
    expect(pages.map((p) => [p.page, p.pageCount, p.total])).toEqual([
      [1, 3, 7],
      [2, 3, 7],
      [3, 3, 7],
    ]);
    expect(await pageOf("99")).toMatchObject({ page: 3, items: [{ reviewId: mine.cuong }] });
    expect((await pageOf("-4")).page).toBe(1);
    expect((await pageOf("abc")).items.map((i) => i.reviewId)).toEqual(queueOrder().slice(0, 3));
  });

  it("filters by movement and by status, keeping the progress of every movement", async () => {
    const me = world.council[0]!;
    const ids = async (raw: Record<string, string>) =>
      (await reviewerQueue({ actor: me, params: params(raw) })).items.map((i) => i.reviewId);
    expect(await ids({ movement: world.movement.id })).toEqual([mine.binh, mine.lan, mine.dung, mine.cuong]);
    expect(await ids({ status: "submitted" })).toEqual([mine.giang, mine.cuong]);
    expect(await ids({ status: "open", movement: world.movement.id })).toEqual([mine.binh, mine.lan, mine.dung]);
    const filtered = await reviewerQueue({ actor: me, params: params({ status: "open", movement: newer.id }) });
    expect(filtered).toMatchObject({ total: 1, pageCount: 1 });
    expect(filtered.movements).toHaveLength(3);
    // A movement that is not theirs (or no movement at all) shows nothing, without an error.
    expect(await reviewerQueue({ actor: me, params: params({ movement: randomUUID() }) })).toMatchObject({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
    // Malformed filters fall back to their defaults.
    expect(await ids({ movement: "not-a-uuid", status: "everything" })).toEqual(queueOrder());
  });

  it("searches by nominee name with or without diacritics, within the filters, page by page", async () => {
    const me = world.council[0]!;
    const search = (raw: Record<string, string>, pageSize?: number) =>
      reviewerQueue({ actor: me, params: params(raw), pageSize });
    const van = await search({ q: "van" });
    expect(van.items.map((i) => i.reviewId)).toEqual([mine.em, mine.binh, mine.dung, mine.cuong]);
    expect(van.total).toBe(4);
    expect((await search({ q: "  LÊ THỊ " })).items.map((i) => i.reviewId)).toEqual([mine.lan]);
    expect((await search({ q: "van", status: "submitted" })).items.map((i) => i.reviewId)).toEqual([mine.cuong]);
    expect((await search({ q: "van", movement: newer.id })).items.map((i) => i.reviewId)).toEqual([mine.em]);
    expect(await search({ q: "van", page: "2" }, 3)).toMatchObject({
      page: 2,
      pageCount: 2,
      total: 4,
      items: [{ reviewId: mine.cuong }],
    });
    expect(await search({ q: "van", page: "9" }, 3)).toMatchObject({
      page: 2,
      pageCount: 2,
      items: [{ reviewId: mine.cuong }],
    });
    // LIKE wildcards are taken literally.
    expect(await search({ q: "%" })).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
    // The progress stays that of the whole queue.
    expect(van.movements.map((m) => m.total)).toEqual([2, 4, 1]);
  });

  it("shows a reviewer only their own assignments and progress", async () => {
    const queue = await reviewerQueue({ actor: world.council[1]! });
    expect(queue.items.map((i) => i.reviewId)).toEqual([theirs.em, theirs.lan]);
    expect(queue.movements.map((m) => [m.movementId, m.submitted, m.total])).toEqual([
      [newer.id, 0, 1],
      [world.movement.id, 1, 1],
    ]);
    const searched = await reviewerQueue({ actor: world.council[1]!, params: params({ q: "lan" }) });
    expect(searched.items.map((i) => i.reviewId)).toEqual([theirs.lan]);
    const text = JSON.stringify([queue, searched]);
    for (const id of Object.values(mine)) expect(text).not.toContain(id);
  });

  it("is empty for someone with no assignments", async () => {
    const newcomer = await createActor(client, { role: "REVIEWER", unit: world.outside });
    expect(await reviewerQueue({ actor: newcomer })).toEqual({
      movements: [],
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
    expect(await reviewerQueue({ actor: newcomer, params: params({ q: "van" }) })).toMatchObject({
      items: [],
      total: 0,
    });
    expect(await nextReviewToScore({ actor: newcomer, afterReviewId: mine.lan! })).toBeNull();
  });

  it("finds the next unsubmitted assignment in queue order, skipping submitted ones and movements no longer under review, wrapping round", async () => {
    const me = world.council[0]!;
    const next = (afterReviewId: string) => nextReviewToScore({ actor: me, afterReviewId });
    // Open and under review, in queue order: em (newer movement), then binh, lan, dung; ha's movement is published.
    expect(await next(mine.em!)).toBe(mine.binh);
    expect(await next(mine.binh!)).toBe(mine.lan);
    expect(await next(mine.lan!)).toBe(mine.dung);
    expect(await next(mine.dung!)).toBe(mine.em);
    // After a submitted one: the next open one after its place by movement and name
    // (Đỗ Thị Giang: Hoàng Văn Em follows in her movement; Bùi Văn Cường: Đặng Văn Bình in his).
    expect(await next(mine.giang!)).toBe(mine.em);
    expect(await next(mine.cuong!)).toBe(mine.binh);
    // Someone else's review or an unknown id: from the start.
    expect(await next(theirs.lan!)).toBe(mine.em);
    expect(await next(randomUUID())).toBe(mine.em);
    // Their only open assignment is the one they are on: nothing left.
    expect(await nextReviewToScore({ actor: world.council[1]!, afterReviewId: theirs.em! })).toBeNull();
  });

  it("keeps each review's movement equal to its nomination's, whatever a writer sets", async () => {
    await client.review.update({ where: { id: mine.binh! }, data: { movementId: newer.id } });
    const stored = await client.review.findUniqueOrThrow({ where: { id: mine.binh! }, select: { movementId: true } });
    expect(stored.movementId).toBe(world.movement.id);
    const inserted = await client.review.create({
      data: { nominationId: world.nominationIds[1]!, reviewerId: world.admin.id, movementId: older.id },
      select: { id: true, movementId: true },
    });
    expect(inserted.movementId).toBe(world.movement.id);
    await client.review.delete({ where: { id: inserted.id } });
  });
});

describe("a review for scoring", () => {
  it("shows the reviewer their own scores and the dossier, never another reviewer's scores", async () => {
    const view = await reviewForScoring({ actor: world.council[0]!, reviewId: mine.lan!, today: reviewToday });
    const [first, second] = world.movement.criteria;
    expect(view).toMatchObject({ canEdit: true, canReopen: false, stage: "reviewing" });
    expect(view!.scores).toEqual({
      [first!.id]: { score: "7", comment: "" },
      [second!.id]: { score: "8", comment: "" },
    });
    expect(view!.nomination.movement.criteria.map((c) => [c.weight, c.maxScore])).toEqual([
      [60, 10],
      [40, 10],
    ]);
    // Reviewer 2 scored this nomination 3 and 4: nothing of it is in what reviewer 1 is given.
    const text = JSON.stringify(view);
    expect(text).not.toContain(theirs.lan);
    expect(text).not.toContain(world.council[1]!.id);
    expect(text).not.toMatch(/"score":"[34]"/);
  });

  it("is read-only once submitted, read-only for administrators (who may reopen), and hidden from everyone else", async () => {
    expect(
      await reviewForScoring({ actor: world.council[0]!, reviewId: mine.cuong!, today: reviewToday }),
    ).toMatchObject({ canEdit: false, canReopen: false });
    expect(await reviewForScoring({ actor: world.admin, reviewId: mine.cuong!, today: reviewToday })).toMatchObject({
      canEdit: false,
      canReopen: true,
      canDeclareConflict: false,
    });
    expect(await reviewForScoring({ actor: world.council[1]!, reviewId: mine.lan!, today: reviewToday })).toBeNull();
    expect(await reviewForScoring({ actor: world.officerA, reviewId: mine.lan!, today: reviewToday })).toBeNull();
    expect(await reviewForScoring({ actor: world.staffA, reviewId: mine.lan!, today: reviewToday })).toBeNull();
  });
});
