import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { NominationStatus } from "../lib/generated/prisma/enums";
import vi from "../lib/i18n/messages/vi.json" with { type: "json" };
import { demoAccount } from "./support/accounts";
import { e2eDatabase, signedInPage } from "./support/world";

// The dashboard over the seeded movement "Tham mưu giỏi, phục vụ tốt" (prisma/seed/tmg-movement.ts):
// the figures on the page and in the download match counts read straight from the database.
const tmgCode = "TMG-PVT-2019-2024";
const statusLabels = vi.nominationStatus as Record<NominationStatus, string>;
const n = (value: number) => new Intl.NumberFormat("vi-VN").format(value);

let db: PrismaClient;
test.beforeAll(() => {
  db = e2eDatabase();
});
test.afterAll(() => db.$disconnect());

/** TMG's nominations by status, of the units below `unitPath` (everything by default). */
async function statusCounts(movementId: string, unitPath = "/") {
  const rows = await db.nomination.groupBy({
    by: ["status"],
    where: { movementId, unit: { path: { startsWith: unitPath } } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.status, row._count._all]));
}

/** The data cells of the row headed `label` in `table`. */
function cellsOf(table: Locator, label: string) {
  return table
    .getByRole("row")
    .filter({ has: table.page().getByRole("rowheader", { name: label, exact: true }) })
    .getByRole("cell");
}

async function pickTmg(page: Page) {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Thống kê thi đua, khen thưởng" })).toBeVisible();
  await page
    .getByRole("combobox", { name: "Phong trào" })
    .selectOption({ label: "Tham mưu giỏi, phục vụ tốt (Đã công bố)" });
  await page.getByRole("button", { name: "Xem thống kê" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Tham mưu giỏi, phục vụ tốt" })).toBeVisible();
}

test("an administrator sees a movement's figures as charts and tables and downloads them", async ({ browser }) => {
  const movement = await db.movement.findUniqueOrThrow({ where: { code: tmgCode }, select: { id: true } });
  const counts = await statusCounts(movement.id);
  const registered = await db.registration.count({ where: { movementId: movement.id } });
  const honouredUnits = (
    await db.honoree.groupBy({
      by: ["unitId"],
      where: { movementId: movement.id, revokedAt: null, decision: { revokedAt: null } },
    })
  ).length;
  const titles = await db.awardTitle.findMany({
    where: { movementId: movement.id },
    orderBy: { position: "asc" },
    select: { name: true },
  });
  const page = await signedInPage(browser, demoAccount("ADMIN"));
  await pickTmg(page);
  expect(new URL(page.url()).searchParams.get("movement")).toBe(movement.id);

  await expect(page.getByRole("img", { name: /^Biểu đồ số hồ sơ theo trạng thái\. Bản nháp: / })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /^Biểu đồ số cá nhân, tập thể được khen thưởng theo năm\. 2024: / }),
  ).toBeVisible();
  const statusTable = page.getByRole("table", { name: "Số hồ sơ theo trạng thái" });
  for (const [status, label] of Object.entries(statusLabels)) {
    await expect(cellsOf(statusTable, label)).toHaveText([n(counts.get(status as NominationStatus) ?? 0)]);
  }
  expect(counts.get("HONOURED") ?? 0).toBeGreaterThan(0);
  const participation = page.getByRole("table", {
    name: "Số đơn vị thuộc phạm vi, đã đăng ký, có hồ sơ đề nghị và có khen thưởng",
  });
  const total = cellsOf(participation, "Tổng cộng");
  await expect(total.nth(1)).toHaveText(n(registered));
  await expect(total.nth(3)).toHaveText(n(honouredUnits));
  const titleTable = page.getByRole("table", { name: "Số hồ sơ đề nghị và số được khen thưởng theo danh hiệu" });
  await expect(titleTable.getByRole("rowheader")).toHaveText(titles.map((title) => title.name));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải tất cả các bảng (Excel)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Thống kê ${tmgCode}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "Theo trạng thái",
    "Theo danh hiệu",
    "Theo đơn vị",
    "Sự tham gia",
    "Theo năm",
  ]);
  const sheet = workbook.getWorksheet("Theo trạng thái")!;
  const fromSheet = new Map(
    Array.from({ length: sheet.rowCount - 1 }, (_, i) => [
      sheet.getRow(i + 2).getCell(1).value,
      sheet.getRow(i + 2).getCell(2).value,
    ]),
  );
  for (const [status, label] of Object.entries(statusLabels))
    expect(fromSheet.get(label)).toBe(counts.get(status as NominationStatus) ?? 0);
  expect(workbook.getWorksheet("Theo danh hiệu")!.getColumn(1).values.slice(2)).toEqual(
    titles.map((title) => title.name),
  );

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải bảng “Theo đơn vị” (CSV)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`Thống kê ${tmgCode} - Theo đơn vị.csv`);
  const text = await readFile(await csv.path(), "utf8");
  expect(text.startsWith("\uFEFFĐơn vị,Hồ sơ đề nghị,")).toBe(true);
  expect(text).toContain("Công đoàn Bộ Tư pháp,");
});

test("an officer sees only the units they act for", async ({ browser }) => {
  const movement = await db.movement.findUniqueOrThrow({ where: { code: tmgCode }, select: { id: true } });
  const ministry = await db.unit.findUniqueOrThrow({
    where: { code: "CDBTP" },
    select: { id: true, name: true, path: true },
  });
  const children = await db.unit.findMany({ where: { parentId: ministry.id, isActive: true }, select: { name: true } });
  const counts = await statusCounts(movement.id, ministry.path);
  const page = await signedInPage(browser, demoAccount("OFFICER"));
  await pickTmg(page);
  await expect(
    page.getByText(`Số liệu chỉ gồm các đơn vị bạn phụ trách và các đơn vị trực thuộc: ${ministry.name}.`),
  ).toBeVisible();

  const statusTable = page.getByRole("table", { name: "Số hồ sơ theo trạng thái" });
  for (const [status, label] of Object.entries(statusLabels)) {
    await expect(cellsOf(statusTable, label)).toHaveText([n(counts.get(status as NominationStatus) ?? 0)]);
  }
  // Rows: the ministry union itself, then its grassroots unions; nobody else's units.
  const unitTable = page.getByRole("table", { name: "Số hồ sơ theo đơn vị và giai đoạn xét" });
  const rowHeaders = await unitTable.getByRole("rowheader").allTextContents();
  expect(rowHeaders[0]).toBe(`${ministry.name} (riêng cấp này)`);
  expect(rowHeaders.slice(1).sort()).toEqual(children.map((child) => child.name).sort());
  await expect(page.getByRole("main")).not.toContainText("Công đoàn Bộ Nội vụ");
});
