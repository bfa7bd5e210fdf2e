import { expect, test } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { signInViaApi } from "./support/sign-in";

const sessionCookieName = "next-auth.session-token";

test("pages carry a strict content security policy and the basic security headers", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Even before its script runs, the form would never put a password into the URL.
  await expect(page.locator("form", { has: page.getByLabel("Mật khẩu") })).toHaveAttribute("method", "post");
  // The sign-in form is a client component: it only works if the nonce reached Next's scripts.
  const staff = demoAccount("STAFF");
  await page.getByLabel("Thư điện tử").fill(staff.email);
  await page.getByLabel("Mật khẩu").fill(staff.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL("/");
  expect(violations).toEqual([]);
});

test("cross-site and Origin: null posts are refused with 403, not 500", async ({ request }) => {
  for (const origin of ["https://evil.example", "null"]) {
    const response = await request.post("/", {
      headers: { Origin: origin, "Next-Action": "0".repeat(42) },
      data: "[]",
    });
    expect(response.status(), origin).toBe(403);
    const auth = await request.post("/api/auth/callback/credentials", {
      headers: { Origin: origin },
      form: { email: "x@y.z", password: "p" },
    });
    expect(auth.status(), origin).toBe(403);
  }
});

test("the session cookie is HttpOnly and SameSite=Lax, changes at each sign-in and dies at sign-out", async ({
  page,
  browser,
}) => {
  const staff = demoAccount("STAFF");
  await signInViaApi(page, staff.email, staff.password);
  const first = (await page.context().cookies()).find((c) => c.name === sessionCookieName);
  expect(first?.httpOnly).toBe(true);
  expect(first?.sameSite).toBe("Lax");

  await signInViaApi(page, staff.email, staff.password);
  const second = (await page.context().cookies()).find((c) => c.name === sessionCookieName);
  expect(second?.value).not.toBe(first?.value);

  // Sign out in this browser, then replay the old cookie from another: the server refuses it.
  await page.goto("/");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies([{ ...second!, expires: -1 }]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/");
  await expect(replayPage.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await expect(replayPage.getByRole("heading", { level: 1, name: /^Xin chào/ })).toHaveCount(0);
  await replay.close();
});

test("signing out is a plain form: it works without JavaScript, on a public page, and ends the session on the server", async ({
  browser,
}) => {
  const staff = demoAccount("STAFF");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInViaApi(page, staff.email, staff.password);
  const cookie = (await context.cookies()).find((c) => c.name === sessionCookieName);
  expect(cookie).toBeDefined();

  await page.goto("/honorees");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === sessionCookieName)).toBeUndefined();

  // The token itself no longer opens a session anywhere.
  const replay = await browser.newContext();
  await replay.addCookies([{ ...cookie!, expires: -1 }]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/");
  await expect(replayPage.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await replay.close();
  await context.close();
});
