// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded database).
import { applyPendingMigrations, MigrationFailedError } from "./db/migrations";
import { openDatabase } from "./db/local-database";

const database = await openDatabase();
try {
  const applied = await applyPendingMigrations(database.url);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.",
  );
} catch (error) {
  if (error instanceof MigrationFailedError) {
    console.error(`${error.message}\nNothing was changed: fix the migration and run \`npm run db:migrate\` again.`);
  } else {
    console.error("Migration failed:", error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
} finally {
  await database.close();
}
