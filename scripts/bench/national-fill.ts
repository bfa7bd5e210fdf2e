// Creates the national-scale benchmark database (vd_bench_national), migrates it and fills it
// (scripts/bench/national-data.ts), printing the seconds of each stage and the rows of each table.
//
//   npx tsx scripts/bench/national-fill.ts            drop, create, migrate, fill
//   npx tsx scripts/bench/national-fill.ts --reuse    only print the counts and the fixture
import { performance } from "node:perf_hooks";
import { benchDatabase, prepareBenchDatabase, withClient } from "./bench-database";
import { fillNational, nationalFixture, tableCounts } from "./national-data";

const database = benchDatabase("vd_bench_national");
const args = new Set(process.argv.slice(2));

async function main() {
  const started = performance.now();
  const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
  await prepareBenchDatabase(database, args, async () => {
    console.log(`${"create and migrate".padEnd(24)} ${seconds(started)}`);
    const filling = performance.now();
    await withClient(database.url, (client) => fillNational(client, (line) => console.log(line)));
    console.log(`${"fill".padEnd(24)} ${seconds(filling)}`);
  });
  const counts = await withClient(database.url, tableCounts);
  console.log("\nrows per table");
  for (const [table, count] of Object.entries(counts))
    if (count > 0) console.log(`  ${table.padEnd(28)} ${count.toLocaleString("en").padStart(10)}`);
  const fixture = await withClient(database.url, nationalFixture);
  console.log("\nfixture");
  console.log(
    JSON.stringify(
      { ...fixture, profileIds: `${fixture.profileIds.length} ids, first ${fixture.profileIds[0]}` },
      null,
      2,
    ),
  );
  console.log(`\nTotal ${seconds(started)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
