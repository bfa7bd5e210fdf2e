import { describe, expect, it } from "vitest";
import { createLevelWorld, considerationOf, levelToday, submitDossier } from "../../scripts/test/level-factories";
import { createActor } from "../../scripts/test/factories";
import { db } from "../db";
import { returnNomination, submitNomination } from "../nominations/commands";
import { recordConsideration, forwardFromLevel } from "./forward";
import { endorseAtLevel, notForwardAtLevel, returnAtLevel } from "./verdicts";

/** What the database says of a dossier's place on its route. */
async function placeOf(id: string) {
  const n = await db().nomination.findUniqueOrThrow({
    where: { id },
    select: { status: true, levelUnitId: true, routeUnitIds: true, routeCycle: true, version: true },
  });
  const levels = await db().nominationLevel.findMany({
    where: { nominationId: id },
    orderBy: [{ cycle: "asc" }, { receivedAt: "asc" }],
    select: { unitId: true, cycle: true, state: true, comment: true, rank: true, version: true },
  });
  const steps = await db().nominationStep.findMany({
    where: { nominationId: id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { kind: true, unitId: true, toUnitId: true, comment: true, cycle: true },
  });
  return { ...n, levels, steps };
}

const refusalCodes = (error: unknown) =>
  (
    (error as { reasons?: { code: string }[]; problems?: { code: string }[] }).reasons ??
    (error as { problems?: { code: string }[] }).problems ??
    []
  ).map((r) => r.code);

describe("a dossier on a route through levels", () => {
  it("goes from its grassroots unit to its ministry union, which its officers are told of", async () => {
    const w = await createLevelWorld(db());
    const { id } = await submitDossier(w);
    const place = await placeOf(id);
    expect(place).toMatchObject({ status: "SUBMITTED", levelUnitId: w.m.id, routeUnitIds: [w.m.id], routeCycle: 1 });
    expect(place.levels).toEqual([expect.objectContaining({ unitId: w.m.id, cycle: 1, state: "PENDING" })]);
    expect(place.steps).toEqual([expect.objectContaining({ kind: "SUBMITTED", unitId: w.g1.id, toUnitId: w.m.id })]);
    const notices = await db().notification.findMany({
      where: { nominationId: id, kind: "DOSSIER_AT_LEVEL" },
      select: { userId: true },
    });
    expect(notices.map((n) => n.userId).sort()).toEqual([w.officers.m.id, w.officers.m2.id].sort());
  });

  it("climbs every unit with an officer when the organiser chose no units, and skips one without", async () => {
    const w = await createLevelWorld(db(), { selection: "EVERY_OFFICER_UNIT" });
    // A section of g1 nominates through g1 (has an officer) and m.
    const sectionOfficer = await createActor(db(), { role: "OFFICER", unit: w.g1s });
    const { id } = await submitDossier(w, { unit: w.g1s, officer: sectionOfficer });
    expect((await placeOf(id)).routeUnitIds).toEqual([w.g1.id, w.m.id]);
    // c's officers leave: g3's dossiers go straight to the organiser.
    await db().roleAssignment.deleteMany({ where: { unitId: w.c.id } });
    const fromCity = await submitDossier(w, { unit: w.g3, officer: w.officers.g3 });
    const place = await placeOf(fromCity.id);
    expect(place).toMatchObject({ routeUnitIds: [], levelUnitId: null });
    expect(place.steps.map((s) => s.kind)).toEqual(["SUBMITTED", "REACHED_ORGANISER"]);
  });

  it("is returned by the level with its reasons, revised, and climbs again from the first level", async () => {
    const w = await createLevelWorld(db());
    const { id, version } = await submitDossier(w);
    await returnAtLevel({
      actor: w.officers.m,
      input: {
        movementId: w.movement.id,
        nominationId: id,
        unitId: w.m.id,
        version,
        comment: "Thiếu minh chứng sáng kiến.",
      },
    });
    let place = await placeOf(id);
    expect(place).toMatchObject({ status: "RETURNED", levelUnitId: null });
    expect(place.levels[0]).toMatchObject({ state: "RETURNED", comment: "Thiếu minh chứng sáng kiến." });
    const notice = await db().notification.findFirstOrThrow({
      where: { nominationId: id, kind: "NOMINATION_RETURNED" },
      select: { userId: true, params: true },
    });
    expect(notice).toMatchObject({
      userId: w.officers.g1.id,
      params: { comment: "Thiếu minh chứng sáng kiến.", level: w.m.name },
    });
    // The grassroots officer resubmits the revised dossier: a second submission, at m again.
    await submitNomination({ actor: w.officers.g1, input: { id, version: version + 1 }, today: levelToday });
    place = await placeOf(id);
    expect(place).toMatchObject({ status: "SUBMITTED", levelUnitId: w.m.id, routeCycle: 2 });
    expect(place.levels.map((l) => [l.cycle, l.state])).toEqual([
      [1, "RETURNED"],
      [2, "PENDING"],
    ]);
    expect(place.steps.map((s) => s.kind)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED"]);
  });

  it("is endorsed with a comment and an order, or not forwarded, which its nominating unit is told", async () => {
    const w = await createLevelWorld(db());
    const first = await submitDossier(w);
    const second = await submitDossier(w);
    const level = (await placeOf(first.id)).levels[0]!;
    await endorseAtLevel({
      actor: w.officers.m,
      input: {
        movementId: w.movement.id,
        nominationId: first.id,
        unitId: w.m.id,
        levelVersion: level.version,
        comment: "Tiêu biểu nhất khối.",
        rank: 1,
      },
    });
    expect((await placeOf(first.id)).levels[0]).toMatchObject({
      state: "ENDORSED",
      comment: "Tiêu biểu nhất khối.",
      rank: 1,
    });
    await notForwardAtLevel({
      actor: w.officers.m2,
      input: {
        movementId: w.movement.id,
        nominationId: second.id,
        unitId: w.m.id,
        version: second.version,
        reason: "Chưa đạt tiêu chí đổi mới.",
      },
    });
    const stopped = await placeOf(second.id);
    expect(stopped).toMatchObject({ status: "NOT_SELECTED", levelUnitId: null });
    expect(stopped.levels[0]).toMatchObject({ state: "NOT_FORWARDED", comment: "Chưa đạt tiêu chí đổi mới." });
    expect(
      await db().notification.count({
        where: { nominationId: second.id, kind: "DOSSIER_NOT_FORWARDED", userId: w.officers.g1.id },
      }),
    ).toBe(1);
    // A verdict on a dossier that has left the level is refused, naming it.
    await expect(
      returnAtLevel({
        actor: w.officers.m,
        input: {
          movementId: w.movement.id,
          nominationId: second.id,
          unitId: w.m.id,
          version: second.version + 1,
          comment: "Trả lại lần nữa.",
        },
      }),
    ).rejects.toMatchObject({ reasons: [{ code: "notAtLevel" }] });
  });

  it("belongs to that level's own officers: a grassroots officer cannot act for the level above, another level's officer cannot see it", async () => {
    const w = await createLevelWorld(db());
    const { id, version } = await submitDossier(w);
    const input = {
      movementId: w.movement.id,
      nominationId: id,
      unitId: w.m.id,
      version,
      comment: "Không có quyền trả lại.",
    };
    await expect(returnAtLevel({ actor: w.officers.g1, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(returnAtLevel({ actor: w.officers.c, input: { ...input, unitId: w.c.id } })).rejects.toMatchObject({
      code: "not_found",
    });
    // Another movement's id with this dossier: as if it did not exist, even for the level's own officer.
    await expect(
      returnAtLevel({ actor: w.officers.m, input: { ...input, movementId: w.g2.id } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(returnAtLevel({ actor: w.admin, input })).rejects.toMatchObject({ code: "forbidden" });
    // Nor may the organiser return it before it reached the top.
    await expect(
      returnNomination({ actor: w.admin, input: { id, version, comment: "Tổ chức trả lại sớm." } }),
    ).rejects.toMatchObject({ problems: [{ code: "notAtOrganiser" }] });
    expect((await placeOf(id)).status).toBe("SUBMITTED");
  });
});

describe("forwarding a level's proposal", () => {
  it("needs the level's council consideration, then hands the dossiers to the organiser, whose administrators are told", async () => {
    const w = await createLevelWorld(db());
    const a = await submitDossier(w);
    const b = await submitDossier(w);
    const input = { movementId: w.movement.id, unitId: w.m.id, selected: [a.id, b.id] };
    await expect(forwardFromLevel({ actor: w.officers.m, input, today: levelToday })).rejects.toSatisfy((error) =>
      refusalCodes(error).includes("considerationMissing"),
    );
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    const result = await forwardFromLevel({ actor: w.officers.m, input, today: levelToday });
    expect(result.forwarded).toBe(2);
    for (const id of [a.id, b.id]) {
      const place = await placeOf(id);
      expect(place).toMatchObject({ status: "SUBMITTED", levelUnitId: null });
      expect(place.levels[0]!.state).toBe("FORWARDED");
      expect(place.steps.map((s) => s.kind)).toEqual(["SUBMITTED", "FORWARDED", "REACHED_ORGANISER"]);
    }
    const proposal = await db().levelProposal.findUniqueOrThrow({
      where: { id: result.proposalId },
      select: { dossierCount: true, considerationId: true },
    });
    expect(proposal.dossierCount).toBe(2);
    expect(proposal.considerationId).not.toBeNull();
    expect(
      await db().notification.count({ where: { nominationId: a.id, kind: "DOSSIER_AT_LEVEL", userId: w.admin.id } }),
    ).toBe(1);
    expect(
      await db().notification.count({
        where: { nominationId: a.id, kind: "DOSSIER_FORWARDED", userId: w.officers.g1.id },
      }),
    ).toBe(1);
    // Now the organiser may return it.
    await returnNomination({
      actor: w.admin,
      input: { id: a.id, version: a.version, comment: "Bổ sung số liệu năm 2026." },
    });
    expect((await placeOf(a.id)).status).toBe("RETURNED");
  });

  it("refuses more dossiers than the allotment, changing nothing, then forwards within it", async () => {
    const w = await createLevelWorld(db());
    const dossiers = [await submitDossier(w), await submitDossier(w), await submitDossier(w)];
    await db().levelAllotment.create({
      data: {
        movementId: w.movement.id,
        unitId: w.m.id,
        awardTitleId: w.movement.titles.basic.id,
        quota: 2,
        setById: w.admin.id,
      },
    });
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    const all = { movementId: w.movement.id, unitId: w.m.id, selected: dossiers.map((d) => d.id) };
    await expect(forwardFromLevel({ actor: w.officers.m, input: all, today: levelToday })).rejects.toMatchObject({
      reasons: [{ code: "allotmentExceeded", values: { quota: "2", used: "0", adding: "3" } }],
    });
    for (const d of dossiers) expect((await placeOf(d.id)).levelUnitId).toBe(w.m.id);
    expect(await db().levelProposal.count({ where: { movementId: w.movement.id } })).toBe(0);
    await forwardFromLevel({
      actor: w.officers.m,
      input: { ...all, selected: all.selected.slice(0, 2) },
      today: levelToday,
    });
    await expect(
      forwardFromLevel({ actor: w.officers.m, input: { ...all, selected: all.selected.slice(2) }, today: levelToday }),
    ).rejects.toMatchObject({
      reasons: [{ code: "allotmentExceeded", values: { used: "2", adding: "1" } }],
    });
  });

  it("refuses a forward past the level's deadline unless the organiser extended it", async () => {
    const w = await createLevelWorld(db());
    const { id } = await submitDossier(w);
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    const input = { movementId: w.movement.id, unitId: w.m.id, selected: [id] };
    // The phase ends on 30 November; m forwards 5 working days earlier, by 23 November.
    await expect(forwardFromLevel({ actor: w.officers.m, input, today: "2026-11-24" })).rejects.toMatchObject({
      reasons: [{ code: "levelDeadlinePassed", values: { deadline: "2026-11-23" } }],
    });
    await db().routeUnit.update({
      where: { movementId_unitId: { movementId: w.movement.id, unitId: w.m.id } },
      data: { forwardBy: new Date("2026-11-27") },
    });
    expect((await forwardFromLevel({ actor: w.officers.m, input, today: "2026-11-24" })).forwarded).toBe(1);
  });

  it("lets exactly one of a forward and a return of the same dossier at once win, and tells the other", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await createLevelWorld(db());
      const { id, version } = await submitDossier(w);
      await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
      const outcomes = await Promise.allSettled([
        forwardFromLevel({
          actor: w.officers.m,
          input: { movementId: w.movement.id, unitId: w.m.id, selected: [id] },
          today: levelToday,
        }),
        returnAtLevel({
          actor: w.officers.m2,
          input: { movementId: w.movement.id, nominationId: id, unitId: w.m.id, version, comment: "Trả lại cùng lúc." },
        }),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const loser = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect(refusalCodes(loser.reason), String(loser.reason)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^notAtLevel/)]),
      );
      const place = await placeOf(id);
      // Nothing half-done: either forwarded to the organiser, or back with the grassroots unit.
      if (outcomes[0].status === "fulfilled")
        expect(place).toMatchObject({
          status: "SUBMITTED",
          levelUnitId: null,
          levels: [expect.objectContaining({ state: "FORWARDED" })],
        });
      else
        expect(place).toMatchObject({
          status: "RETURNED",
          levelUnitId: null,
          levels: [expect.objectContaining({ state: "RETURNED" })],
        });
      expect(await db().levelProposal.count({ where: { movementId: w.movement.id } })).toBe(
        outcomes[0].status === "fulfilled" ? 1 : 0,
      );
    }
  });

  it("takes each dossier to the next level of its own route: g1 → m, then m → organiser", async () => {
    const w = await createLevelWorld(db(), { selection: "EVERY_OFFICER_UNIT" });
    const sectionOfficer = await createActor(db(), { role: "OFFICER", unit: w.g1s });
    const { id } = await submitDossier(w, { unit: w.g1s, officer: sectionOfficer });
    await recordConsideration({ actor: w.officers.g1, input: considerationOf(w, w.g1.id) });
    await forwardFromLevel({
      actor: w.officers.g1,
      input: { movementId: w.movement.id, unitId: w.g1.id, selected: [id] },
      today: levelToday,
    });
    let place = await placeOf(id);
    expect(place.levelUnitId).toBe(w.m.id);
    expect(place.levels.map((l) => [l.unitId, l.state])).toEqual([
      [w.g1.id, "FORWARDED"],
      [w.m.id, "PENDING"],
    ]);
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    await forwardFromLevel({
      actor: w.officers.m,
      input: { movementId: w.movement.id, unitId: w.m.id, selected: [id] },
      today: levelToday,
    });
    place = await placeOf(id);
    expect(place.levelUnitId).toBeNull();
    expect(place.steps.map((s) => [s.kind, s.unitId, s.toUnitId])).toEqual([
      ["SUBMITTED", w.g1s.id, w.g1.id],
      ["FORWARDED", w.g1.id, w.m.id],
      ["FORWARDED", w.m.id, null],
      ["REACHED_ORGANISER", w.m.id, null],
    ]);
  });
});
