// Integration test of the demo seed against a real, migrated PostgreSQL database
// (TEST_DATABASE_URL). It seeds twice: the second run must change nothing. The worker's database
// may be shared with other test files, so assertions look at seeded rows only and the seed is removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { NominationStatus, Role } from "../../lib/generated/prisma/enums";
import { sentUpCounts } from "../../lib/levels/allotments";
import { demoAccounts, seedDemoData } from "./index";
import { personSpecs } from "./people";
import { unitSpecs } from "./units";

const MOVEMENT_CODES = ["TMG-PVT-2019-2024", "DMST-CDS-2025-2030"];
const UNIT_CODES = unitSpecs.map((unit) => unit.code);
const EMAILS = personSpecs.map((person) => person.email);

const SEED_TIMEOUT_MS = 180_000;

function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set: point it at a migrated, empty PostgreSQL database to run the seed test.",
    );
  }
  return url;
}

/** Deletes what the seed wrote, children first (most relations restrict deletes). */
async function removeSeedData(client: PrismaClient): Promise<void> {
  const movementId = {
    in: (await client.movement.findMany({ where: { code: { in: MOVEMENT_CODES } } })).map((m) => m.id),
  };
  await client.honoree.deleteMany({ where: { movementId } });
  await client.decision.deleteMany({ where: { movementId } });
  // Submitted versions keep their nomination (restrict): they go first.
  await client.nominationVersion.deleteMany({ where: { nomination: { movementId } } });
  await client.nomination.deleteMany({ where: { movementId } });
  await client.registration.deleteMany({ where: { movementId } });
  await client.movement.deleteMany({ where: { id: movementId } });
  await client.user.deleteMany({ where: { email: { in: EMAILS } } });
  const units = await client.unit.findMany({ where: { code: { in: UNIT_CODES } }, select: { id: true, depth: true } });
  for (const depth of [...new Set(units.map((unit) => unit.depth))].sort((a, b) => b - a)) {
    await client.unit.deleteMany({
      where: { id: { in: units.filter((unit) => unit.depth === depth).map((unit) => unit.id) } },
    });
  }
}

async function countRows(client: PrismaClient) {
  const [units, users, nominations, honorees] = await Promise.all([
    client.unit.count(),
    client.user.count(),
    client.nomination.count(),
    client.honoree.count(),
  ]);
  return { units, users, nominations, honorees };
}

describe("demo seed", () => {
  let client: PrismaClient;
  let firstRun: { created: boolean };
  let countsAfterFirstRun: Awaited<ReturnType<typeof countRows>>;

  beforeAll(async () => {
    client = createPrismaClient({ connectionString: testDatabaseUrl(), statementTimeoutMs: 120_000 });
    firstRun = await seedDemoData(client);
    countsAfterFirstRun = await countRows(client);
  }, SEED_TIMEOUT_MS);

  afterAll(async () => {
    if (!client) return;
    await removeSeedData(client);
    await client.$disconnect();
  }, SEED_TIMEOUT_MS);

  it("writes data on the first run", () => {
    expect(firstRun.created).toBe(true);
    expect(countsAfterFirstRun.nominations).toBeGreaterThan(0);
  });

  it(
    "changes nothing when run a second time",
    async () => {
      const secondRun = await seedDemoData(client);
      expect(secondRun.created).toBe(false);
      expect(await countRows(client)).toEqual(countsAfterFirstRun);
    },
    SEED_TIMEOUT_MS,
  );

  it("builds a unit tree of at least 30 units and three levels below the root", async () => {
    const units = await client.unit.findMany({
      where: { code: { in: UNIT_CODES } },
      select: { id: true, parentId: true, path: true, depth: true },
    });
    expect(units.length).toBeGreaterThanOrEqual(30);
    expect(Math.max(...units.map((unit) => unit.depth))).toBeGreaterThanOrEqual(2);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    for (const unit of units) {
      const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
      expect(unit.path).toBe(parent ? `${parent.path}${unit.id}/` : `/${unit.id}/`);
      expect(unit.depth).toBe(parent ? parent.depth + 1 : 0);
    }
  });

  it("gives every role to at least one user, and the demo accounts exist", async () => {
    const roles = await client.roleAssignment.findMany({
      where: { user: { email: { in: EMAILS } } },
      distinct: ["role"],
      select: { role: true },
    });
    expect(roles.map((row) => row.role).sort()).toEqual(Object.values(Role).sort());
    const emails = demoAccounts.map((account) => account.email);
    expect(await client.user.count({ where: { email: { in: emails } } })).toBe(emails.length);
  });

  it("publishes the finished movement with published honorees", async () => {
    const movement = await client.movement.findUniqueOrThrow({ where: { code: "TMG-PVT-2019-2024" } });
    expect(movement.status).toBe("PUBLISHED");
    const published = await client.honoree.count({ where: { movementId: movement.id, publishedAt: { not: null } } });
    expect(published).toBeGreaterThan(0);
  });

  it("shows every nomination status in the open movement", async () => {
    const movement = await client.movement.findUniqueOrThrow({ where: { code: "DMST-CDS-2025-2030" } });
    expect(movement.status).toBe("OPEN");
    const statuses = await client.nomination.findMany({
      where: { movementId: movement.id },
      distinct: ["status"],
      select: { status: true },
    });
    expect(statuses.map((row) => row.status).sort()).toEqual(Object.values(NominationStatus).sort());
  });

  it("routes the open movement through the ministry and city unions, with a dossier at every stop of the route", async () => {
    const movement = await client.movement.findUniqueOrThrow({
      where: { code: "DMST-CDS-2025-2030" },
      include: { routeUnits: { include: { unit: true } } },
    });
    expect(movement).toMatchObject({ route: "LEVELS", routeSelection: "CHOSEN_UNITS" });
    expect(movement.routeUnits.map((row) => row.unit.code).sort()).toEqual([
      "CDBKHCN",
      "CDBNG",
      "CDBNV",
      "CDBTP",
      "CDVCHN",
      "CDVPCP",
    ]);
    const levels = await client.nominationLevel.findMany({
      where: { movementId: movement.id },
      select: { state: true, unitId: true, nomination: { select: { status: true, levelUnitId: true } } },
    });
    expect(new Set(levels.map((level) => level.state))).toEqual(
      new Set(["PENDING", "ENDORSED", "RETURNED", "NOT_FORWARDED", "FORWARDED"]),
    );
    for (const level of levels) {
      // Exactly the dossiers awaiting or endorsed at a level are held there; the others have left it.
      const held = level.state === "PENDING" || level.state === "ENDORSED";
      expect(level.nomination.levelUnitId, level.state).toBe(held ? level.unitId : null);
      if (held) expect(level.nomination.status).toBe("SUBMITTED");
    }
    // Only dossiers that reached the organiser went to the council's reviewers.
    expect(
      await client.review.count({ where: { nomination: { movementId: movement.id, levelUnitId: { not: null } } } }),
    ).toBe(0);
    const reached = await client.nomination.count({
      where: { movementId: movement.id, status: { not: "DRAFT" }, steps: { some: { kind: "REACHED_ORGANISER" } } },
    });
    const reviewed = await client.nomination.count({ where: { movementId: movement.id, reviews: { some: {} } } });
    expect(reached).toBeGreaterThanOrEqual(reviewed);
    // Every forward went up as a proposal backed by the level's recorded consideration.
    const forwards = await client.nominationStep.findMany({
      where: { nomination: { movementId: movement.id }, kind: "FORWARDED" },
      include: { proposal: { include: { consideration: true } } },
    });
    expect(forwards.length).toBeGreaterThan(0);
    for (const step of forwards) expect(step.proposal?.consideration?.unitId).toBe(step.unitId);
  });

  it("keeps every unit of the open movement within its allotments", async () => {
    const movement = await client.movement.findUniqueOrThrow({ where: { code: "DMST-CDS-2025-2030" } });
    const allotments = await client.levelAllotment.findMany({ where: { movementId: movement.id } });
    expect(allotments.length).toBeGreaterThan(0);
    const used = await sentUpCounts(client, movement.id, [...new Set(allotments.map((row) => row.unitId))]);
    for (const allotment of allotments) {
      expect(used.get(allotment.unitId)?.get(allotment.awardTitleId) ?? 0).toBeLessThanOrEqual(allotment.quota);
    }
  });

  it("gives each movement criteria whose weights add up to 100", async () => {
    const sums = await client.criterion.groupBy({
      by: ["movementId"],
      where: { movement: { code: { in: MOVEMENT_CODES } } },
      _sum: { weight: true },
    });
    expect(sums).toHaveLength(MOVEMENT_CODES.length);
    for (const sum of sums) expect(sum._sum.weight).toBe(100);
  });

  it("keeps every submitted dossier as version 1 and gives live dossiers their identity key", async () => {
    const movement = await client.movement.findUniqueOrThrow({ where: { code: "DMST-CDS-2025-2030" } });
    const nominations = await client.nomination.findMany({
      where: { movementId: movement.id },
      select: {
        status: true,
        identityKey: true,
        submittedAt: true,
        version: true,
        versions: { select: { number: true, snapshot: true } },
        levels: { select: { state: true } },
      },
    });
    for (const nomination of nominations) {
      expect(nomination.identityKey === null, nomination.status).toBe(nomination.status === "WITHDRAWN");
      expect(nomination.versions.map((v) => v.number)).toEqual(nomination.submittedAt ? [1] : []);
      const stoppedByLevel = nomination.levels.some((level) => level.state === "NOT_FORWARDED");
      expect(nomination.version).toBe(
        nomination.submittedAt ? (["RETURNED", "WITHDRAWN"].includes(nomination.status) || stoppedByLevel ? 3 : 2) : 1,
      );
    }
    const returned = await client.nomination.findFirstOrThrow({
      where: { movementId: movement.id, status: "RETURNED" },
      include: { notifications: true },
    });
    expect(returned.notifications).toMatchObject([
      { kind: "NOMINATION_RETURNED", readAt: null, userId: returned.createdById },
    ]);
  });

  it("sets headcounts and the eligibility rules of the open movement's titles", async () => {
    const units = await client.unit.findMany({ where: { code: { in: UNIT_CODES } }, select: { headcount: true } });
    expect(units.every((unit) => unit.headcount !== null && unit.headcount > 0)).toBe(true);
    const titles = await client.awardTitle.findMany({
      where: { movement: { code: "DMST-CDS-2025-2030" } },
      orderBy: { position: "asc" },
    });
    expect(titles[0]).toMatchObject({
      quotaPerUnitPercent: 15,
      requiredPriorTitle: "Lao động tiên tiến",
      minServiceMonths: 10,
      maxAbsenceDays: 40,
      excludesDisciplined: true,
    });
    // Every submitted individual for that title declared the prior title it requires.
    const missing = await client.nomination.count({
      where: {
        awardTitleId: titles[0]!.id,
        status: { not: "DRAFT" },
        priorRecognitions: { none: { title: "Lao động tiên tiến" } },
      },
    });
    expect(missing).toBe(0);
  });

  it("seats the five reviewers on both councils and records who assigned the reviews and the decisions", async () => {
    const reviewers = await client.user.findMany({
      where: { email: { in: EMAILS }, roles: { some: { role: "REVIEWER" } } },
      select: { id: true },
    });
    const admin = await client.user.findUniqueOrThrow({ where: { email: "admin@vinhdanh.demo" } });
    expect(reviewers).toHaveLength(5);
    for (const code of MOVEMENT_CODES) {
      const members = await client.councilMember.findMany({ where: { movement: { code } }, select: { userId: true } });
      expect(members.map((m) => m.userId).sort()).toEqual(reviewers.map((r) => r.id).sort());
      expect(
        await client.review.count({ where: { nomination: { movement: { code } }, assignedById: { not: admin.id } } }),
      ).toBe(0);
      expect(await client.decision.count({ where: { movement: { code }, recordedById: { not: admin.id } } })).toBe(0);
    }
  });

  it("closes the finished movement's secret ballot with tallies that agree with the statuses", async () => {
    const movement = await client.movement.findUniqueOrThrow({
      where: { code: "TMG-PVT-2019-2024" },
      include: { posting: true, vote: true, phases: true },
    });
    const postingPhase = movement.phases.find((phase) => phase.kind === "PUBLIC_POSTING");
    expect(movement.posting).toMatchObject({
      audience: "PUBLIC",
      workingDays: movement.postingWorkingDays,
      startsOn: postingPhase?.startsOn,
    });
    expect(movement.vote).toMatchObject({ status: "CLOSED", membership: 5, ballotKey: null });
    const voteId = movement.vote!.id;
    // Nobody can be linked to a ballot once the vote is closed.
    expect(await client.ballot.count({ where: { voteId, voterKey: { not: null } } })).toBe(0);
    const voted = await client.nomination.findMany({
      where: { movementId: movement.id, status: { in: ["APPROVED", "REJECTED", "HONOURED"] } },
      select: { id: true, status: true, awardTitle: { select: { approvalThresholdPercent: true } }, tally: true },
    });
    expect(voted.length).toBeGreaterThan(0);
    expect(await client.voteTally.count({ where: { voteId } })).toBe(voted.length);
    // Every member is in the register once per candidate, and the ballots add up to the tallies.
    expect(await client.voterRegister.count({ where: { voteId } })).toBe(voted.length * 5);
    const ballots = await client.ballot.groupBy({
      by: ["nominationId", "choice"],
      where: { voteId },
      _count: { _all: true },
    });
    const countOf = (id: string, choice: string) =>
      ballots.find((b) => b.nominationId === id && b.choice === choice)?._count._all ?? 0;
    for (const nomination of voted) {
      const tally = nomination.tally!;
      expect(tally.approvals + tally.rejections + tally.abstentions).toBe(5);
      expect([
        countOf(nomination.id, "APPROVE"),
        countOf(nomination.id, "REJECT"),
        countOf(nomination.id, "ABSTAIN"),
      ]).toEqual([tally.approvals, tally.rejections, tally.abstentions]);
      const reaches = tally.approvals * 100 >= nomination.awardTitle.approvalThresholdPercent * 5;
      expect(tally.approved, nomination.status).toBe(reaches);
      expect(tally.approved, nomination.status).toBe(nomination.status !== "REJECTED");
    }
  });

  it("round-trips Vietnamese names exactly", async () => {
    const admin = await client.user.findUniqueOrThrow({ where: { email: "admin@vinhdanh.demo" } });
    expect(admin.fullName).toBe("Nguyễn Thị Thu Hà");
    expect(admin.fullNameSearch).toBe("nguyen thi thu ha");
    const honoree = await client.honoree.findFirstOrThrow({ where: { name: "Trương Thị Hồng Vân" } });
    expect(honoree.nameSearch).toBe("truong thi hong van");
  });
});
