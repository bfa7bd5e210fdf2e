import { expect, test } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { signInViaApi } from "./support/sign-in";

test("an anonymous visitor sees published honorees and open movements, in Vietnamese by default", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Vinh Danh");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Người tốt, việc tốt" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gương điển hình mới được tôn vinh" })).toBeVisible();
  await expect(page.locator("section[aria-labelledby=latest-honorees] ul > li").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Phong trào đang diễn ra" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nhật ký hệ thống" })).toHaveCount(0);
});

test("the language switcher translates the page and remembers the choice", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Chuyển sang English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Good people, good deeds" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Switch to Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Người tốt, việc tốt" })).toBeVisible();
});

test("the skip link is the first stop for keyboard users and moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("an unknown address shows a localized not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/khong-co-trang-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});

test("the audit log is for administrators only", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Faudit/);

  const staff = demoAccount("STAFF");
  await signInViaApi(page, staff.email, staff.password);
  const asStaff = await page.goto("/admin/audit");
  expect(asStaff?.status()).toBe(404);

  const admin = demoAccount("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký hệ thống" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "auth.signed_in" }).first()).toBeVisible();
});

test("the health endpoint reports the database as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { isReachable: true } });
});
