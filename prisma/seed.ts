// npm run db:seed: loads the demo data into DATABASE_URL (or the embedded database).
import { createPrismaClient } from "../lib/db";
import { openDatabase } from "../scripts/db/local-database";
import { demoAccounts, seedDemoData } from "./seed/index";

const database = await openDatabase();
// The seed writes one movement per transaction; a generous statement timeout suits the embedded database.
const client = createPrismaClient({
  connectionString: database.url,
  statementTimeoutMs: 120_000,
  connectTimeoutMs: 30_000,
});
const startedAt = performance.now();
try {
  const { created } = await seedDemoData(client);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(
    created ? `Demo data seeded in ${seconds}s.` : `Demo data already present; nothing changed (${seconds}s).`,
  );
  console.log("\nDemo accounts:");
  console.table(demoAccounts.map(({ email, password, role, description }) => ({ email, password, role, description })));
} catch (error) {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await client.$disconnect();
  await database.close();
}
