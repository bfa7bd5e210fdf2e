import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db";
import { toSearchText } from "../lib/text/search-text";

test.use({ locale: "vi-VN" });
// These tests write their own accounts straight into the app's database.
if (!process.env.E2E_DATABASE_URL)
  throw new Error("E2E_DATABASE_URL is not set: run the suite with `npm test`, which sets it.");

/** A fresh account (never the shared demo admin: other specs sign in as it). */
async function createAccount(role?: "ADMIN") {
  const client = createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });
  try {
    const email = `mfa-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}@e2e.vinhdanh`;
    const password = `Thu-nghiem-${randomUUID()}`;
    const fullName = "Trần Thị Bảo Mật";
    const root = role ? await client.unit.findUniqueOrThrow({ where: { code: "CDVCVN" }, select: { id: true } }) : null;
    await client.user.create({
      data: {
        email,
        fullName,
        fullNameSearch: toSearchText(fullName),
        passwordHash: await hashPassword(password),
        roles: { create: root && role ? [{ role, unitId: root.id }] : [] },
      },
    });
    return { email, password };
  } finally {
    await client.$disconnect();
  }
}

/** The code an authenticator app would show, `offsetSteps` steps from now. */
function codeFor(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

async function submitPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

async function signInWithCode(page: Page, email: string, password: string, code: string) {
  await submitPassword(page, email, password);
  await expect(page.getByRole("status").filter({ hasText: "xác thực hai bước" })).toBeVisible();
  await page.getByLabel("Mã xác thực").fill(code);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
}

test("an administrator turns on two-factor sign-in, then signs in with a code and with a recovery code once", async ({
  page,
}) => {
  const { email, password } = await createAccount("ADMIN");
  await submitPassword(page, email, password);
  await expect(page).toHaveURL("/");

  await page.goto("/account/mfa");
  await expect(page.getByRole("heading", { level: 1, name: "Xác thực hai bước" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Mã QR/ })).toBeVisible();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Mã xác thực").fill(codeFor(secret));
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();

  const codes = page.getByRole("list", { name: "Các mã khôi phục của bạn" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent()) ?? "";
  expect(recoveryCode).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/);
  await expect(page.getByRole("button", { name: "Hoàn tất" })).toBeDisabled();
  await page.getByLabel("Tôi đã lưu các mã khôi phục").check();
  await page.getByRole("button", { name: "Hoàn tất" }).click();
  await expect(page.getByText("Xác thực hai bước đang bật.")).toBeVisible();
  await signOut(page);

  // The code used to enrol cannot be replayed: use the next step's code, as an app would show shortly.
  await signInWithCode(page, email, password, codeFor(secret, 1));
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: /^Xin chào, / })).toBeVisible();
  await signOut(page);

  await signInWithCode(page, email, password, recoveryCode);
  await expect(page).toHaveURL("/");
  await signOut(page);

  await signInWithCode(page, email, password, recoveryCode);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.",
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated wrong passwords are answered with a localized 'try again later'", async ({ page }) => {
  const { email, password } = await createAccount();
  for (let i = 0; i < 5; i++) {
    await submitPassword(page, email, `sai-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Thư điện tử hoặc mật khẩu không đúng.");
  }
  // Locked now, even with the right password.
  await submitPassword(page, email, password);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Có quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau 1 phút.",
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in page says when the password was just changed, and that the demo needs no second factor", async ({
  page,
}) => {
  await page.goto("/sign-in?reason=password-changed");
  await expect(page.getByRole("status")).toHaveText("Mật khẩu đã được đổi. Vui lòng đăng nhập lại.");
  await expect(page.getByText("Bản trình diễn này không yêu cầu xác thực hai bước.")).toBeVisible();
});
