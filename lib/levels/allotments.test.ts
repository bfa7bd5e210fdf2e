import { describe, expect, it } from "vitest";
import { considerationOf, createLevelWorld, levelToday, submitDossier } from "../../scripts/test/level-factories";
import { db } from "../db";
import { returnNomination, submitNomination, withdrawNomination } from "../nominations/commands";
import { allotmentsView, setAllotments } from "./allotment-commands";
import { sentUpCounts } from "./allotments";
import { forwardFromLevel, recordConsideration } from "./forward";
import { routeOverview } from "./overview";
import { returnAtLevel } from "./verdicts";

type World = Awaited<ReturnType<typeof createLevelWorld>>;

/** A form of `allotter` (null: the organiser) setting `cells` ({unitId: {titleId: quota}}), as read with `was`. */
const form = (
  w: World,
  allotterUnitId: string | null,
  cells: Record<string, Record<string, number | null>>,
  was: Record<string, Record<string, number | null>> = {},
) => ({
  movementId: w.movement.id,
  allotterUnitId: allotterUnitId ?? undefined,
  quota: cells,
  was,
});

describe("allotments", () => {
  it("the organiser allots to the levels next to the top, and a level sub-allots within its own", async () => {
    const w = await createLevelWorld(db());
    const basic = w.movement.titles.basic.id;
    const organiserView = await allotmentsView({ actor: w.admin, movementId: w.movement.id, allotterUnitId: null });
    expect(organiserView?.targets.map((t) => t.id).sort()).toEqual([w.m.id, w.c.id].sort());
    await setAllotments({ actor: w.admin, input: form(w, null, { [w.m.id]: { [basic]: 5 } }) });

    const levelView = await allotmentsView({ actor: w.officers.m, movementId: w.movement.id, allotterUnitId: w.m.id });
    expect(levelView?.targets.map((t) => t.id).sort()).toEqual([w.g1.id, w.g2.id].sort());
    expect(levelView?.own.get(basic)).toBe(5);
    // 3 + 3 handed out would exceed m's own 5: refused, nothing saved.
    await expect(
      setAllotments({
        actor: w.officers.m,
        input: form(w, w.m.id, { [w.g1.id]: { [basic]: 3 }, [w.g2.id]: { [basic]: 3 } }),
      }),
    ).rejects.toMatchObject({
      reasons: [{ code: "handedOutOverOwn", values: { total: "6", own: "5" } }],
    });
    expect(
      await db().levelAllotment.count({ where: { movementId: w.movement.id, unitId: { in: [w.g1.id, w.g2.id] } } }),
    ).toBe(0);
    await setAllotments({
      actor: w.officers.m,
      input: form(w, w.m.id, { [w.g1.id]: { [basic]: 3 }, [w.g2.id]: { [basic]: 2 } }),
    });
    // The organiser may not shrink m below what m handed out.
    await expect(
      setAllotments({
        actor: w.admin,
        input: form(w, null, { [w.m.id]: { [basic]: 4 } }, { [w.m.id]: { [basic]: 5 } }),
      }),
    ).rejects.toMatchObject({
      reasons: [{ code: "allotmentBelowHandedOut", values: { handedOut: "5" } }],
    });
  });

  it("refuses shrinking an allotment below what was already forwarded, and frees a place when a dossier comes back", async () => {
    const w = await createLevelWorld(db());
    const basic = w.movement.titles.basic.id;
    await setAllotments({ actor: w.admin, input: form(w, null, { [w.m.id]: { [basic]: 3 } }) });
    const a = await submitDossier(w);
    const b = await submitDossier(w);
    await recordConsideration({ actor: w.officers.m, input: considerationOf(w, w.m.id) });
    await forwardFromLevel({
      actor: w.officers.m,
      input: { movementId: w.movement.id, unitId: w.m.id, selected: [a.id, b.id] },
      today: levelToday,
    });
    await expect(
      setAllotments({
        actor: w.admin,
        input: form(w, null, { [w.m.id]: { [basic]: 1 } }, { [w.m.id]: { [basic]: 3 } }),
      }),
    ).rejects.toMatchObject({
      reasons: [{ code: "allotmentBelowUse", values: { used: "2" } }],
    });
    await setAllotments({
      actor: w.admin,
      input: form(w, null, { [w.m.id]: { [basic]: 2 } }, { [w.m.id]: { [basic]: 3 } }),
    });
    // Returned by the organiser, then the other withdrawn: each frees its place at m, and the overview agrees.
    const usedAtM = async () => (await sentUpCounts(db(), w.movement.id, [w.m.id])).get(w.m.id)?.get(basic) ?? 0;
    await returnNomination({
      actor: w.admin,
      input: { id: a.id, version: a.version, comment: "Bổ sung minh chứng tiêu chí 2." },
    });
    expect(await usedAtM()).toBe(1);
    await withdrawNomination({ actor: w.officers.g1, input: { id: b.id, version: b.version } });
    expect(await usedAtM()).toBe(0);
    const overview = await routeOverview({ actor: w.admin, movementId: w.movement.id, today: levelToday });
    expect(overview!.rows.find((r) => r.unitId === w.m.id)).toMatchObject({
      received: 0,
      forwarded: 0,
      allottedUsed: 0,
    });
    // Blank is unlimited again.
    await setAllotments({
      actor: w.admin,
      input: form(w, null, { [w.m.id]: { [basic]: null } }, { [w.m.id]: { [basic]: 2 } }),
    });
    expect(await db().levelAllotment.count({ where: { movementId: w.movement.id } })).toBe(0);
  });

  it("never overwrites a value someone else changed since the form was read", async () => {
    const w = await createLevelWorld(db());
    const basic = w.movement.titles.basic.id;
    await setAllotments({ actor: w.admin, input: form(w, null, { [w.m.id]: { [basic]: 5 } }) });
    // A second administrator's form still shows "unlimited".
    await expect(
      setAllotments({
        actor: w.admin,
        input: form(w, null, { [w.m.id]: { [basic]: 9 } }, { [w.m.id]: { [basic]: null } }),
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(
      (await db().levelAllotment.findFirstOrThrow({ where: { movementId: w.movement.id, unitId: w.m.id } })).quota,
    ).toBe(5);
  });

  it("lets only the allotter hand out: not another level, not a unit below", async () => {
    const w = await createLevelWorld(db());
    const basic = w.movement.titles.basic.id;
    await expect(
      setAllotments({ actor: w.officers.c, input: form(w, w.m.id, { [w.g1.id]: { [basic]: 1 } }) }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setAllotments({ actor: w.officers.g1, input: form(w, null, { [w.m.id]: { [basic]: 1 } }) }),
    ).rejects.toMatchObject({ code: "forbidden" });
    // m may not allot to g3 (under the city union).
    await expect(
      setAllotments({ actor: w.officers.m, input: form(w, w.m.id, { [w.g3.id]: { [basic]: 1 } }) }),
    ).rejects.toMatchObject({ reasons: [{ code: "notAllottable" }] });
    expect(await allotmentsView({ actor: w.officers.c, movementId: w.movement.id, allotterUnitId: w.m.id })).toBeNull();
  });

  it("limits what a nominating unit may submit, and a return frees its place", async () => {
    const w = await createLevelWorld(db());
    const basic = w.movement.titles.basic.id;
    await setAllotments({ actor: w.officers.m, input: form(w, w.m.id, { [w.g1.id]: { [basic]: 1 } }) });
    const first = await submitDossier(w);
    await expect(submitDossier(w)).rejects.toMatchObject({
      problems: [{ code: "allotmentExceeded", values: { quota: "1", used: "1" } }],
    });
    await returnAtLevel({
      actor: w.officers.m,
      input: {
        movementId: w.movement.id,
        nominationId: first.id,
        unitId: w.m.id,
        version: first.version,
        comment: "Bổ sung minh chứng.",
      },
    });
    // The returned dossier no longer counts: another may go up.
    const second = await submitDossier(w);
    expect((await db().nomination.findUniqueOrThrow({ where: { id: second.id } })).levelUnitId).toBe(w.m.id);
    // The revised first one no longer fits.
    await expect(
      submitNomination({
        actor: w.officers.g1,
        input: { id: first.id, version: first.version + 1 },
        today: levelToday,
      }),
    ).rejects.toMatchObject({ problems: [{ code: "allotmentExceeded" }] });
  });
});
