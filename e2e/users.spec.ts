import { createPrismaClient } from "../lib/db";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { signInViaApi } from "./support/sign-in";

test.use({ locale: "vi-VN" });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A fresh browser context (own cookies), as another person on another computer. */
async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "vi-VN" });
  return context.newPage();
}

/** The administrator creates an account through the form and reads the temporary password shown once. */
async function createAccount(admin: Page, options: { role: string; unit: string; fullName: string }) {
  const email = `nguoi-dung-${unique()}@vinhdanh.test`;
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Thư điện tử").fill(email);
  await admin.getByLabel("Họ và tên").fill(options.fullName);
  await admin.getByLabel("Vai trò").selectOption({ label: options.role });
  const unitSelect = admin.getByLabel("Đơn vị", { exact: true });
  // Options are indented by depth with non-breaking spaces.
  const unitValue = await unitSelect
    .locator("option")
    .filter({ hasText: new RegExp(`^\\s*${options.unit}$`) })
    .getAttribute("value");
  await unitSelect.selectOption(unitValue!);
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(admin.getByText("Đã tạo tài khoản.")).toBeVisible();
  const temporaryPassword = (await admin.getByTestId("temporary-password").textContent())!.trim();
  expect(temporaryPassword).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
  return { email, temporaryPassword };
}

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** First sign-in: sent to the password page, which explains why, then back to sign in. */
async function replaceTemporaryPassword(page: Page, temporaryPassword: string, newPassword: string) {
  await expect(page).toHaveURL("/account/password");
  await expect(page.getByRole("note")).toContainText("mật khẩu tạm thời");
  await page.getByLabel("Mật khẩu hiện tại").fill(temporaryPassword);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=password-changed/);
}

test("an administrator creates an officer, who signs in with the temporary password and must replace it", async ({
  page,
  browser,
}) => {
  const admin = demoAccount("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  const fullName = `Phạm Thị Thu Trang ${unique()}`;
  const { email, temporaryPassword } = await createAccount(page, {
    role: "Cán bộ công đoàn",
    unit: "Công đoàn Bộ Tư pháp",
    fullName,
  });

  // The new person appears in the list, found without diacritics.
  await page.goto(`/admin/users?q=${encodeURIComponent("pham thi thu trang")}&role=OFFICER`);
  await expect(page.getByRole("link", { name: fullName })).toBeVisible();

  const officer = await newPerson(browser);
  await signInWithForm(officer, email, temporaryPassword);
  const newPassword = `Sông Hồng chảy qua Hà Nội ${unique()}`;
  await replaceTemporaryPassword(officer, temporaryPassword, newPassword);

  await signInWithForm(officer, email, newPassword);
  await expect(officer).toHaveURL("/");
  await expect(officer.getByRole("heading", { level: 1, name: `Xin chào, ${fullName}` })).toBeVisible();
  await expect(officer.getByRole("list", { name: "Vai trò của bạn" })).toContainText("Cán bộ công đoàn");

  // …and is refused a sibling unit's page as if it did not exist.
  const db = createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });
  const sibling = await db.unit.findUniqueOrThrow({ where: { code: "CDBNV" }, select: { id: true } });
  await db.$disconnect();
  const refused = await officer.goto(`/units/${sibling.id}`);
  expect(refused?.status()).toBe(404);
  await expect(officer.getByText("Công đoàn Bộ Nội vụ")).toHaveCount(0);
  await officer.context().close();
});

test("a staff member renames themself, switches to English, and a wrong current password keeps what they typed", async ({
  page,
  browser,
}) => {
  const admin = demoAccount("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  const { email, temporaryPassword } = await createAccount(page, {
    role: "Đoàn viên",
    unit: "Công đoàn Bộ Tư pháp",
    fullName: `Viên chức ${unique()}`,
  });
  const staff = await newPerson(browser);
  await signInWithForm(staff, email, temporaryPassword);
  const password = `Ngày mai trời lại sáng ${unique()}`;
  await replaceTemporaryPassword(staff, temporaryPassword, password);
  await signInViaApi(staff, email, password);

  await staff.goto("/account");
  const newName = `Đỗ Thị Ánh Tuyết 🌸 ${unique()}`;
  await staff.getByLabel("Họ và tên").fill(newName);
  await staff.getByLabel("Ngôn ngữ ưa dùng").selectOption("en");
  await staff.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(staff.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(staff.getByLabel("Full name")).toHaveValue(newName);

  // Typed but not saved: a failing password change must not wipe it.
  await staff.getByLabel("Full name").fill("Đỗ Thị Ánh Tuyết (chưa lưu)");
  await staff.getByLabel("Current password").fill("not-my-password");
  await staff.getByLabel("New password", { exact: true }).fill("Một mật khẩu mới đủ dài");
  await staff.getByLabel("Confirm the new password").fill("Một mật khẩu mới đủ dài");
  await staff.getByRole("button", { name: "Change password" }).click();
  await expect(staff.getByText("The current password is wrong.")).toBeVisible();
  await expect(staff.getByLabel("Current password")).toHaveValue("");
  await expect(staff.getByLabel("Full name")).toHaveValue("Đỗ Thị Ánh Tuyết (chưa lưu)");
  await staff.context().close();
});

test("people management is not there for a staff member", async ({ page }) => {
  const staff = demoAccount("STAFF");
  await signInViaApi(page, staff.email, staff.password);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  expect((await page.goto("/admin/users/not-a-uuid"))?.status()).toBe(404);
});

test("an unknown or malformed account id is a 404 for an administrator too", async ({ page }) => {
  const admin = demoAccount("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  expect((await page.goto("/admin/users/not-a-uuid"))?.status()).toBe(404);
  expect((await page.goto("/admin/users/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
});
