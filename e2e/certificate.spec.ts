import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { demoAccounts } from "../prisma/seed/index";
import { pdfText } from "../scripts/test/pdf-text";
import { e2eDatabase, signedInPage } from "./support/world";

// Certificates and roster exports as people use them: an officer of the Ministry of Justice's
// union downloads the certificate of a seeded honoree of a union below theirs from the profile
// page; another union's officer and a staff member get no link and no file. The layout and the
// rules have integration tests in lib/roster (certificate.test.ts, export.test.ts).
test.use({ locale: "vi-VN" });

/** Lê Thị Hoài Thu: a TMG honoree of Công đoàn cơ sở Cục Hộ tịch, under Công đoàn Bộ Tư pháp. */
const honoreeName = "Lê Thị Hoài Thu";
const account = (prefix: string) => {
  const found = demoAccounts.find((a) => a.email.startsWith(`${prefix}@`));
  if (!found) throw new Error(`no demo account ${prefix}`);
  return found;
};

let db: PrismaClient;
let honoree: { id: string; decision: { number: string } };
test.beforeAll(async () => {
  db = e2eDatabase();
  honoree = await db.honoree.findFirstOrThrow({
    where: { name: honoreeName, revokedAt: null },
    select: { id: true, decision: { select: { number: true } } },
  });
});
test.afterAll(() => db.$disconnect());

test("an officer downloads an honoree's certificate from the profile page", async ({ browser }) => {
  const page = await signedInPage(browser, account("officer.tuphap"));
  await page.goto(`/honorees/${honoree.id}`);
  await expect(page.getByRole("heading", { level: 1, name: honoreeName })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải giấy chứng nhận (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Giấy chứng nhận - ${honoreeName}.pdf`);
  expect(download.suggestedFilename().endsWith(".pdf")).toBe(true);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  const text = await pdfText(bytes);
  expect(text).toContain("GIẤY CHỨNG NHẬN");
  expect(text).toContain(honoreeName);
  expect(text).toContain("Công đoàn cơ sở Cục Hộ tịch, quốc tịch, chứng thực");
  expect(text).toContain(`Quyết định số ${honoree.decision.number}`);
  expect(text).toMatch(/Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}/);
  await page.context().close();
});

test("another union's officer and a staff member see the profile but get no certificate", async ({ browser }) => {
  for (const prefix of ["officer.noivu", "staff"]) {
    const page = await signedInPage(browser, account(prefix));
    await page.goto(`/honorees/${honoree.id}`);
    await expect(page.getByRole("heading", { level: 1, name: honoreeName })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tải giấy chứng nhận (PDF)" })).toHaveCount(0);
    const response = await page.request.get(`/api/honorees/${honoree.id}/certificate`);
    expect(response.status(), prefix).toBe(404);
    await page.context().close();
  }
});

test("a signed-in member downloads the roster as CSV from the roster page", async ({ browser }) => {
  const page = await signedInPage(browser, account("staff"));
  await page.goto("/honorees?q=Hoai%20Thu");
  await page.getByText("Tải danh sách").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV (.csv, UTF-8)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Danh sách vinh danh - \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.startsWith("STT,Họ và tên / Tên tập thể,")).toBe(true);
  expect(text).toContain(honoreeName);
  // The search applies: another seeded honoree is not in the file.
  expect(text).not.toContain("Hoàng Minh Tuấn");
  await page.context().close();
});
