import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "../../../scripts/test/factories";
import {
  createNominationMovement,
  createNominationWorld,
  createSubmitted,
  individualDossier,
  type NominationMovement,
  type NominationWorld,
} from "../../../scripts/test/nomination-factories";
import { createPrismaClient } from "../../db";
import type { Actor } from "../../session";
import { rankingFilterOptions, rankingPage } from "./queries";
import { RankingStore, rankingVersion, type RankedNomination } from "./cache";
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
async function reviewed(
  name: string,
  scores: [number, number][],
  options: { status?: "SUBMITTED" | "IN_PROGRESS"; in?: NominationMovement; by?: Actor[]; unit?: "a" | "b" } = {},
) {
  const status = options.status ?? "SUBMITTED";
  const target = options.in ?? movement;
  const unit = options.unit ?? "a";
  const { id } = await createSubmitted(
    world,
    individualDossier(world, target, { nomineeName: name, unitId: world[unit].id }),
    unit === "a" ? world.officerA : world.officerB,
  );
  for (const [i, [first, second]] of scores.entries()) {
    await client.review.create({
      data: {
        nominationId: id,
        reviewerId: (options.by ?? reviewers)[i]!.id,
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
    expect(scores.find((s) => s.nominationId === a)).toMatchObject({
      score: 72,
      reviews: 2,
      spread: 8,
      needsDiscussion: false,
    });
    expect(scores.find((s) => s.nominationId === b)).toMatchObject({ score: 86, reviews: 3, spread: 4 });
  });

  it("ranks within a title with ties shown as ties, counts only submitted reviews and flags disagreement", async () => {
    const own = await createNominationMovement(client, world);
    const top = await reviewed("Lê Văn Nhất", [[10, 10]], { in: own }); // 100
    const tieA = await reviewed("Phạm Thị Hòa", [[9, 6]], { in: own }); // 54 + 24 = 78
    const tieB = await reviewed("Hoàng Văn Bằng", [[7, 9]], { in: own }); // 42 + 36 = 78
    // Single reviews of 100 and 20: mean 60, spread 80.
    const split = await reviewed(
      "Vũ Thị Lệch",
      [
        [10, 10],
        [2, 2],
      ],
      { in: own },
    );
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

describe("calibrated scores", () => {
  async function calibratedMovement() {
    const own = await createNominationMovement(client, world, { registered: [world.a.id, world.aTeam.id, world.b.id] });
    await client.movement.update({ where: { id: own.id }, data: { calibrateScores: true } });
    return own;
  }
  const [lenient, harsh, single] = [0, 1, 2];
  const by = (...indexes: number[]) => indexes.map((i) => reviewers[i]!);

  it("maps a harsh reviewer's scores onto the same scale as a lenient one's", async () => {
    const own = await calibratedMovement();
    // The lenient reviewer scores 80 and 60 (mean 70, sd 10), the harsh one 70 and 50 (mean 60, sd 10), each on other dossiers.
    // All reviews: 80, 60, 70, 50 → mean 65, sd √125 = 11.18. Each reviewer's best is z = +1 → 65 + 11.18 = 76.18; worst 53.82.
    const bestOfLenient = await reviewed("Lê Văn Rộng", [[8, 8]], { in: own, by: by(lenient) });
    const worstOfLenient = await reviewed("Lê Văn Thấp", [[6, 6]], { in: own, by: by(lenient) });
    const bestOfHarsh = await reviewed("Trần Văn Khắt", [[7, 7]], { in: own, by: by(harsh) });
    const worstOfHarsh = await reviewed("Trần Văn Khe", [[5, 5]], { in: own, by: by(harsh) });
    const scores = new Map((await scoreNominations({ movementId: own.id })).map((s) => [s.nominationId, s]));
    expect(scores.get(bestOfLenient)).toMatchObject({ score: 80, rank: 1, calibratedScore: 76.18, calibratedRank: 1 });
    expect(scores.get(bestOfHarsh)).toMatchObject({ score: 70, rank: 2, calibratedScore: 76.18, calibratedRank: 1 });
    expect(scores.get(worstOfLenient)).toMatchObject({ score: 60, rank: 3, calibratedScore: 53.82, calibratedRank: 3 });
    expect(scores.get(worstOfHarsh)).toMatchObject({ score: 50, rank: 4, calibratedScore: 53.82, calibratedRank: 3 });
    // One title at a time gives the same numbers (calibration still reads the whole movement).
    expect(await scoreNominations({ movementId: own.id, awardTitleId: own.titles.basic.id })).toEqual(
      [...scores.values()].sort((x, y) => x.rank - y.rank || x.nomineeName.localeCompare(y.nomineeName)),
    );
  });

  it("gives a harsh reviewer's review of a dossier the same calibrated score as the lenient one's", async () => {
    const own = await calibratedMovement();
    // Same three dossiers: lenient 80, 70, 60; harsh 10 lower (70, 60, 50). Both have sd √(200/3) = 8.165; all six reviews
    // have mean 65 and sd √(550/6) = 9.574. The first dossier's reviews both have z = 1.2247 → 65 + 11.73 = 76.73 (raw mean 75);
    // the second's z = 0 → 65; the third's 53.27. Equal calibrated reviews: the nomination's is that value.
    const first = await reviewed(
      "Phạm Văn Một",
      [
        [8, 8],
        [7, 7],
      ],
      { in: own, by: by(lenient, harsh) },
    );
    const second = await reviewed(
      "Phạm Văn Hai",
      [
        [7, 7],
        [6, 6],
      ],
      { in: own, by: by(lenient, harsh) },
    );
    const third = await reviewed(
      "Phạm Văn Ba",
      [
        [6, 6],
        [5, 5],
      ],
      { in: own, by: by(lenient, harsh) },
    );
    const scores = new Map((await scoreNominations({ movementId: own.id })).map((s) => [s.nominationId, s]));
    expect(scores.get(first)).toMatchObject({ score: 75, spread: 10, calibratedScore: 76.73, calibratedRank: 1 });
    expect(scores.get(second)).toMatchObject({ score: 65, calibratedScore: 65, calibratedRank: 2 });
    expect(scores.get(third)).toMatchObject({ score: 55, calibratedScore: 53.27, calibratedRank: 3 });
  });

  it("only shifts a reviewer with a single review, and keeps calibrated scores within 0–100", async () => {
    const own = await calibratedMovement();
    // Lenient: 100 and 98 (mean 99, sd 1). Another reviewer: 0 and 100 (mean 50, sd 50). The single reviewer: 90.
    // All reviews: 100, 98, 0, 100, 90 → mean 77.6; squared deviations 501.76 + 416.16 + 6,021.76 + 501.76 + 153.76
    // = 7,595.2, / 5 = 1,519.04, sd 38.975. The single review is shifted: 90 − 90 + 77.6 = 77.6.
    // The lenient 100 has z = +1 → 77.6 + 38.975 = 116.58, clamped to 100.
    const top = await reviewed("Vũ Văn Đỉnh", [[10, 10]], { in: own, by: by(lenient) });
    await reviewed("Vũ Văn Sát", [[9.8, 9.8]], { in: own, by: by(lenient) });
    await reviewed("Vũ Văn Không", [[0, 0]], { in: own, by: by(harsh) });
    await reviewed("Vũ Văn Trăm", [[10, 10]], { in: own, by: by(harsh) });
    const alone = await reviewed("Vũ Văn Lẻ", [[9, 9]], { in: own, by: by(single) });
    const scores = new Map((await scoreNominations({ movementId: own.id })).map((s) => [s.nominationId, s]));
    expect(scores.get(alone)).toMatchObject({ score: 90, calibratedScore: 77.6 });
    expect(scores.get(top)).toMatchObject({ score: 100, calibratedScore: 100 });
  });

  it("leaves calibrated scores out when the movement does not calibrate", async () => {
    const own = await createNominationMovement(client, world);
    await reviewed("Đỗ Thị Thường", [[8, 8]], { in: own, by: by(lenient) });
    expect((await scoreNominations({ movementId: own.id }))[0]).toMatchObject({
      score: 80,
      calibratedScore: null,
      calibratedRank: null,
    });
  });
});

describe("ranking page", () => {
  it("filters by unit subtree without changing ranks, one title at a time", async () => {
    const own = await createNominationMovement(client, world, { registered: [world.a.id, world.aTeam.id, world.b.id] });
    const first = await reviewed("Ngô Văn Nhất", [[10, 10]], { in: own, unit: "b" }); // 100
    const tieA = await reviewed("Ngô Thị Hai", [[9, 9]], { in: own }); // 90
    const tieB = await reviewed("Ngô Văn Hòa", [[9, 9]], { in: own, unit: "b" }); // 90
    const last = await reviewed("Ngô Văn Cuối", [[5, 5]], { in: own }); // 50
    const base = {
      movementId: own.id,
      awardTitleId: own.titles.basic.id,
      page: 1,
      calibrate: false,
      disagreementPoints: 20,
    };
    const all = await rankingPage(base);
    expect(all.rows.map((r) => [r.nominationId, r.rank, r.isTie])).toEqual([
      [first, 1, false],
      [tieA, 2, true],
      [tieB, 2, true],
      [last, 4, false],
    ]);
    const ofA = await rankingPage({ ...base, unitPath: world.a.path });
    expect(ofA.rows.map((r) => [r.nominationId, r.rank, r.isTie, r.unitName])).toEqual([
      [tieA, 2, true, world.a.name],
      [last, 4, false, world.a.name],
    ]);
    expect(ofA.total).toBe(2);
    // Another title has no scores yet; pages are clamped to the last one.
    expect((await rankingPage({ ...base, awardTitleId: own.titles.individual.id })).rows).toEqual([]);
    const clamped = await rankingPage({ ...base, page: 9, pageSize: 3 });
    expect([clamped.page, clamped.pageCount, clamped.rows.map((r) => r.nominationId)]).toEqual([2, 2, [last]]);
  });
});

describe("a review's weighted score (kept by database triggers)", () => {
  const weighted = async (reviewId: string) =>
    (await client.review.findUniqueOrThrow({ where: { id: reviewId }, select: { weightedScore: true } })).weightedScore;

  it("follows its scores as they are added, changed and removed, whoever writes them", async () => {
    const nominationId = await reviewed("Lê Thị Trọng Số", []);
    const review = await client.review.create({
      data: { nominationId, reviewerId: reviewers[0]!.id, status: "IN_PROGRESS" },
    });
    expect(await weighted(review.id)).toBeNull();

    const [first, second] = movement.criteria;
    await client.reviewScore.create({ data: { reviewId: review.id, criterionId: first!.id, score: 8 } });
    expect(await weighted(review.id)).toBeCloseTo(48, 10); // 60 × 8/10
    await client.reviewScore.create({ data: { reviewId: review.id, criterionId: second!.id, score: 5 } });
    expect(await weighted(review.id)).toBeCloseTo(68, 10); // + 40 × 5/10
    // Raw SQL too (imports, scripts): the triggers do not depend on the app.
    await client.$executeRaw`UPDATE "ReviewScore" SET score = 10 WHERE "reviewId" = ${review.id}::uuid`;
    expect(await weighted(review.id)).toBeCloseTo(100, 10);
    await client.reviewScore.deleteMany({ where: { reviewId: review.id, criterionId: second!.id } });
    expect(await weighted(review.id)).toBeCloseTo(60, 10);
    await client.reviewScore.deleteMany({ where: { reviewId: review.id } });
    expect(await weighted(review.id)).toBeNull();
  });

  it("is computed for every review a single statement touches", async () => {
    const one = await reviewed("Phan Văn Lô Một", [[4, 4]], { status: "IN_PROGRESS" });
    const two = await reviewed("Phan Văn Lô Hai", [[9, 1]], { status: "IN_PROGRESS" });
    const reviews = await client.review.findMany({
      where: { nominationId: { in: [one, two] } },
      select: { id: true, nominationId: true },
    });
    await client.$executeRaw`UPDATE "ReviewScore" SET score = score WHERE "reviewId" = ANY(${reviews.map((r) => r.id)}::uuid[])`;
    const byNomination = new Map(
      await Promise.all(reviews.map(async (r) => [r.nominationId, await weighted(r.id)] as const)),
    );
    expect(byNomination.get(one)).toBeCloseTo(40, 10); // 60 × 0.4 + 40 × 0.4
    expect(byNomination.get(two)).toBeCloseTo(58, 10); // 60 × 0.9 + 40 × 0.1
  });
});

describe("the kept ranking (lib/reviews/ranking/cache.ts)", () => {
  const version = (movementId: string) => rankingVersion(movementId);
  const order = async (movementId: string, awardTitleId: string) =>
    (await rankingPage({ movementId, awardTitleId, page: 1, calibrate: false, disagreementPoints: 20 })).rows.map(
      (r) => [r.nomineeName, r.score, r.rank],
    );

  it("is reused until the movement's version moves, and the triggers move it on every change to a submitted review", async () => {
    const own = await createNominationMovement(client, world, { registered: [world.a.id, world.b.id] });
    const high = await reviewed("Đào Văn Cao", [[9, 9]], { in: own });
    await reviewed("Đào Thị Thấp", [[5, 5]], { in: own, unit: "b" });
    const title = own.titles.basic.id;
    expect(await order(own.id, title)).toEqual([
      ["Đào Văn Cao", 90, 1],
      ["Đào Thị Thấp", 50, 2],
    ]);

    // A change the triggers cannot see (they are switched off for this transaction) is not
    // read: proof that the page comes from the kept ranking.
    const v = await version(own.id);
    await client.$transaction([
      client.$executeRaw`SET LOCAL session_replication_role = replica`,
      client.$executeRaw`UPDATE "Review" SET "weightedScore" = 10 WHERE "nominationId" = ${high}::uuid`,
    ]);
    expect(await version(own.id)).toBe(v);
    expect((await order(own.id, title))[0]).toEqual(["Đào Văn Cao", 90, 1]);

    // Any writer changing a submitted review's scores moves the version: the next page re-ranks.
    await client.$executeRaw`UPDATE "ReviewScore" SET score = 2 WHERE "reviewId" IN (SELECT id FROM "Review" WHERE "nominationId" = ${high}::uuid)`;
    expect(BigInt(await version(own.id))).toBeGreaterThan(BigInt(v));
    expect(await order(own.id, title)).toEqual([
      ["Đào Thị Thấp", 50, 1],
      ["Đào Văn Cao", 20, 2],
    ]);
  });

  it("moves once per transaction and movement, on submission, rename and a removed review, but not on a status change", async () => {
    const own = await createNominationMovement(client, world, { registered: [world.a.id, world.b.id] });
    const other = await createNominationMovement(client, world, { registered: [world.a.id] });
    const first = await reviewed("Vũ Văn Một", [[8, 8]], { in: own, status: "IN_PROGRESS" });
    const second = await reviewed("Vũ Thị Hai", [[7, 7]], { in: own, status: "IN_PROGRESS" });
    const elsewhere = await reviewed("Vũ Văn Ngoài", [[6, 6]], { in: other, status: "IN_PROGRESS" });
    const before = { own: BigInt(await version(own.id)), other: BigInt(await version(other.id)) };

    // Unsubmitted reviews do not count.
    await client.$executeRaw`UPDATE "ReviewScore" SET score = 9 WHERE "reviewId" IN (SELECT id FROM "Review" WHERE "nominationId" = ${first}::uuid)`;
    expect(BigInt(await version(own.id))).toBe(before.own);

    // Two submissions in one transaction: one bump of their movement, none of the other.
    await client.$transaction([
      client.review.updateMany({ where: { nominationId: first }, data: { status: "SUBMITTED" } }),
      client.review.updateMany({ where: { nominationId: second }, data: { status: "SUBMITTED" } }),
    ]);
    expect(BigInt(await version(own.id))).toBe(before.own + 1n);
    expect(BigInt(await version(other.id))).toBe(before.other);
    expect(await order(own.id, own.titles.basic.id)).toEqual([
      ["Vũ Văn Một", 90, 1],
      ["Vũ Thị Hai", 70, 2],
    ]);

    // Shortlisting changes a status only: the kept ranking stays, the page shows the new status.
    await client.nomination.update({ where: { id: second }, data: { status: "SHORTLISTED" } });
    expect(BigInt(await version(own.id))).toBe(before.own + 1n);
    const page = await rankingPage({
      movementId: own.id,
      awardTitleId: own.titles.basic.id,
      page: 1,
      calibrate: false,
      disagreementPoints: 20,
    });
    expect(page.rows.map((r) => [r.nominationId, r.status, r.unitShortlisted])).toEqual([
      [first, "SUBMITTED", 1],
      [second, "SHORTLISTED", 1],
    ]);

    // A rename re-ranks (names break ties and are shown); so does removing a submitted review.
    await client.nomination.update({ where: { id: first }, data: { nomineeName: "Vũ Văn Nhất" } });
    expect(BigInt(await version(own.id))).toBe(before.own + 2n);
    expect((await order(own.id, own.titles.basic.id))[0]).toEqual(["Vũ Văn Nhất", 90, 1]);
    await client.$executeRaw`DELETE FROM "Review" WHERE "nominationId" = ${second}::uuid`;
    expect(BigInt(await version(own.id))).toBe(before.own + 3n);
    expect(await order(own.id, own.titles.basic.id)).toEqual([["Vũ Văn Nhất", 90, 1]]);
    expect(elsewhere).toBeTruthy();
  });
});

describe("the results page's unit choice", () => {
  it("drills down: the covered unit's children, then the chosen unit's ancestors and children; never a unit outside", async () => {
    const movementRow = { id: movement.id, coveragePath: world.root.path };
    const names = (units: { name: string }[]) => units.map((unit) => unit.name);
    const top = await rankingFilterOptions(movementRow);
    expect(top.unit).toBeUndefined();
    expect(names(top.units)).toEqual(expect.arrayContaining([world.root.name, world.a.name, world.b.name]));
    expect(names(top.units)).not.toContain(world.aTeam.name);
    expect(top.titles.map((title) => title.id)).toContain(movement.titles.basic.id);

    const inA = await rankingFilterOptions(movementRow, world.a.id);
    expect(inA.unit?.id).toBe(world.a.id);
    expect(names(inA.units)).toEqual([world.root.name, world.a.name, world.aTeam.name]);

    const outside = await rankingFilterOptions(movementRow, world.outside.id);
    expect(outside.unit).toBeUndefined();
    expect(names(outside.units)).toEqual(names(top.units));
  });
});

describe("RankingStore", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ nominationId: String(i) }) as RankedNomination);

  it("answers only for the version it was given, and drops the least recently used beyond its bound", () => {
    const store = new RankingStore(10);
    store.set("a", { version: "1", rows: rows(4) });
    store.set("b", { version: "1", rows: rows(4) });
    expect(store.get("a", "2")).toBeUndefined(); // another version: dropped
    expect(store.get("a", "1")).toBeUndefined();
    store.set("a", { version: "2", rows: rows(4) });
    expect(store.get("b", "1")?.rows).toHaveLength(4); // b is now the most recent
    store.set("c", { version: "1", rows: rows(4) }); // 12 rows > 10: a goes
    expect(store.get("a", "2")).toBeUndefined();
    expect(store.get("b", "1")?.rows).toHaveLength(4);
    expect(store.rows).toBe(8);
    store.set("huge", { version: "1", rows: rows(11) }); // larger than the bound: not kept
    expect(store.get("huge", "1")).toBeUndefined();
  });
});
