import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp, tsxCli } from "./support/app-process";

// README's start command with no DATABASE_URL: embedded PostgreSQL under a data folder,
// migrated and seeded on first start, and the same data after a restart.
test.describe.configure({ mode: "serial", timeout: 600_000 });

test("npm start with no DATABASE_URL runs on an embedded database that survives a restart", async ({ page }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "vd-embedded-"));
  const env = {
    DATABASE_URL: undefined,
    PGLITE_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: "embedded-test-secret-at-least-32-characters",
    NEXTAUTH_URL: undefined,
    SEED_DEMO_DATA: undefined,
    LOG_LEVEL: "warn",
  };
  const port = 3105;
  try {
    const first = await startApp({ args: [tsxCli, "scripts/start.ts", "--no-build"], port, env, timeoutMs: 480_000 });
    try {
      expect(first.output()).toContain("Embedded PostgreSQL (PGlite)");
      expect(first.output()).toMatch(/Applied migrations: \d+_init/);
      expect(first.output()).toMatch(/Seeded demo data/);
      const health = await page.request.get(`${first.url}/api/health`);
      expect(health.status()).toBe(200);
      await page.goto(first.url);
      await expect(page.locator("section[aria-labelledby=latest-honorees] ul > li").first()).toBeVisible();
    } finally {
      await first.stop();
    }

    const second = await startApp({ args: [tsxCli, "scripts/start.ts", "--no-build"], port, env, timeoutMs: 240_000 });
    try {
      expect(second.output()).toContain("Database schema is up to date.");
      expect(second.output()).not.toMatch(/Seeded demo data/);
      await page.goto(second.url);
      await expect(page.locator("section[aria-labelledby=latest-honorees] ul > li").first()).toBeVisible();
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
