import { randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNominationWorld,
  insertNomination,
  type NominationWorld,
} from "../../scripts/test/nomination-list-world";
import { createPrismaClient } from "../db";
import { toSearchText } from "../text/search-text";
import { nominationExportBatches, writeNominationExport } from "./export";
import { defaultListParams } from "./list-params";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let w: NominationWorld;
beforeAll(async () => {
  w = await createNominationWorld(client);
  await insertNomination(client, {
    movementId: w.movement.id,
    awardTitleId: w.individualTitle.id,
    unit: w.a,
    createdById: w.officerA.id,
    nomineeName: "Nguyễn Thị Ánh",
    status: "SUBMITTED",
  });
  await insertNomination(client, {
    movementId: w.movement.id,
    awardTitleId: w.collectiveTitle.id,
    unit: w.b,
    createdById: w.officerA.id,
    nomineeName: 'Tổ Một cửa "Đổi mới" <b>',
    nomineeKind: "COLLECTIVE",
  });
});

/** Runs the export into memory and reads the workbook back. */
async function exported(options: Partial<Parameters<typeof writeNominationExport>[0]> = {}) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => output.on("end", resolve));
  const { rows: count, failure } = await writeNominationExport({
    actor: w.admin,
    movementId: w.movement.id,
    params: defaultListParams,
    locale: "vi",
    output,
    ...options,
  });
  output.end();
  await done;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return { count, failure, sheet: workbook.worksheets[0]! };
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe("nomination export", () => {
  it("writes Vietnamese headers and one row per nomination, text kept exactly", async () => {
    const { count, sheet } = await exported({ params: { ...defaultListParams, sort: "name" } });
    expect(count).toBe(2);
    expect(sheet.name).toBe("Hồ sơ đề nghị");
    expect(rowValues(sheet, 1)).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Cá nhân / Tập thể",
      "Giới tính",
      "Năm sinh",
      "Chức vụ",
      "Đơn vị",
      "Đơn vị đề nghị",
      "Danh hiệu đề nghị",
      "Trạng thái",
      "Đang ở",
      "Ngày nộp",
      "Cập nhật lần cuối",
      "Trích ngang thành tích",
    ]);
    expect(rowValues(sheet, 2).slice(0, 3)).toEqual([1, "Nguyễn Thị Ánh", "Cá nhân"]);
    expect(sheet.getRow(2).getCell(7).value).toBe(w.a.name);
    expect(sheet.getRow(2).getCell(9).value).toBe(w.individualTitle.name);
    expect(sheet.getRow(2).getCell(10).value).toBe("Đã nộp");
    // Where it is: a direct route's submitted dossier is with the organiser, a draft with its unit.
    expect(sheet.getRow(2).getCell(11).value).toBe("Cơ quan tổ chức");
    expect(sheet.getRow(3).getCell(11).value).toBe("Đơn vị đề nghị");
    expect(sheet.getRow(2).getCell(13).value).toBeInstanceOf(Date);
    expect(rowValues(sheet, 3).slice(0, 3)).toEqual([2, 'Tổ Một cửa "Đổi mới" <b>', "Tập thể"]);
    expect(sheet.getRow(3).getCell(10).value).toBe("Bản nháp");
  });

  it("applies the list's filters", async () => {
    const { count, sheet } = await exported({ params: { ...defaultListParams, q: "nguyen" } });
    expect(count).toBe(1);
    expect(sheet.getRow(2).getCell(2).value).toBe("Nguyễn Thị Ánh");
    expect((await exported({ params: { ...defaultListParams, status: "HONOURED" } })).count).toBe(0);
  });

  it("writes every row across batches, in the list's order", async () => {
    const tag = `Lô ${randomUUID().slice(0, 6)}`;
    await client.nomination.createMany({
      data: Array.from({ length: 2_345 }, (_, i) => {
        const name = `${tag} ${String(i).padStart(4, "0")}`;
        return {
          movementId: w.movement.id,
          awardTitleId: w.individualTitle.id,
          unitId: w.b.id,
          nominatingUnitId: w.b.id,
          createdById: w.officerA.id,
          nomineeKind: "INDIVIDUAL" as const,
          nomineeName: name,
          nomineeNameSearch: toSearchText(name),
          identityKey: `INDIVIDUAL|${toSearchText(name)}|`,
          // Many share a timestamp, so the order's tie-break on id is what keeps batches apart.
          updatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 7))),
        };
      }),
    });
    const { count, sheet } = await exported({ params: { ...defaultListParams, q: tag } });
    expect(count).toBe(2_345);
    const names = Array.from({ length: count }, (_, i) => sheet.getRow(i + 2).getCell(2).value as string);
    expect(new Set(names).size).toBe(2_345);
    const byName = await exported({ params: { ...defaultListParams, q: tag, sort: "name", dir: "desc" } });
    expect(byName.sheet.getRow(2).getCell(2).value).toBe(`${tag} 2344`);
    expect(byName.sheet.getRow(2_346).getCell(2).value).toBe(`${tag} 0000`);
  });

  it("is for administrators only", async () => {
    await expect(exported({ actor: w.officerMid })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exported({ movementId: randomUUID() })).rejects.toMatchObject({ code: "not_found" });
  });

  it("ends the file with a row saying it is incomplete when the rows stop coming", async () => {
    const rows = await nominationExportBatches({
      actor: w.admin,
      movementId: w.movement.id,
      params: { ...defaultListParams, q: "nguyen" },
    });
    async function* cut() {
      for await (const batch of rows) yield batch;
      throw new Error("statement timeout");
    }
    const { count, failure, sheet } = await exported({ batches: cut(), locale: "en" });
    expect(count).toBe(1);
    expect(failure?.message).toBe("statement timeout");
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(3).getCell(1).value).toBe(
      "⚠ INCOMPLETE FILE: the export was interrupted after 1 row. Please download it again; if it fails again, tell an administrator.",
    );
  });
});
