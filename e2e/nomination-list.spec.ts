import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { createPrismaClient } from "../lib/db";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { toSearchText } from "../lib/text/search-text";
import { createUnit, createUser } from "../scripts/test/factories";
import { signInViaApi } from "./support/sign-in";

test.use({ locale: "vi-VN" });

const admin = { email: "admin@vinhdanh.demo", password: "QuanTri#VinhDanh2025" };

let db: PrismaClient;

/** Units P > A, B of this run, an officer of P, an open movement of P with two titles, and three dossiers. */
async function createWorld(client: PrismaClient) {
  const run = randomUUID().slice(0, 6);
  const root = await client.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
  const p = await createUnit(client, { name: `Công đoàn danh sách ${run}`, parent: root });
  const a = await createUnit(client, { name: `Công đoàn cơ sở Ánh Sáng ${run}`, parent: p });
  const b = await createUnit(client, { name: `Công đoàn cơ sở Bình An ${run}`, parent: p });
  const { user: officer, password } = await createUser(client, { roles: [{ role: "OFFICER", unitId: p.id }] });
  // A session must start after sessionsValidAfter (set at creation, to the second).
  await client.user.update({ where: { id: officer.id }, data: { sessionsValidAfter: new Date(Date.now() - 60_000) } });
  const movement = await client.movement.create({
    data: {
      code: `E2E-NL-${run}`,
      name: `Phong trào danh sách hồ sơ ${run}`,
      description: "Phong trào thử nghiệm danh sách, nhập và xuất hồ sơ.",
      organizingUnitId: p.id,
      coverageUnitId: p.id,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2030-12-31"),
      status: "OPEN",
      requiresRegistration: false,
      awardTitles: {
        create: [
          {
            position: 1,
            name: `Điển hình tiên tiến ${run}`,
            eligibility: "INDIVIDUAL",
            approvalThresholdPercent: 60,
            quotaTotal: 20,
            quotaPerUnit: 2,
          },
          {
            position: 2,
            name: `Tập thể lao động xuất sắc ${run}`,
            eligibility: "COLLECTIVE",
            approvalThresholdPercent: 60,
          },
        ],
      },
    },
    include: { awardTitles: { orderBy: { position: "asc" } } },
  });
  const [individual, collective] = movement.awardTitles as [
    (typeof movement.awardTitles)[number],
    (typeof movement.awardTitles)[number],
  ];
  const dossier = (
    name: string,
    unit: { id: string },
    status: "DRAFT" | "SUBMITTED",
    titleId = individual.id,
    kind: "INDIVIDUAL" | "COLLECTIVE" = "INDIVIDUAL",
  ) =>
    client.nomination.create({
      data: {
        movementId: movement.id,
        awardTitleId: titleId,
        unitId: unit.id,
        nominatingUnitId: p.id,
        createdById: officer.id,
        nomineeKind: kind,
        nomineeName: name,
        nomineeNameSearch: toSearchText(name),
        identityKey: `${kind}|${toSearchText(name)}|`,
        status,
      },
    });
  await dossier(`Nguyễn Thị Hoà ${run}`, a, "SUBMITTED");
  await dossier(`Lê Văn Bình ${run}`, a, "DRAFT");
  await dossier(`Tổ Một cửa ${run}`, b, "DRAFT", collective.id, "COLLECTIVE");
  return { run, p, a, b, officer: { email: officer.email, password }, movement, individual, collective };
}

test.beforeAll(async () => {
  db = createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

const nomineeLink = (page: Page, name: string) =>
  page.getByRole("table", { name: "Danh sách hồ sơ đề nghị" }).getByRole("link", { name });

test("an officer filters the list, searches without diacritics, sorts, and sees the quota per title", async ({
  page,
}) => {
  const world = await createWorld(db);
  const { run } = world;
  await signInViaApi(page, world.officer.email, world.officer.password);
  await page.goto("/nominations");
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ đề nghị khen thưởng" })).toBeVisible();

  await page.getByLabel("Tìm theo tên").fill(`nguyen thi hoa ${run}`);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/q=nguyen\+thi\+hoa/);
  await expect(page.getByRole("status").filter({ hasText: "1 hồ sơ" })).toBeVisible();
  await expect(nomineeLink(page, `Nguyễn Thị Hoà ${run}`)).toBeVisible();
  await expect(nomineeLink(page, `Lê Văn Bình ${run}`)).toHaveCount(0);

  // Only this run's dossiers: the movement, then drafts of it.
  await page.getByLabel("Tìm theo tên").fill("");
  await page.getByLabel("Phong trào").selectOption({ label: world.movement.name });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 hồ sơ" })).toBeVisible();
  const quota = page.getByRole("table", { name: "Chỉ tiêu và số suất đã dùng theo danh hiệu" });
  await expect(quota.getByRole("row", { name: new RegExp(world.individual.name) })).toContainText("1 / 20 suất");
  await expect(quota.getByRole("row", { name: new RegExp(world.collective.name) })).toContainText("Không giới hạn");

  await page.getByLabel("Trạng thái").selectOption({ label: "Bản nháp" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 hồ sơ" })).toBeVisible();
  await expect(nomineeLink(page, `Nguyễn Thị Hoà ${run}`)).toHaveCount(0);

  await page.getByRole("link", { name: /Cá nhân \/ tập thể được đề nghị/ }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("columnheader", { name: /Cá nhân \/ tập thể được đề nghị/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const names = await page
    .getByRole("table", { name: "Danh sách hồ sơ đề nghị" })
    .getByRole("rowheader")
    .allTextContents();
  expect(names).toEqual([`Lê Văn Bình ${run}`, `Tổ Một cửa ${run}`]);

  // A malformed URL falls back to defaults rather than failing.
  const response = await page.goto(`/nominations?page=-5&status=%3Cscript%3E&sort=x&q=${encodeURIComponent("%_'<b>")}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Không có hồ sơ nào" })).toBeVisible();
});

test("an officer imports dossiers from the template, sees the report, and a second import only finds duplicates", async ({
  page,
}) => {
  const world = await createWorld(db);
  const { run } = world;
  await signInViaApi(page, world.officer.email, world.officer.password);
  await page.goto(`/nominations/import?movement=${world.movement.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Nhập hồ sơ từ Excel" })).toBeVisible();
  await expect(page.getByLabel("Phong trào")).toHaveValue(world.movement.id);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Mẫu nhập hồ sơ - ${world.movement.code}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("Danh sách đề nghị")!;
  expect(sheet.getCell("B1").value).toBe("Họ và tên / Tên tập thể *");
  const unitLabels = workbook.getWorksheet("Danh mục")!.getColumn(2).values.slice(2) as string[];
  const labelOfA = unitLabels.find((label) => label.startsWith(world.a.name))!;
  // Kind, name, gender, birth year, position, unit, title (then optional columns).
  sheet.addRow(["Cá nhân", `Đặng Thu Trang ${run}`, "Nữ", 1988, "Chuyên viên", labelOfA, world.individual.name]);
  sheet.addRow(["Tập thể", `Phòng Một cửa ${run}`, null, null, null, world.b.code, world.collective.name]);
  sheet.addRow(["Cá nhân", `Hồ Văn Sai ${run}`, "Nam", 1990, null, "Đơn vị không tồn tại", world.individual.name]);
  const file = {
    name: "danh-sach-de-nghi.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };

  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
  await page.getByRole("button", { name: "Tải lên và nhập" }).click();
  await expect(
    page.getByText("Đã nhập xong 3 dòng: 2 hồ sơ được tạo, 0 dòng đã có nên bỏ qua, 1 dòng bị từ chối."),
  ).toBeVisible();
  const report = page.getByRole("table", { name: /Kết quả nhập từng dòng/ });
  await expect(report.getByRole("row", { name: /Đặng Thu Trang/ })).toContainText("Đã tạo hồ sơ nháp");
  await expect(report.getByRole("row", { name: /Phòng Một cửa/ })).toContainText("Đã tạo hồ sơ nháp");
  await expect(report.getByRole("row", { name: /Hồ Văn Sai/ })).toContainText("Bị từ chối");
  await expect(report.getByRole("row", { name: /Hồ Văn Sai/ })).toContainText(
    "Đơn vị: không có đơn vị này trong phạm vi của bạn",
  );

  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
  await page.getByRole("button", { name: "Tải lên và nhập" }).click();
  await expect(
    page.getByText("Đã nhập xong 3 dòng: 0 hồ sơ được tạo, 2 dòng đã có nên bỏ qua, 1 dòng bị từ chối."),
  ).toBeVisible();
  await expect(report.getByRole("row", { name: /Đặng Thu Trang/ })).toContainText("Đã có, bỏ qua");
  await expect(report.getByRole("row", { name: /Phòng Một cửa/ })).toContainText("Đã có, bỏ qua");
  expect(
    await db.nomination.count({
      where: { movementId: world.movement.id, nomineeName: { in: [`Đặng Thu Trang ${run}`, `Phòng Một cửa ${run}`] } },
    }),
  ).toBe(2);

  // A file that is not a workbook is refused as a whole.
  await page
    .getByLabel("Tệp Excel (.xlsx)")
    .setInputFiles({ name: "ghi-chu.xlsx", mimeType: "text/plain", buffer: Buffer.from("không phải Excel") });
  await page.getByRole("button", { name: "Tải lên và nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Đây không phải tệp Excel (.xlsx)" })).toBeVisible();
});

test("an administrator lists a movement's nominations and exports them to Excel", async ({ page }) => {
  const world = await createWorld(db);
  const { run } = world;
  await signInViaApi(page, admin.email, admin.password);
  await page.goto(`/admin/movements/${world.movement.id}/nominations?q=nguyen`);
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ đề nghị của phong trào" })).toBeVisible();
  await expect(nomineeLink(page, `Nguyễn Thị Hoà ${run}`)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Xuất ra Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Hồ sơ đề nghị - ${world.movement.code}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe("Hồ sơ đề nghị");
  expect(sheet.getRow(1).getCell(2).value).toBe("Họ và tên / Tên tập thể");
  // The search carried into the export: one row.
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(2).value).toBe(`Nguyễn Thị Hoà ${run}`);
  expect(sheet.getRow(2).getCell(10).value).toBe("Đã nộp");

  await page.goto(`/admin/movements/${world.movement.id}/nominations`);
  const [full] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Xuất ra Excel" }).click(),
  ]);
  const all = new ExcelJS.Workbook();
  await all.xlsx.load((await readFile(await full.path())) as unknown as ExcelJS.Buffer);
  const names = (all.worksheets[0]!.getColumn(2).values.slice(2) as string[]).sort();
  expect(names).toEqual(expect.arrayContaining([`Lê Văn Bình ${run}`, `Nguyễn Thị Hoà ${run}`, `Tổ Một cửa ${run}`]));
});
