// Runs in each test worker: points the app's database client at this worker's database,
// and its file store at a scratch folder.
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

const { workers } = inject("testDatabases");
const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
const url = workers[(poolId - 1) % workers.length];
if (!url) throw new Error("No test database was prepared for this worker.");

process.env.TEST_DATABASE_URL = url;
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
process.env.LOG_LEVEL ??= "silent";
// Created by the store on first use, so test files that store nothing leave nothing behind.
process.env.UPLOAD_DIR = path.join(tmpdir(), `vd-uploads-${poolId}-${process.pid}`);
