import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts?(x)"],
    globalSetup: ["scripts/test/global-setup.ts"],
    setupFiles: ["scripts/test/worker-setup.ts"],
    // Keep in step with workerCount in scripts/test/global-setup.ts (one database per worker).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
