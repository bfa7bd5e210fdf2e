import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import type { Role } from "../lib/generated/prisma/enums";
import { toSearchText } from "../lib/text/search-text";
import { baseURL } from "../playwright.config";
import { pdf, png1x1 } from "../scripts/test/sample-files";
import { signInViaApi } from "./support/sign-in";
import { createChildUnit, e2eDatabase } from "./support/world";

test.use({ locale: "vi-VN" });

/**
 * Units A and B under a new parent, an officer of each (with passwords of their own), and a
 * draft nomination of a person of unit A in an open movement.
 */
async function createWorld() {
  const db = e2eDatabase();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const unit = (name: string, parent: { id: string; path: string; depth: number }) =>
      createChildUnit(db, "NF", name, parent);
    const parent = await unit(`Công đoàn khối thử tệp ${run}`, root);
    const a = await unit(`Công đoàn cơ sở A thử tệp ${run}`, parent);
    const b = await unit(`Công đoàn cơ sở B thử tệp ${run}`, parent);
    const password = `Tep-ho-so-${run}-mat-khau`;
    const passwordHash = await hashPassword(password);
    const person = async (key: string, roles: { role: Role; unitId: string }[]) => {
      const fullName = `Cán bộ tệp ${key} ${run}`;
      const user = await db.user.create({
        data: {
          email: `tep-${key}-${run}@test.vinhdanh`,
          fullName,
          fullNameSearch: toSearchText(fullName),
          passwordHash,
          sessionsValidAfter: new Date(Date.now() - 60_000),
          roles: { create: roles },
        },
      });
      return { id: user.id, email: user.email, password };
    };
    const officerA = await person("a", [{ role: "OFFICER", unitId: a.id }]);
    const officerB = await person("b", [{ role: "OFFICER", unitId: b.id }]);
    const movement = await db.movement.create({
      data: {
        code: `E2E-NF-${run}`,
        name: `Phong trào thử tệp minh chứng ${run}`,
        description: "Phong trào dùng cho kiểm thử tệp hồ sơ.",
        organizingUnitId: parent.id,
        coverageUnitId: parent.id,
        startsOn: new Date("2025-01-01"),
        endsOn: new Date("2030-12-31"),
        status: "OPEN",
        visibility: "STAFF",
        requiresRegistration: false,
        awardTitles: {
          create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
        },
      },
      include: { awardTitles: true },
    });
    const nomineeName = `Trần Thị Minh Chứng ${run}`;
    const nomination = await db.nomination.create({
      data: {
        movementId: movement.id,
        awardTitleId: movement.awardTitles[0]!.id,
        unitId: a.id,
        nominatingUnitId: a.id,
        createdById: officerA.id,
        nomineeKind: "INDIVIDUAL",
        nomineeName,
        nomineeNameSearch: toSearchText(nomineeName),
      },
    });
    return { run, nominationId: nomination.id, nomineeName, officerA, officerB };
  } finally {
    await db.$disconnect();
  }
}

async function openDossier(page: Page, nominationId: string) {
  await page.goto(`/nominations/${nominationId}`);
  await expect(page.getByRole("heading", { level: 2, name: "Tệp minh chứng" })).toBeVisible();
}

const evidenceInput = (page: Page) => page.getByLabel("Thêm tệp minh chứng");
const uploadResults = (page: Page) => page.getByRole("list", { name: "Kết quả tải lên" });

test("an officer uploads a PDF and a PNG, downloads one, and removes one", async ({ page }) => {
  const world = await createWorld();
  await signInViaApi(page, world.officerA.email, world.officerA.password);
  await openDossier(page, world.nominationId);
  await expect(page.getByText("Hồ sơ chưa có tệp minh chứng nào.")).toBeVisible();

  const report = pdf(`Bao cao ${world.run}`);
  await evidenceInput(page).setInputFiles([
    { name: "Báo cáo thành tích.pdf", mimeType: "application/pdf", buffer: report },
    { name: "Ảnh hoạt động.png", mimeType: "image/png", buffer: png1x1 },
  ]);
  await expect(uploadResults(page).getByText("Đã tải lên Báo cáo thành tích.pdf.")).toBeVisible();
  await expect(uploadResults(page).getByText("Đã tải lên Ảnh hoạt động.png.")).toBeVisible();
  const table = page.getByRole("table", { name: "Tệp minh chứng của hồ sơ" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").filter({ hasText: "Ảnh hoạt động.png" })).toContainText("PNG");

  // Still there after a reload: it is the page's own data now.
  await page.reload();
  const link = page.getByRole("link", { name: "Báo cáo thành tích.pdf" });
  await expect(link).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("Báo cáo thành tích.pdf");
  expect(await readFile((await download.path())!)).toEqual(report);

  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="Bao cao thanh tich\.pdf"; filename\*=UTF-8''/,
  );
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.body()).toEqual(report);

  // Removing asks first; Cancel keeps the file.
  const pngRow = table.getByRole("row").filter({ hasText: "Ảnh hoạt động.png" });
  await pngRow.getByRole("button", { name: "Gỡ", exact: true }).click();
  await pngRow.getByRole("button", { name: "Huỷ", exact: true }).click();
  await expect(table.getByRole("row")).toHaveCount(3);
  await pngRow.getByRole("button", { name: "Gỡ", exact: true }).click();
  await pngRow.getByRole("button", { name: "Gỡ tệp", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gỡ tệp Ảnh hoạt động.png." })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole("link", { name: "Ảnh hoạt động.png" })).toHaveCount(0);
});

test("an officer adds a portrait photo, previewed and then shown from the dossier", async ({ page }) => {
  const world = await createWorld();
  await signInViaApi(page, world.officerA.email, world.officerA.password);
  await openDossier(page, world.nominationId);
  await expect(page.getByText("Chưa có ảnh chân dung.")).toBeVisible();
  await page
    .getByLabel("Chọn ảnh chân dung")
    .setInputFiles({ name: "chan-dung.png", mimeType: "image/png", buffer: png1x1 });
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu ảnh chân dung." })).toBeVisible();
  const photo = page.getByRole("img", { name: "Ảnh chân dung trong hồ sơ" });
  await expect(photo).toBeVisible();
  // The stored photo itself, served by the download route (not the local preview).
  await expect(photo).toHaveAttribute("src", /^\/api\/files\//);
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await expect(page.getByLabel("Thay ảnh chân dung")).toBeVisible();
});

test("refusals are said next to each file, in the visitor's language", async ({ page }) => {
  const world = await createWorld();
  await signInViaApi(page, world.officerA.email, world.officerA.password);
  await openDossier(page, world.nominationId);
  const complete = pdf();
  await evidenceInput(page).setInputFiles([
    { name: "dut-doan.pdf", mimeType: "application/pdf", buffer: complete.subarray(0, complete.length - 40) },
    {
      name: "hoa-don.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(2048, 0x90)]),
    },
    { name: "rong.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) },
    { name: "qua-lon.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) },
  ]);
  const results = uploadResults(page);
  await expect(results.getByText(/^Không nhận tệp dut-doan\.pdf: Tệp bị hỏng hoặc không đầy đủ/)).toBeVisible();
  await expect(
    results.getByText(
      /^Không nhận tệp hoa-don\.pdf: Loại tệp không được chấp nhận\. Chỉ nhận: PDF, JPEG, PNG, DOCX, XLSX/,
    ),
  ).toBeVisible();
  await expect(results.getByText("Không nhận tệp rong.pdf: Tệp rỗng, không có nội dung.")).toBeVisible();
  await expect(
    results.getByText("Không nhận tệp qua-lon.pdf: Tệp lớn hơn 10 MB, mức tối đa cho mỗi tệp."),
  ).toBeVisible();
  await expect(page.getByText("Hồ sơ chưa có tệp minh chứng nào.")).toBeVisible();

  // The route says the same to a program, in the language the visitor chose.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
  const response = await page.request.post(`/api/nominations/${world.nominationId}/files`, {
    headers: { Origin: new URL(page.url()).origin },
    multipart: {
      kind: "EVIDENCE",
      file: {
        name: "setup.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("MZ\x90\x00 This program cannot be run in DOS mode"),
      },
    },
  });
  expect(response.status()).toBe(415);
  expect(await response.json()).toEqual({
    error: "fileTypeNotAllowed",
    message: expect.stringMatching(/^This type of file is not accepted/),
  });
  const tooLarge = await page.request.post(`/api/nominations/${world.nominationId}/files`, {
    headers: { Origin: new URL(page.url()).origin },
    multipart: {
      kind: "EVIDENCE",
      file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10.5 * 1024 * 1024, 0x41) },
    },
  });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toBe("fileTooLarge");
});

test("another unit's officer cannot see, upload to or download from the dossier", async ({ page, browser }) => {
  const world = await createWorld();
  await signInViaApi(page, world.officerA.email, world.officerA.password);
  const upload = await page.request.post(`/api/nominations/${world.nominationId}/files`, {
    multipart: { kind: "EVIDENCE", file: { name: "bao-cao.pdf", mimeType: "application/pdf", buffer: pdf() } },
  });
  expect(upload.status()).toBe(201);
  const { id: fileId } = (await upload.json()) as { id: string };

  const otherContext = await browser.newContext({ baseURL });
  const other = await otherContext.newPage();
  await signInViaApi(other, world.officerB.email, world.officerB.password);
  const download = await other.request.get(`/api/files/${fileId}`);
  expect(download.status()).toBe(404);
  expect(download.headers()["content-disposition"]).toBeUndefined();
  expect((await other.request.get(`/api/nominations/${world.nominationId}/files`)).status()).toBe(404);
  const otherUpload = await other.request.post(`/api/nominations/${world.nominationId}/files`, {
    multipart: { kind: "EVIDENCE", file: { name: "chen.pdf", mimeType: "application/pdf", buffer: pdf() } },
  });
  expect(otherUpload.status()).toBe(404);
  expect((await other.goto(`/nominations/${world.nominationId}`))?.status()).toBe(404);
  await otherContext.close();

  // Signed out: the file does not exist either; the owner still gets it.
  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect((await anonymous.get(`/api/files/${fileId}`)).status()).toBe(404);
  await anonymous.dispose();
  expect((await page.request.get(`/api/files/${fileId}`)).status()).toBe(200);
});
