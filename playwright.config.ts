import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./e2e/support/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

// The app under test starts exactly as README's `npm start` does (migrate, seed once, serve),
// against E2E_DATABASE_URL when set, else against an embedded database in a scratch folder.
const serverEnv: Record<string, string> = {
  PORT: String(port),
  NEXTAUTH_URL: baseURL,
  NEXTAUTH_SECRET: "e2e-secret-that-is-at-least-32-characters",
  SEED_DEMO_DATA: "true",
  LOG_LEVEL: "warn",
};
if (process.env.E2E_DATABASE_URL) serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
if (process.env.E2E_PGLITE_DATA_DIR) serverEnv.PGLITE_DATA_DIR = process.env.E2E_PGLITE_DATA_DIR;
if (process.env.E2E_EMBEDDED_DATABASE_PORT) serverEnv.EMBEDDED_DATABASE_PORT = process.env.E2E_EMBEDDED_DATABASE_PORT;

export default defineConfig({
  testDir: "e2e",
  // Its own folder: Playwright empties outputDir at start, and the unit report sits beside it.
  outputDir: "test-results/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    env: serverEnv,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
