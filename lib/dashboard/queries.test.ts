import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countQueries } from "../../scripts/test/count-queries";
import {
  createDecidedMovement,
  createRosterWorld,
  insertHonoree,
  type RosterWorld,
} from "../../scripts/test/roster-factories";
import { createPrismaClient, db } from "../db";
import type { NomineeKind, NominationStatus } from "../generated/prisma/enums";
import { toSearchText } from "../text/search-text";
import { dashboardMovements, movementDashboard, type MovementDashboard } from "./queries";
import { forgetYearCounts, honoreesPerYear } from "./years";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

// World (scripts/test/roster-factories.ts): root ─┬─ a ── aTeam, b; outside (not covered).
// The movement covers root; a and aTeam are registered. Counts below are worked out by hand
// from what beforeAll inserts; years 2071 and 2073 are this file's own, so other tests'
// honorees in the shared worker database cannot change the administrator's yearly counts.
let w: RosterWorld;
let coveringATeam: { id: string };
let draft: { id: string };

async function nominate(
  unit: { id: string },
  title: { id: string },
  status: NominationStatus,
  kind: NomineeKind = "INDIVIDUAL",
) {
  const name = `Hồ sơ thống kê ${randomUUID().slice(0, 8)}`;
  await client.nomination.create({
    data: {
      movementId: w.movement.id,
      awardTitleId: title.id,
      unitId: unit.id,
      nominatingUnitId: unit.id,
      createdById: w.officerA.id,
      nomineeKind: kind,
      nomineeName: name,
      nomineeNameSearch: toSearchText(name),
      status,
    },
  });
}

async function otherMovement(coverage: { id: string }, status: "OPEN" | "DRAFT") {
  return client.movement.create({
    data: {
      code: `DB-${randomUUID().slice(0, 8)}`,
      name: `Phong trào thống kê ${randomUUID().slice(0, 6)}`,
      description: "Phong trào dùng cho kiểm thử thống kê.",
      organizingUnitId: coverage.id,
      coverageUnitId: coverage.id,
      startsOn: new Date("2027-01-01"),
      endsOn: new Date("2027-12-31"),
      status,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  w = await createRosterWorld(client);
  const { basic, individual, collective } = w.movement.titles;
  await nominate(w.root, basic, "NOT_SELECTED");
  await nominate(w.a, basic, "SUBMITTED");
  await nominate(w.a, basic, "SUBMITTED");
  await nominate(w.a, basic, "DRAFT");
  await nominate(w.a, individual, "IN_REVIEW");
  await nominate(w.aTeam, collective, "SHORTLISTED", "COLLECTIVE");
  await nominate(w.aTeam, collective, "WITHDRAWN", "COLLECTIVE");
  await nominate(w.b, basic, "RETURNED");
  await nominate(w.b, individual, "REJECTED");
  // Outside the coverage: never counted, not even for an administrator.
  await nominate(w.outside, basic, "SUBMITTED");
  await client.registration.create({
    data: { movementId: w.movement.id, unitId: w.outside.id, registeredById: w.admin.id, pledge: "Ngoài phạm vi." },
  });

  // Honoured (HONOURED dossiers with their honorees), published or not; one revoked.
  await insertHonoree(client, w, { unit: w.a, title: basic, awardedOn: "2071-03-01", listedFor: "PUBLIC" });
  await insertHonoree(client, w, { unit: w.aTeam, kind: "COLLECTIVE", title: collective, awardedOn: "2071-06-01" });
  await insertHonoree(client, w, { unit: w.b, title: individual, awardedOn: "2071-09-01", listedFor: "STAFF" });
  await insertHonoree(client, w, { unit: w.a, title: basic, awardedOn: "2071-10-01", revoked: true });
  // Another movement decided in 2073: one of a, one collective outside (the administrator's only).
  const later = await createDecidedMovement(client, w, { issuedOn: "2073-05-05" });
  await insertHonoree(client, w, { in: later, unit: w.a });
  await insertHonoree(client, w, {
    in: later,
    unit: w.outside,
    kind: "COLLECTIVE",
    title: later.movement.titles.collective,
  });
  // A revoked decision: its honorees no longer count.
  const revoked = await createDecidedMovement(client, w, { issuedOn: "2073-02-02" });
  await client.decision.update({
    where: { id: revoked.decision.id },
    data: { revokedAt: new Date(), revokedReason: "Quyết định bị thu hồi." },
  });
  await insertHonoree(client, w, { in: revoked, unit: w.a });

  coveringATeam = await otherMovement(w.aTeam, "OPEN");
  draft = await otherMovement(w.root, "DRAFT");
});

const emptyStatuses = {
  DRAFT: 0,
  SUBMITTED: 0,
  RETURNED: 0,
  IN_REVIEW: 0,
  SHORTLISTED: 0,
  NOT_SELECTED: 0,
  APPROVED: 0,
  REJECTED: 0,
  HONOURED: 0,
  WITHDRAWN: 0,
};
const byStatus = (d: MovementDashboard) => Object.fromEntries(d.byStatus.map((row) => [row.status, row.count]));
const unitRow = (d: MovementDashboard, unitId: string) => {
  const row = d.byUnit.find((r) => r.unitId === unitId);
  if (!row) throw new Error(`no row for ${unitId}`);
  return row;
};
const groups = (
  draftCount: number,
  submitted: number,
  inReview: number,
  approved: number,
  notSelected: number,
  withdrawn: number,
) => ({
  draft: draftCount,
  submitted,
  inReview,
  approved,
  notSelected,
  withdrawn,
});

describe("movementDashboard", () => {
  it("counts everything covered for an administrator, by status, title and unit one level below the coverage root", async () => {
    const d = (await movementDashboard(w.admin, w.movement.id))!;
    expect(d.movement).toMatchObject({ id: w.movement.id, coverageUnitName: w.root.name });
    expect(byStatus(d)).toEqual({
      ...emptyStatuses,
      DRAFT: 1,
      SUBMITTED: 2,
      RETURNED: 1,
      IN_REVIEW: 1,
      SHORTLISTED: 1,
      NOT_SELECTED: 1,
      REJECTED: 1,
      HONOURED: 4,
      WITHDRAWN: 1,
    });
    expect(d.byTitle.map(({ name, count, honoured }) => ({ name, count, honoured }))).toEqual([
      { name: "Lao động tiên tiến", count: 6, honoured: 1 },
      { name: "Chiến sĩ thi đua cơ sở", count: 3, honoured: 1 },
      { name: "Tập thể lao động xuất sắc", count: 2, honoured: 1 },
    ]);
    // The root's own row first, then its children (aTeam rolled up into a).
    expect(d.byUnit.map((row) => row.unitId).sort()).toEqual([w.root.id, w.a.id, w.b.id].sort());
    expect(d.byUnit[0]).toMatchObject({ unitId: w.root.id, isScopeUnit: true });
    expect(unitRow(d, w.root.id)).toMatchObject({
      nominated: 1,
      byGroup: groups(0, 0, 0, 0, 1, 0),
      unitsCovered: 1,
      unitsRegistered: 0,
      unitsNominating: 1,
      unitsHonoured: 0,
    });
    expect(unitRow(d, w.a.id)).toMatchObject({
      isScopeUnit: false,
      nominated: 7,
      byGroup: groups(1, 2, 2, 3, 0, 1),
      unitsCovered: 2,
      unitsRegistered: 2,
      unitsNominating: 2,
      unitsHonoured: 2,
    });
    expect(unitRow(d, w.b.id)).toMatchObject({
      nominated: 3,
      byGroup: groups(0, 1, 0, 1, 1, 0),
      unitsCovered: 1,
      unitsRegistered: 0,
      unitsNominating: 1,
      unitsHonoured: 1,
    });
    expect(d.participation).toEqual({ unitsCovered: 4, unitsRegistered: 2, unitsNominating: 4, unitsHonoured: 3 });
  });

  it("counts only an officer's units, rows being their unit itself and the units below it", async () => {
    const d = (await movementDashboard(w.officerA, w.movement.id))!;
    expect(byStatus(d)).toEqual({
      ...emptyStatuses,
      DRAFT: 1,
      SUBMITTED: 2,
      IN_REVIEW: 1,
      SHORTLISTED: 1,
      HONOURED: 3,
      WITHDRAWN: 1,
    });
    expect(d.byTitle.map(({ count, honoured }) => ({ count, honoured }))).toEqual([
      { count: 4, honoured: 1 },
      { count: 1, honoured: 0 },
      { count: 2, honoured: 1 },
    ]);
    expect(d.byUnit.map((row) => [row.unitId, row.isScopeUnit])).toEqual([
      [w.a.id, true],
      [w.aTeam.id, false],
    ]);
    expect(unitRow(d, w.a.id)).toMatchObject({
      nominated: 5,
      byGroup: groups(1, 2, 1, 2, 0, 0),
      unitsCovered: 1,
      unitsRegistered: 1,
      unitsNominating: 1,
      unitsHonoured: 1,
    });
    expect(unitRow(d, w.aTeam.id)).toMatchObject({
      nominated: 2,
      byGroup: groups(0, 0, 1, 1, 0, 1),
      unitsCovered: 1,
      unitsRegistered: 1,
      unitsNominating: 1,
      unitsHonoured: 1,
    });
    expect(d.participation).toEqual({ unitsCovered: 2, unitsRegistered: 2, unitsNominating: 2, unitsHonoured: 2 });
  });

  it("adds up several subtrees an officer acts for, each its own row", async () => {
    const role = (unit: { id: string; name: string; path: string }) => ({
      role: "OFFICER" as const,
      unitId: unit.id,
      unitName: unit.name,
      unitPath: unit.path,
    });
    const d = (await movementDashboard({ ...w.officerB, roles: [role(w.b), role(w.aTeam)] }, w.movement.id))!;
    expect(d.byUnit.map((row) => [row.unitId, row.isScopeUnit]).sort()).toEqual(
      [
        [w.aTeam.id, true],
        [w.b.id, true],
      ].sort(),
    );
    expect(byStatus(d)).toEqual({
      ...emptyStatuses,
      RETURNED: 1,
      SHORTLISTED: 1,
      REJECTED: 1,
      HONOURED: 2,
      WITHDRAWN: 1,
    });
    expect(d.participation).toEqual({ unitsCovered: 2, unitsRegistered: 1, unitsNominating: 2, unitsHonoured: 2 });
  });

  it("gives an officer of the coverage root what an administrator sees", async () => {
    const [asOfficer, asAdmin] = await Promise.all([
      movementDashboard(w.officerRoot, w.movement.id),
      movementDashboard(w.admin, w.movement.id),
    ]);
    expect(asOfficer).toEqual(asAdmin);
  });

  it("narrows an officer above a movement's coverage to that coverage", async () => {
    const d = (await movementDashboard(w.officerA, coveringATeam.id))!;
    expect(d.byUnit.map((row) => [row.unitId, row.isScopeUnit])).toEqual([[w.aTeam.id, true]]);
    expect(d.participation.unitsCovered).toBe(1);
  });

  it("is null for a movement covering none of the officer's units, a draft, an unknown or malformed id, and for staff", async () => {
    expect(await movementDashboard(w.officerOutside, w.movement.id)).toBeNull();
    expect(await movementDashboard(w.officerB, coveringATeam.id)).toBeNull();
    expect(await movementDashboard(w.admin, draft.id)).toBeNull();
    expect(await movementDashboard(w.admin, randomUUID())).toBeNull();
    expect(await movementDashboard(w.admin, "not-a-uuid")).toBeNull();
    expect(await movementDashboard(w.staffA, w.movement.id)).toBeNull();
  });

  it("reads a movement's counts in three queries, however many units it covers", async () => {
    const sent = countQueries();
    try {
      expect(await movementDashboard(w.admin, w.movement.id)).not.toBeNull();
      // The movement, its coverage unit, then every table in one.
      expect(sent.count).toBe(3);
    } finally {
      sent.restore();
    }
  });
});

describe("dashboardMovements", () => {
  it("lists the movements covering an officer's units, never drafts", async () => {
    const ids = async (actor: RosterWorld["admin"]) => (await dashboardMovements(actor)).map((m) => m.id);
    const ofA = await ids(w.officerA);
    expect(ofA).toEqual(expect.arrayContaining([w.movement.id, coveringATeam.id]));
    expect(ofA).not.toContain(draft.id);
    const ofB = await ids(w.officerB);
    expect(ofB).toContain(w.movement.id);
    expect(ofB).not.toContain(coveringATeam.id);
    expect(await ids(w.officerOutside)).not.toContain(w.movement.id);
    const ofAdmin = await ids(w.admin);
    expect(ofAdmin).toEqual(expect.arrayContaining([w.movement.id, coveringATeam.id]));
    expect(ofAdmin).not.toContain(draft.id);
    expect(await ids(w.staffA)).toEqual([]);
  });

  it("puts the newest movement first", async () => {
    const list = await dashboardMovements(w.officerA);
    expect(list.findIndex((m) => m.id === coveringATeam.id)).toBeLessThan(
      list.findIndex((m) => m.id === w.movement.id),
    );
  });
});

describe("honoreesPerYear", () => {
  it("counts an officer's units' recognitions in force per year, filling the years between", async () => {
    expect(await honoreesPerYear(w.officerA)).toEqual([
      { year: 2071, individual: 1, collective: 1 },
      { year: 2072, individual: 0, collective: 0 },
      { year: 2073, individual: 1, collective: 0 },
    ]);
  });

  it("counts every unit for an administrator, never revoked recognitions", async () => {
    const years = await honoreesPerYear(w.admin);
    expect(years.find((row) => row.year === 2071)).toEqual({ year: 2071, individual: 2, collective: 1 });
    expect(years.find((row) => row.year === 2073)).toEqual({ year: 2073, individual: 1, collective: 1 });
  });

  it("is empty for staff", async () => {
    expect(await honoreesPerYear(w.staffA)).toEqual([]);
  });

  it("keeps the counts between page views until an honoree, a decision or a unit changes", async () => {
    forgetYearCounts();
    const counted = vi.spyOn(db(), "$queryRaw");
    try {
      const before = await honoreesPerYear(w.officerA);
      expect(await honoreesPerYear(w.officerA)).toEqual(before);
      expect(counted).toHaveBeenCalledTimes(1);
      // Another scope is counted on its own.
      await honoreesPerYear(w.admin);
      expect(counted).toHaveBeenCalledTimes(2);

      const honoree = await insertHonoree(client, w, { unit: w.a, awardedOn: "2074-04-04" });
      expect(await honoreesPerYear(w.officerA)).toEqual([...before, { year: 2074, individual: 1, collective: 0 }]);
      await client.honoree.update({
        where: { id: honoree.id },
        data: { revokedAt: new Date(), revokedReason: "Thu hồi trong kiểm thử." },
      });
      expect(await honoreesPerYear(w.officerA)).toEqual(before);

      // A unit moved out of the officer's subtree takes its honorees along.
      const aTeam = await client.unit.findUniqueOrThrow({ where: { id: w.aTeam.id }, select: { path: true } });
      await client.unit.update({ where: { id: w.aTeam.id }, data: { path: `/${w.aTeam.id}/` } });
      try {
        expect(await honoreesPerYear(w.officerA)).toEqual([
          { year: 2071, individual: 1, collective: 0 },
          { year: 2072, individual: 0, collective: 0 },
          { year: 2073, individual: 1, collective: 0 },
        ]);
      } finally {
        await client.unit.update({ where: { id: w.aTeam.id }, data: { path: aTeam.path } });
      }
      expect(await honoreesPerYear(w.officerA)).toEqual(before);
    } finally {
      counted.mockRestore();
    }
  });
});
