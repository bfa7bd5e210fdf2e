import { describe, expect, it } from "vitest";
import { considerationOf, createLevelWorld, levelToday, submitDossier } from "../../scripts/test/level-factories";
import { holidaySet } from "../calendar/holidays";
import { workingDaysBefore } from "../calendar/working-days";
import { db } from "../db";
import { submitNomination } from "../nominations/commands";
import { dossierRoute } from "./dossier-route";
import { forwardFromLevel, recordConsideration } from "./forward";
import { levelInbox, inboxParamsSchema } from "./inbox";
import { sentUpCounts } from "./allotments";
import { routeOverview } from "./overview";
import { routeSettingsView, setLevelDeadline, updateRouteSettings } from "./settings";
import { endorseAtLevel, returnAtLevel } from "./verdicts";

const settings = (
  w: Awaited<ReturnType<typeof createLevelWorld>>,
  version: number,
  changes: Record<string, unknown> = {},
) => ({
  movementId: w.movement.id,
  version,
  route: "LEVELS" as const,
  routeSelection: "CHOSEN_UNITS" as const,
  levelLeadWorkingDays: 5,
  levels: { [w.m.id]: true, [w.c.id]: true },
  ...changes,
});

describe("route settings", () => {
  it("are the organiser's, version-checked, and freeze with the first submitted dossier", async () => {
    const w = await createLevelWorld(db());
    const { version } = await db().movement.findUniqueOrThrow({
      where: { id: w.movement.id },
      select: { version: true },
    });
    await expect(updateRouteSettings({ actor: w.officers.m, input: settings(w, version) })).rejects.toMatchObject({
      code: "forbidden",
    });
    const saved = await updateRouteSettings({
      actor: w.admin,
      input: settings(w, version, { levels: { [w.m.id]: true }, levelLeadWorkingDays: 3 }),
    });
    expect(
      (await routeSettingsView({ actor: w.admin, movementId: w.movement.id }))?.candidates
        .filter((c) => c.isChosen)
        .map((c) => c.id),
    ).toEqual([w.m.id]);
    // A stale form is a conflict.
    await expect(updateRouteSettings({ actor: w.admin, input: settings(w, version) })).rejects.toMatchObject({
      code: "conflict",
    });
    await submitDossier(w);
    await expect(
      updateRouteSettings({ actor: w.admin, input: settings(w, saved.version, { route: "DIRECT" }) }),
    ).rejects.toMatchObject({ reasons: [{ code: "routeFrozen" }] });
    expect((await routeSettingsView({ actor: w.admin, movementId: w.movement.id }))?.isFrozen).toBe(true);
    // Saving the same settings again is not a change.
    await updateRouteSettings({
      actor: w.admin,
      input: settings(w, saved.version, { levels: { [w.m.id]: true }, levelLeadWorkingDays: 3 }),
    });
  });

  it("count each level's deadline back in working days from the phase end, and take a level's own deadline", async () => {
    const w = await createLevelWorld(db());
    const holidays = await holidaySet();
    const mDeadline = workingDaysBefore("2026-11-30", 5, holidays);
    let view = await routeSettingsView({ actor: w.admin, movementId: w.movement.id });
    expect(view?.topDeadline).toBe("2026-11-30");
    expect(view?.levels.find((l) => l.id === w.m.id)).toMatchObject({ deadline: mDeadline, ownDeadline: null });
    await setLevelDeadline({
      actor: w.admin,
      input: { movementId: w.movement.id, unitId: w.m.id, forwardBy: "2026-11-27" },
    });
    view = await routeSettingsView({ actor: w.admin, movementId: w.movement.id });
    expect(view?.levels.find((l) => l.id === w.m.id)).toMatchObject({
      deadline: "2026-11-27",
      ownDeadline: "2026-11-27",
    });
    await expect(
      setLevelDeadline({
        actor: w.admin,
        input: { movementId: w.movement.id, unitId: w.m.id, forwardBy: "2026-12-01" },
      }),
    ).rejects.toMatchObject({ reasons: [{ code: "deadlineAfterTop" }] });
    await setLevelDeadline({ actor: w.admin, input: { movementId: w.movement.id, unitId: w.m.id, forwardBy: null } });
    expect(
      (await routeSettingsView({ actor: w.admin, movementId: w.movement.id }))?.levels.find((l) => l.id === w.m.id)
        ?.ownDeadline,
    ).toBeNull();
  });

  it("refuse a first submission after the nominating unit's own deadline, but not the resubmission of a returned dossier", async () => {
    const w = await createLevelWorld(db());
    const holidays = await holidaySet();
    const g1Deadline = workingDaysBefore(workingDaysBefore("2026-11-30", 5, holidays), 5, holidays);
    const { id, version } = await submitDossier(w);
    await returnAtLevel({
      actor: w.officers.m,
      input: { movementId: w.movement.id, nominationId: id, unitId: w.m.id, version, comment: "Sửa lại trích ngang." },
    });
    const after = new Date(`${g1Deadline}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    const late = after.toISOString().slice(0, 10);
    await expect(submitDossier(w, { today: late })).rejects.toMatchObject({
      problems: [{ code: "sendUpClosed", values: { deadline: g1Deadline } }],
    });
    await submitNomination({ actor: w.officers.g1, input: { id, version: version + 1 }, today: late });
    expect((await db().nomination.findUniqueOrThrow({ where: { id } })).levelUnitId).toBe(w.m.id);
  });
});

describe("what a level, the organiser and a dossier page read", () => {
  it("a level's inbox lists what awaits it, counted per title against the allotment, filtered and sorted by its order", async () => {
    const w = await createLevelWorld(db());
    const basic = w.movement.titles.basic.id;
    await db().levelAllotment.create({
      data: { movementId: w.movement.id, unitId: w.m.id, awardTitleId: basic, quota: 5, setById: w.admin.id },
    });
    const a = await submitDossier(w);
    const b = await submitDossier(w, { unit: w.g2, officer: w.officers.g2 });
    const c = await submitDossier(w);
    const levelRow = await db().nominationLevel.findFirstOrThrow({ where: { nominationId: b.id } });
    await endorseAtLevel({
      actor: w.officers.m,
      input: {
        movementId: w.movement.id,
        nominationId: b.id,
        unitId: w.m.id,
        levelVersion: levelRow.version,
        comment: "Xếp thứ nhất.",
        rank: 1,
      },
    });
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    await forwardFromLevel({
      actor: w.officers.m,
      input: { movementId: w.movement.id, unitId: w.m.id, selected: [c.id] },
      today: levelToday,
    });
    const params = inboxParamsSchema.parse({});
    const inbox = await levelInbox({
      actor: w.officers.m,
      movementId: w.movement.id,
      unitId: w.m.id,
      params,
      today: levelToday,
    });
    expect(inbox).toMatchObject({ canAct: true, isOverdue: false, total: 2 });
    // Endorsed with rank 1 first, then the unranked.
    expect(inbox!.rows.map((r) => r.nominationId)).toEqual([b.id, a.id]);
    expect(inbox!.titles.find((t) => t.id === basic)).toMatchObject({ quota: 5, sentUp: 1, pending: 1, endorsed: 1 });
    expect(inbox!.fromUnits.map((u) => u.id).sort()).toEqual([w.g1.id, w.g2.id].sort());
    expect(inbox!.consideration).toMatchObject({ totalMembers: 9, votesFor: 7 });
    const fromG2 = await levelInbox({
      actor: w.officers.m,
      movementId: w.movement.id,
      unitId: w.m.id,
      params: inboxParamsSchema.parse({ from: w.g2.id }),
      today: levelToday,
    });
    expect(fromG2!.rows.map((r) => r.nominationId)).toEqual([b.id]);
    const forwarded = await levelInbox({
      actor: w.officers.m,
      movementId: w.movement.id,
      unitId: w.m.id,
      params: inboxParamsSchema.parse({ state: "FORWARDED" }),
      today: levelToday,
    });
    expect(forwarded!.rows.map((r) => r.nominationId)).toEqual([c.id]);
    // The organiser reads it; another level's officer and a grassroots officer do not.
    expect(
      (await levelInbox({ actor: w.admin, movementId: w.movement.id, unitId: w.m.id, params, today: levelToday }))
        ?.canAct,
    ).toBe(false);
    expect(
      await levelInbox({ actor: w.officers.c, movementId: w.movement.id, unitId: w.m.id, params, today: levelToday }),
    ).toBeNull();
    expect(
      await levelInbox({ actor: w.officers.g1, movementId: w.movement.id, unitId: w.m.id, params, today: levelToday }),
    ).toBeNull();
    // A unit that is no level of the route has no inbox, even for its own officer.
    expect(
      await levelInbox({ actor: w.officers.g1, movementId: w.movement.id, unitId: w.g1.id, params, today: levelToday }),
    ).toBeNull();
    // Past its deadline with dossiers waiting, the level is overdue.
    expect(
      (
        await levelInbox({
          actor: w.officers.m,
          movementId: w.movement.id,
          unitId: w.m.id,
          params,
          today: "2026-11-29",
        })
      )?.isOverdue,
    ).toBe(true);
  });

  it("the organiser's overview counts each level's dossiers, its allotment use and whether it is overdue", async () => {
    const w = await createLevelWorld(db());
    await db().levelAllotment.create({
      data: {
        movementId: w.movement.id,
        unitId: w.m.id,
        awardTitleId: w.movement.titles.basic.id,
        quota: 4,
        setById: w.admin.id,
      },
    });
    const [a, b, c] = [await submitDossier(w), await submitDossier(w), await submitDossier(w)];
    await submitDossier(w, { unit: w.g3, officer: w.officers.g3 });
    await returnAtLevel({
      actor: w.officers.m,
      input: {
        movementId: w.movement.id,
        nominationId: c.id,
        unitId: w.m.id,
        version: c.version,
        comment: "Thiếu minh chứng.",
      },
    });
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    await forwardFromLevel({
      actor: w.officers.m,
      input: { movementId: w.movement.id, unitId: w.m.id, selected: [a.id] },
      today: levelToday,
    });
    void b;
    // The level's own officer nominates one too: as the nominating unit, it counts against the same allotment.
    const own = await submitDossier(w, { unit: w.g2, officer: w.officers.m });
    expect((await db().nomination.findUniqueOrThrow({ where: { id: own.id } })).nominatingUnitId).toBe(w.m.id);
    const overview = await routeOverview({ actor: w.admin, movementId: w.movement.id, today: "2026-11-29" });
    const m = overview!.rows.find((r) => r.unitId === w.m.id)!;
    expect(m).toMatchObject({
      received: 3,
      pending: 1,
      forwarded: 1,
      returned: 1,
      allotted: 4,
      allottedUsed: 2,
      isOverdue: true,
      officers: 2,
    });
    expect((await sentUpCounts(db(), w.movement.id, [w.m.id])).get(w.m.id)?.get(w.movement.titles.basic.id)).toBe(
      m.allottedUsed,
    );
    const c2 = overview!.rows.find((r) => r.unitId === w.c.id)!;
    expect(c2).toMatchObject({ received: 1, pending: 1, forwarded: 0, officers: 1 });
    expect(await routeOverview({ actor: w.officers.m, movementId: w.movement.id, today: levelToday })).toBeNull();
  });

  it("a dossier's route says where it is, since when and until when, with its whole history and the levels' votes", async () => {
    const w = await createLevelWorld(db());
    const { id } = await submitDossier(w);
    let route = await dossierRoute(id);
    expect(route?.holder).toMatchObject({ kind: "level", unitName: w.m.name, state: "PENDING" });
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    await forwardFromLevel({
      actor: w.officers.m,
      input: { movementId: w.movement.id, unitId: w.m.id, selected: [id] },
      today: levelToday,
    });
    route = await dossierRoute(id);
    expect(route?.holder.kind).toBe("organiser");
    expect(route?.levels).toEqual([expect.objectContaining({ unitId: w.m.id, state: "FORWARDED" })]);
    expect(route?.history.map((s) => [s.kind, s.unitName, s.toUnitName])).toEqual([
      ["SUBMITTED", w.g1.name, w.m.name],
      ["FORWARDED", w.m.name, null],
      ["REACHED_ORGANISER", w.m.name, null],
    ]);
    expect(route?.endorsements).toEqual([
      expect.objectContaining({
        unitName: w.m.name,
        vote: { totalMembers: 9, membersPresent: 8, votesFor: 7, votesAgainst: 1 },
      }),
    ]);
  });
});
