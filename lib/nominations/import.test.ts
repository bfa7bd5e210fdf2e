import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNominationWorld, type NominationWorld } from "../../scripts/test/nomination-list-world";
import { createPrismaClient } from "../db";
import {
  getNominationImport,
  ImportRefusedError,
  listRecentImports,
  runNominationImport,
  startNominationImport,
} from "./import";
import { checkZipBudget, maxImportRows } from "./import-file";
import { buildImportTemplate, unitListLabel } from "./import-template";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const today = "2026-06-01";
let w: NominationWorld;
beforeAll(async () => {
  w = await createNominationWorld(client);
});

async function template(actor = w.officerMid) {
  const { bytes } = await buildImportTemplate({ actor, movementId: w.movement.id, locale: "vi", today });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The template with `rows` filled in (each an array in the template's column order). */
async function filled(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = await template();
  const sheet = workbook.getWorksheet("Danh sách đề nghị")!;
  rows.forEach((values, i) => values.forEach((value, col) => (sheet.getCell(i + 2, col + 1).value = value)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function importFile(bytes: Uint8Array, actor = w.officerMid) {
  const started = await startNominationImport({
    actor,
    movementId: w.movement.id,
    fileName: "danh-sach.xlsx",
    bytes,
    today,
  });
  await runNominationImport({
    actor,
    importId: started.importId,
    movementId: w.movement.id,
    rows: started.rows,
    today,
  });
  return (await getNominationImport({ actor, importId: started.importId }))!;
}

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusedError);
  return (error as ImportRefusedError).refusal;
}

// Columns: kind, name, gender, birth year, position, unit, title, years, collective size, months, absences, disciplined, contact, citation, summary.
const row = (
  kind: string,
  name: string,
  unit: string,
  title: string,
  extra: Partial<Record<"gender" | "birthYear" | "disciplined", string | number>> = {},
) => [
  kind,
  name,
  extra.gender ?? null,
  extra.birthYear ?? null,
  null,
  unit,
  title,
  null,
  null,
  null,
  null,
  extra.disciplined ?? null,
  null,
  null,
  null,
];

describe("import template", () => {
  it("lists the columns, the movement's titles and the officer's units, with drop-down lists", async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Danh sách đề nghị", "Hướng dẫn", "Danh mục"]);
    const sheet = workbook.getWorksheet("Danh sách đề nghị")!;
    expect(sheet.getCell("A1").value).toBe("Cá nhân hay tập thể *");
    expect(sheet.getCell("B1").value).toBe("Họ và tên / Tên tập thể *");
    const lists = workbook.getWorksheet("Danh mục")!;
    expect(lists.getColumn(1).values.slice(2)).toEqual([w.individualTitle.name, w.collectiveTitle.name]);
    const units = lists.getColumn(2).values.slice(2);
    expect(units).toEqual(expect.arrayContaining([unitListLabel(w.mid), unitListLabel(w.a), unitListLabel(w.b)]));
    expect(units).not.toContain(unitListLabel(w.outside));
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    // exceljs reads a range's validation back cell by cell.
    for (const cell of ["A2", "A2001"])
      expect(validations[cell]).toMatchObject({ type: "list", formulae: ['"Cá nhân,Tập thể"'] });
    expect(validations.G2?.formulae[0]).toBe("'Danh mục'!$A$2:$A$3");
    expect(validations.D2).toMatchObject({ type: "whole", formulae: [1900, 2100] });
    expect(workbook.getWorksheet("Hướng dẫn")!.getCell("A1").value).toContain("Cột có dấu * là bắt buộc");
  });

  it("is refused to an officer whose units the movement does not cover, and for a closed movement", async () => {
    expect(
      await refusalOf(buildImportTemplate({ actor: w.officerOutside, movementId: w.movement.id, locale: "vi", today })),
    ).toEqual({ code: "notFound" });
    await expect(
      buildImportTemplate({ actor: w.admin, movementId: w.movement.id, locale: "vi", today }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await client.movement.update({ where: { id: w.movement.id }, data: { status: "REVIEW" } });
    try {
      expect(
        await refusalOf(buildImportTemplate({ actor: w.officerMid, movementId: w.movement.id, locale: "vi", today })),
      ).toEqual({ code: "nominationClosed" });
    } finally {
      await client.movement.update({ where: { id: w.movement.id }, data: { status: "OPEN" } });
    }
  });
});

describe("import", () => {
  it("creates the valid rows and reports each invalid one with its reasons; a second run only finds duplicates", async () => {
    const tag = w.tag;
    const bytes = await filled([
      row("Cá nhân", `Nguyễn Thị Hoa ${tag}`, unitListLabel(w.a), w.individualTitle.name, {
        gender: "Nữ",
        birthYear: 1985,
      }),
      row("tap the", `Tổ Một cửa ${tag}`, w.b.code, w.collectiveTitle.name),
      row("Cá nhân", `Trần Văn Lỗi ${tag}`, "Đơn vị không có", w.individualTitle.name, {
        birthYear: "năm ngoái",
        gender: "Nam",
      }),
      row("Cá nhân", `Lê Thị Sai ${tag}`, unitListLabel(w.a), w.collectiveTitle.name),
      row("Cá nhân", `Phạm Ngoài ${tag}`, w.outside.code, w.individualTitle.name),
      row("Robot", "", unitListLabel(w.a), "Danh hiệu lạ", { disciplined: "có lẽ" }),
    ]);
    const first = await importFile(bytes);
    expect(first).toMatchObject({
      status: "DONE",
      totalRows: 6,
      processedRows: 6,
      createdCount: 2,
      skippedCount: 0,
      refusedCount: 4,
    });
    const byRow = new Map(first.report.map((entry) => [entry.row, entry]));
    expect(byRow.get(2)).toMatchObject({ outcome: "created", name: `Nguyễn Thị Hoa ${tag}` });
    expect(byRow.get(3)).toMatchObject({ outcome: "created" });
    expect(byRow.get(4)).toMatchObject({
      outcome: "refused",
      problems: expect.arrayContaining([
        { field: "unit", code: "unknownUnit" },
        { field: "birthYear", code: "invalid" },
      ]),
    });
    expect(byRow.get(5)).toMatchObject({
      outcome: "refused",
      problems: [{ field: "awardTitle", code: "titleNotForKind" }],
    });
    expect(byRow.get(6)).toMatchObject({ outcome: "refused", problems: [{ field: "unit", code: "unknownUnit" }] });
    expect(byRow.get(7)?.problems).toEqual(
      expect.arrayContaining([
        { field: "nomineeKind", code: "unknownKind" },
        { field: "awardTitle", code: "unknownTitle" },
        { field: "disciplined", code: "unknownYesNo" },
        { field: "nomineeName", code: "required" },
      ]),
    );
    const created = await client.nomination.findMany({
      where: { movementId: w.movement.id, nomineeName: { endsWith: tag } },
      orderBy: { nomineeName: "asc" },
    });
    expect(created.map((n) => [n.nomineeName, n.status, n.unitId, n.gender, n.birthYear])).toEqual([
      [`Nguyễn Thị Hoa ${tag}`, "DRAFT", w.a.id, "FEMALE", 1985],
      [`Tổ Một cửa ${tag}`, "DRAFT", w.b.id, null, null],
    ]);
    expect(byRow.get(2)?.nominationId).toBe(created[0]!.id);

    const second = await importFile(bytes);
    expect(second).toMatchObject({ status: "DONE", createdCount: 0, skippedCount: 2, refusedCount: 4 });
    expect(second.report.filter((e) => e.outcome === "duplicate").map((e) => e.row)).toEqual([2, 3]);
    expect(
      await client.nomination.count({ where: { movementId: w.movement.id, nomineeName: { endsWith: tag } } }),
    ).toBe(2);
  });

  it("finishes an interrupted import when the same file is run again", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Người thứ ${i} ${w.tag}-r`);
    const bytes = await filled(names.map((name) => row("Cá nhân", name, w.a.code, w.individualTitle.name)));
    const started = await startNominationImport({
      actor: w.officerMid,
      movementId: w.movement.id,
      fileName: "x.xlsx",
      bytes,
      today,
    });
    // The process dies after 12 rows: only those were created.
    await runNominationImport({
      actor: w.officerMid,
      importId: started.importId,
      movementId: w.movement.id,
      rows: started.rows.slice(0, 12),
      today,
    });
    const again = await importFile(bytes);
    expect(again).toMatchObject({ status: "DONE", totalRows: 30, createdCount: 18, skippedCount: 12, refusedCount: 0 });
    expect(await client.nomination.count({ where: { nomineeName: { endsWith: `${w.tag}-r` } } })).toBe(30);
  });

  it("shows an import to the person who ran it only", async () => {
    const bytes = await filled([row("Cá nhân", `Chỉ một ${w.tag}`, w.a.code, w.individualTitle.name)]);
    const result = await importFile(bytes, w.officerA);
    expect(await getNominationImport({ actor: w.officerMid, importId: result.id })).toBeNull();
    expect(await getNominationImport({ actor: w.admin, importId: result.id })).toBeNull();
    expect((await listRecentImports({ actor: w.officerA })).map((i) => i.id)).toContain(result.id);
  });
});

describe("import file limits", () => {
  const start = (bytes: Uint8Array) =>
    startNominationImport({ actor: w.officerMid, movementId: w.movement.id, fileName: "f.xlsx", bytes, today });

  it("refuses a file over 5 MB, an empty one, and one that is not an xlsx", async () => {
    expect(await refusalOf(start(new Uint8Array(5 * 1024 * 1024 + 1).fill(80)))).toEqual({ code: "fileTooLarge" });
    expect(await refusalOf(start(new Uint8Array(0)))).toEqual({ code: "fileEmpty" });
    expect(await refusalOf(start(new TextEncoder().encode("Họ và tên,Đơn vị\nNguyễn Văn A,CDBNV\n")))).toEqual({
      code: "fileTypeNotAllowed",
    });
    const truncated = await filled([row("Cá nhân", "Cắt cụt", w.a.code, w.individualTitle.name)]);
    expect(await refusalOf(start(truncated.subarray(0, truncated.length - 200)))).toEqual({ code: "fileCorrupt" });
  });

  it("refuses more than 2,000 rows, unknown columns, a missing required column and a file without rows", async () => {
    const many = await filled(
      Array.from({ length: maxImportRows + 1 }, (_, i) =>
        row("Cá nhân", `Người ${i}`, w.a.code, w.individualTitle.name),
      ),
    );
    expect(await refusalOf(start(many))).toEqual({ code: "tooManyRows", values: { max: "2000" } });
    const workbook = await template();
    workbook.getWorksheet("Danh sách đề nghị")!.getCell("P1").value = "Lương";
    expect(await refusalOf(start(new Uint8Array(await workbook.xlsx.writeBuffer())))).toEqual({
      code: "unknownColumn",
      values: { column: "Lương" },
    });
    const bare = new ExcelJS.Workbook();
    bare.addWorksheet("Danh sách đề nghị").addRow(["Họ và tên / Tên tập thể", "Đơn vị", "Danh hiệu đề nghị"]);
    bare.worksheets[0]!.addRow(["A", "B", "C"]);
    expect(await refusalOf(start(new Uint8Array(await bare.xlsx.writeBuffer())))).toEqual({
      code: "missingColumn",
      values: { column: "nomineeKind" },
    });
    expect(await refusalOf(start(await filled([])))).toEqual({ code: "noRows" });
  });

  it("refuses a small file that unpacks into too much", async () => {
    const bomb = new ExcelJS.Workbook();
    const sheet = bomb.addWorksheet("Danh sách đề nghị");
    sheet.addRow(["Cá nhân hay tập thể", "Họ và tên / Tên tập thể", "Đơn vị", "Danh hiệu đề nghị"]);
    // Distinct strings (shared strings would store one copy): about 75 MB of text.
    const filler = "a".repeat(30_000);
    for (let i = 0; i < 2_500; i++) sheet.addRow([`${i} ${filler}`]);
    const bytes = new Uint8Array(
      await bomb.xlsx.writeBuffer({
        zip: { compression: "DEFLATE", compressionOptions: { level: 9 } },
      } as ExcelJS.XlsxWriteOptions),
    );
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    expect(checkZipBudget(bytes)).toBe("fileTooLarge");
    expect(await refusalOf(start(bytes))).toEqual({ code: "fileTooLarge" });
  });

  it("refuses an officer whose units the movement does not cover", async () => {
    const bytes = await filled([row("Cá nhân", "Ai đó", w.a.code, w.individualTitle.name)]);
    const refusal = await refusalOf(
      startNominationImport({ actor: w.officerOutside, movementId: w.movement.id, fileName: "f.xlsx", bytes, today }),
    );
    expect(refusal).toEqual({ code: "notFound" });
  });
});
