// Vitest global setup: one migrated database per worker (copied from a migrated template
// on a real server), plus two empty ones for the migration drift test.
import type { TestProject } from "vitest/node";
import { applyPendingMigrations } from "../db/migrations";
import { openTestDatabaseServer } from "./database-server";

export const workerCount = 2;

declare module "vitest" {
  export interface ProvidedContext {
    testDatabases: { workers: string[]; driftA: string; driftB: string; kind: "server" | "embedded" };
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestDatabaseServer();
  const prefix = `vd_test_${process.pid}`;
  const workers: string[] = [];
  if (server.kind === "server") {
    const templateName = `${prefix}_template`;
    await applyPendingMigrations(await server.create(templateName));
    for (let i = 1; i <= workerCount; i++)
      workers.push(await server.create(`${prefix}_w${i}`, { template: templateName }));
  } else {
    for (let i = 1; i <= workerCount; i++) {
      const url = await server.create(`${prefix}_w${i}`);
      await applyPendingMigrations(url);
      workers.push(url);
    }
  }
  const driftA = await server.create(`${prefix}_drift_a`);
  const driftB = await server.create(`${prefix}_drift_b`);
  project.provide("testDatabases", { workers, driftA, driftB, kind: server.kind });
  return async () => {
    await server.dispose();
  };
}
