import { expect, test, type Browser } from "@playwright/test";
import { signInViaApi } from "./support/sign-in";

test.use({ locale: "vi-VN" });

const admin = { email: "admin@vinhdanh.demo", password: "QuanTri#VinhDanh2025" };
const officerNoiVu = { email: "officer.noivu@vinhdanh.demo", password: "CanBo#VinhDanh2025" };

/** The id of a seeded unit, looked up by code through the administrator's unit list. */
async function unitIdByCode(browser: Browser, code: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page, admin.email, admin.password);
  await page.goto(`/admin/units?q=${code}&status=all`);
  const href = await page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: code, exact: true }) })
    .getByRole("link")
    .getAttribute("href");
  await context.close();
  const id = href?.split("/").pop();
  if (!id) throw new Error(`No unit with code ${code}`);
  return id;
}

test("an administrator creates a unit under an existing one, finds it without diacritics and renames it", async ({
  page,
}) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const name = `Công đoàn bộ phận Phòng Đổi mới sáng tạo ${stamp}`;
  await signInViaApi(page, admin.email, admin.password);

  await page.goto("/admin/units");
  await page.getByLabel("Tìm theo tên hoặc mã").fill("cong doan bo tu phap");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(/q=cong\+doan\+bo\+tu\+phap/);
  await page.getByRole("link", { name: "Công đoàn Bộ Tư pháp", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Công đoàn Bộ Tư pháp" })).toBeVisible();

  await page.getByRole("link", { name: "Thêm đơn vị cấp dưới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thêm đơn vị" })).toBeVisible();
  await expect(page.getByLabel("Đơn vị cấp trên", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByLabel("Tên đơn vị").fill(name);
  await page.getByLabel("Mã", { exact: true }).fill(`tp-dm-${stamp}`);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Vị trí trong cây tổ chức" })).toContainText(
    "Công đoàn Bộ Tư pháp",
  );
  await expect(page.getByText(`TP-DM-${stamp}`).first()).toBeVisible();

  await page.goto(`/admin/units?q=${encodeURIComponent(`phong doi moi sang tao ${stamp.toLowerCase()}`)}`);
  await expect(page.getByText("1 đơn vị")).toBeVisible();
  await page.getByRole("link", { name }).click();

  const renamed = `${name} – Tổ chuyển đổi số 🚀`;
  await page.getByLabel("Tên đơn vị").fill(renamed);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Tên đơn vị")).toHaveValue(renamed);
});

test("an officer sees their own unit but gets not-found for a sibling unit and a malformed id", async ({
  page,
  browser,
}) => {
  const [ownId, siblingId] = await Promise.all([unitIdByCode(browser, "CDBNV"), unitIdByCode(browser, "CDBTP")]);
  await signInViaApi(page, officerNoiVu.email, officerNoiVu.password);

  await page.goto(`/units/${ownId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Công đoàn Bộ Nội vụ" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Đơn vị cấp dưới" })).toBeVisible();

  for (const path of [`/units/${siblingId}`, "/units/khong-phai-uuid", `/admin/units/${ownId}`, "/admin/units"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByText("Công đoàn Bộ Tư pháp")).toHaveCount(0);
  }
});
