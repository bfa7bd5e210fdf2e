import { expect, test } from "@playwright/test";
import { demoAccount } from "./support/accounts";

test.use({ locale: "vi-VN" });

const homes = [
  { role: "ADMIN", section: "home-admin", chip: "Quản trị viên" },
  { role: "OFFICER", section: "home-officer", chip: "Cán bộ công đoàn" },
  { role: "REVIEWER", section: "home-reviewer", chip: "Thành viên hội đồng" },
  { role: "STAFF", section: null, chip: "Đoàn viên" },
] as const;

for (const home of homes) {
  test(`a ${home.role.toLowerCase()} signs in with the form and sees their home page`, async ({ page }) => {
    const account = demoAccount(home.role);
    await page.goto("/sign-in");
    await page.getByLabel("Thư điện tử").fill(account.email);
    await page.getByLabel("Mật khẩu").fill(account.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();

    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: /^Xin chào, / })).toBeVisible();
    await expect(page.getByRole("list", { name: "Vai trò của bạn" })).toContainText(home.chip);
    if (home.section) await expect(page.getByTestId(home.section)).toBeVisible();
    if (home.role !== "ADMIN") await expect(page.getByTestId("home-admin")).toHaveCount(0);

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  });
}

test("a wrong password and an unknown account get the same generic message", async ({ page }) => {
  const account = demoAccount("OFFICER");
  for (const email of [account.email, "khong-ton-tai@vinhdanh.demo"]) {
    await page.goto("/sign-in");
    await page.getByLabel("Thư điện tử").fill(email);
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau-123");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Thư điện tử hoặc mật khẩu không đúng.");
    await expect(page).toHaveURL(/\/sign-in/);
  }
});
