// npm run db:migration -- <name>: writes the next migration from the change to schema.prisma.
import { createMigration } from "./db/migrations";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_evidence_files)");
  process.exit(2);
}
const created = await createMigration(name);
if (!created) {
  console.log("schema.prisma has not changed since the last migration: nothing to write.");
} else {
  console.log(`Wrote ${created.dir}/migration.sql:\n\n${created.sql}`);
  console.log("Review it, then run `npm run db:migrate`.");
}
