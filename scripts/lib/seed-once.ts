import { createPrismaClient } from "../../lib/db";
import { seedDemoData } from "../../prisma/seed/index";

/** Seeds the demo data into a database that has no units yet; leaves any other database alone. */
export async function seedIfEmpty(connectionString: string): Promise<void> {
  const client = createPrismaClient({ connectionString });
  try {
    if ((await client.unit.count()) > 0) return;
    const started = Date.now();
    await seedDemoData(client);
    console.log(`Seeded demo data in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await client.$disconnect();
  }
}
