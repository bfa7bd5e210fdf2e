import { expect, test } from "@playwright/test";
import { startCuttableProxy } from "../scripts/test/tcp-proxy";
import { serveArgs, startApp, tsxCli } from "./support/app-process";

// The database goes away under a running app: health says 503, pages say so in the
// visitor's language, and both recover by themselves when it returns.
test.describe.configure({ timeout: 180_000 });

test("a database outage shows a localized unavailable page and heals without a restart", async ({ page }) => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the suite with `npm test`, which sets it.");
  const target = new URL(databaseUrl);
  const proxy = await startCuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
  target.port = String(proxy.port);
  const app = await startApp({
    args: [...serveArgs],
    port: 3106,
    env: {
      DATABASE_URL: target.toString(),
      NEXTAUTH_SECRET: "outage-test-secret-at-least-32-characters",
      NEXTAUTH_URL: "http://localhost:3106",
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
      LOG_LEVEL: "silent",
    },
  });
  try {
    await page.goto(app.url);
    await expect(page.getByRole("heading", { level: 1, name: "Người tốt, việc tốt" })).toBeVisible();

    await proxy.cut();
    const down = await page.request.get(`${app.url}/api/health`);
    expect(down.status()).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable" });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Dịch vụ tạm thời gián đoạn" })).toBeVisible();

    // Signing in meanwhile says the service is down, not that the password is wrong.
    const signIn = await page.context().newPage();
    await signIn.goto(`${app.url}/sign-in`);
    await signIn.getByLabel("Thư điện tử").fill("admin@vinhdanh.demo");
    await signIn.getByLabel("Mật khẩu").fill("any-password-at-all");
    await signIn.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(signIn.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
      "Hệ thống tạm thời không truy cập được. Vui lòng thử lại sau ít phút.",
    );
    await signIn.close();

    await proxy.restore();
    // No reload by the test: the page polls /api/health and re-renders itself.
    await expect(page.getByRole("heading", { level: 1, name: "Người tốt, việc tốt" })).toBeVisible({ timeout: 30_000 });
    expect((await page.request.get(`${app.url}/api/health`)).status()).toBe(200);
  } finally {
    await app.stop();
    await proxy.close();
  }
});

test("npm start with the database down still starts, answers 503, and recovers when it returns", async ({ page }) => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the suite with `npm test`, which sets it.");
  const target = new URL(databaseUrl);
  const proxy = await startCuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.cut();
  target.port = String(proxy.port);
  const app = await startApp({
    args: [tsxCli, "scripts/start.ts", "--no-build"],
    port: 3107,
    expectStatus: 503,
    env: {
      DATABASE_URL: target.toString(),
      NEXTAUTH_SECRET: "outage-test-secret-at-least-32-characters",
      NEXTAUTH_URL: "http://localhost:3107",
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
      LOG_LEVEL: "silent",
    },
  });
  try {
    expect(app.output()).toContain("Starting anyway");
    await page.goto(app.url);
    await expect(page.getByRole("heading", { name: "Dịch vụ tạm thời gián đoạn" })).toBeVisible();

    await proxy.restore();
    await expect(page.getByRole("heading", { level: 1, name: "Người tốt, việc tốt" })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => app.output(), { timeout: 30_000 }).toContain("The database answers again and is ready.");
  } finally {
    await app.stop();
    await proxy.close();
  }
});
