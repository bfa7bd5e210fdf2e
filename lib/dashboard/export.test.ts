import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnit } from "../../scripts/test/factories";
import { createRosterWorld, insertHonoree, type RosterWorld } from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import { toSearchText } from "../text/search-text";
import {
  dashboardCsv,
  dashboardData,
  dashboardExportSchema,
  dashboardFileName,
  dashboardWorkbook,
  type DashboardData,
} from "./export";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let w: RosterWorld;
let data: DashboardData;
// A unit whose name needs quoting in CSV and would run as a formula in a spreadsheet.
const trickyName = `=Tổ công đoàn "Đổi mới", sáng tạo ${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  w = await createRosterWorld(client);
  const tricky = await createUnit(client, { parent: w.root, name: trickyName });
  const name = `Phạm Đức Ưng ${randomUUID().slice(0, 6)}`;
  await client.nomination.create({
    data: {
      movementId: w.movement.id,
      awardTitleId: w.movement.titles.basic.id,
      unitId: tricky.id,
      nominatingUnitId: tricky.id,
      createdById: w.officerA.id,
      nomineeKind: "INDIVIDUAL",
      nomineeName: name,
      nomineeNameSearch: toSearchText(name),
      status: "SUBMITTED",
    },
  });
  await insertHonoree(client, w, { unit: w.a, name: "Nguyễn Thị Hồng", awardedOn: "2074-04-04" });
  data = (await dashboardData(w.admin, w.movement.id))!;
});

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe("dashboard export", () => {
  it("writes one sheet per table, Vietnamese text intact", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await dashboardWorkbook(data, "vi")) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Theo trạng thái",
      "Theo danh hiệu",
      "Theo đơn vị",
      "Sự tham gia",
      "Theo năm",
    ]);

    const status = workbook.getWorksheet("Theo trạng thái")!;
    expect(rowValues(status, 1)).toEqual(["Trạng thái", "Số hồ sơ"]);
    expect(rowValues(status, 3)).toEqual(["Đã nộp", 1]);
    expect(rowValues(status, 10)).toEqual(["Đã được khen thưởng", 1]);

    const titles = workbook.getWorksheet("Theo danh hiệu")!;
    expect(rowValues(titles, 2)).toEqual(["Lao động tiên tiến", 2, 1]);

    const units = workbook.getWorksheet("Theo đơn vị")!;
    expect(rowValues(units, 1).slice(0, 3)).toEqual(["Đơn vị", "Hồ sơ đề nghị", "Bản nháp"]);
    expect(rowValues(units, 2)[0]).toBe(`${w.root.name} (riêng cấp này)`);
    const unitNames = units.getColumn(1).values.slice(2);
    expect(unitNames).toEqual(expect.arrayContaining([w.a.name, w.b.name, trickyName]));

    const participation = workbook.getWorksheet("Sự tham gia")!;
    // root, a (with aTeam), b, the tricky unit: 5 units covered, a and aTeam registered.
    expect(rowValues(participation, participation.rowCount)).toEqual(["Tổng cộng", 5, 2, 2, 1]);

    const years = workbook.getWorksheet("Theo năm")!;
    const row2074 = years.getColumn(1).values.indexOf(2074);
    expect(rowValues(years, row2074).slice(0, 2)).toEqual([2074, 1]);
  });

  it("heads the sheets in English for an English reader", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await dashboardWorkbook(data, "en")) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.name).toBe("By status");
    expect(rowValues(workbook.worksheets[0]!, 3)).toEqual(["Submitted", 1]);
  });

  it("writes one table as CSV with a byte order mark, CRLF, quoting and the formula guard", () => {
    const csv = dashboardCsv(data, "unit", "vi");
    expect(csv.startsWith("\uFEFFĐơn vị,Hồ sơ đề nghị,Bản nháp,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines).toContain(`"'=Tổ công đoàn ""Đổi mới"", sáng tạo ${trickyName.slice(-6)}",1,0,1,0,0,0,0`);
    expect(lines).toContain(`${w.a.name},1,0,0,0,1,0,0`);
    expect(dashboardFileName(data, "vi", "unit")).toBe(`Thống kê ${data.dashboard.movement.code} - Theo đơn vị`);
  });

  it("accepts xlsx, or csv with a table, and nothing else", () => {
    const movement = w.movement.id;
    expect(dashboardExportSchema.safeParse({ movement, format: "xlsx" }).success).toBe(true);
    expect(dashboardExportSchema.safeParse({ movement, format: "csv", table: "years" }).success).toBe(true);
    expect(dashboardExportSchema.safeParse({ movement, format: "csv" }).success).toBe(false);
    expect(dashboardExportSchema.safeParse({ movement, format: "csv", table: "people" }).success).toBe(false);
    expect(dashboardExportSchema.safeParse({ movement, format: "pdf" }).success).toBe(false);
    expect(dashboardExportSchema.safeParse({ format: "xlsx" }).success).toBe(false);
  });

  it("has nothing for an officer of a unit the movement does not cover", async () => {
    expect(await dashboardData(w.officerOutside, w.movement.id)).toBeNull();
  });
});
