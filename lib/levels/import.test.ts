import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createLevelWorld, levelToday, type LevelWorld } from "../../scripts/test/level-factories";
import { individualDossier } from "../../scripts/test/nomination-factories";
import { db } from "../db";
import { saveDraftNomination, submitNomination } from "../nominations/commands";
import { getNominationImport, runNominationImport, startNominationImport } from "../nominations/import";
import { buildImportTemplate, unitListLabel } from "../nominations/import-template";
import type { Actor } from "../session";

/** Imports one individual of `unit` for the movement's basic title as `actor`, through the real template and pipeline; the draft's id. */
async function importOne(w: LevelWorld, actor: Actor, unit: { name: string; code: string }) {
  const { bytes: template } = await buildImportTemplate({
    actor,
    movementId: w.movement.id,
    locale: "vi",
    today: levelToday,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("Danh sách đề nghị")!;
  // Columns: kind, name, …, unit (F), title (G).
  sheet.getCell("A2").value = "Cá nhân";
  sheet.getCell("B2").value = `Trần Văn Nhập ${unit.code}`;
  sheet.getCell("F2").value = unitListLabel(unit);
  sheet.getCell("G2").value = w.movement.titles.basic.name;
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const started = await startNominationImport({
    actor,
    movementId: w.movement.id,
    fileName: "danh-sach.xlsx",
    bytes,
    today: levelToday,
  });
  await runNominationImport({
    actor,
    importId: started.importId,
    movementId: w.movement.id,
    rows: started.rows,
    today: levelToday,
  });
  const report = (await getNominationImport({ actor, importId: started.importId }))!.report;
  expect(report).toEqual([expect.objectContaining({ outcome: "created" })]);
  return report[0]!.nominationId!;
}

/** Completes an imported draft as its officer would in the form, then submits it. */
async function completeAndSubmit(w: LevelWorld, actor: Actor, id: string, unit: { id: string }) {
  const { version } = await saveDraftNomination({
    actor,
    input: { ...individualDossier({ a: unit }, w.movement), id, version: 1 },
  });
  await submitNomination({ actor, input: { id, version }, today: levelToday });
  return db().nomination.findUniqueOrThrow({
    where: { id },
    select: { status: true, nominatingUnitId: true, levelUnitId: true, routeUnitIds: true },
  });
}

describe("an imported dossier on a route through levels", () => {
  it("is a draft of the importing officer's unit, and climbs from that unit like any other once submitted", async () => {
    const w = await createLevelWorld(db());
    // The grassroots officer imports a member: the draft is g1's, and goes to the ministry union.
    const fromGrassroots = await importOne(w, w.officers.g1, w.g1);
    expect(
      await db().nomination.findUniqueOrThrow({
        where: { id: fromGrassroots },
        select: { status: true, nominatingUnitId: true },
      }),
    ).toEqual({ status: "DRAFT", nominatingUnitId: w.g1.id });
    expect(await completeAndSubmit(w, w.officers.g1, fromGrassroots, w.g1)).toEqual({
      status: "SUBMITTED",
      nominatingUnitId: w.g1.id,
      levelUnitId: w.m.id,
      routeUnitIds: [w.m.id],
    });

    // The ministry union's officer imports a member of g2: the draft is the ministry union's own,
    // so it does not pass through g2 nor wait at the ministry union, and reaches the organiser.
    const fromMinistry = await importOne(w, w.officers.m, w.g2);
    expect(await completeAndSubmit(w, w.officers.m, fromMinistry, w.g2)).toEqual({
      status: "SUBMITTED",
      nominatingUnitId: w.m.id,
      levelUnitId: null,
      routeUnitIds: [],
    });
    const steps = await db().nominationStep.findMany({
      where: { nominationId: fromMinistry },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { kind: true, unitId: true },
    });
    expect(steps).toEqual([
      { kind: "SUBMITTED", unitId: w.m.id },
      { kind: "REACHED_ORGANISER", unitId: w.m.id },
    ]);
  });
});
