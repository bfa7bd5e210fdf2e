// The dataset `npm run bench` measures: scripts/bench/national-data.ts, or another module with
// the same exports named by BENCH_DATASET (a path from the project root, e.g. a small dataset
// while working on the harness itself).
import path from "node:path";
import { pathToFileURL } from "node:url";
import type pg from "pg";
import type { NationalFixture } from "./national-data";
import { projectRoot } from "../db/migrations";

/** Who and what the scenarios use, read from a filled database. */
export type { NationalFixture } from "./national-data";

export interface BenchDataset {
  benchPassword: string;
  fillNational(client: pg.Client, log?: (line: string) => void): Promise<Record<string, number>>;
  nationalFixture(client: pg.Client): Promise<NationalFixture>;
}

/** The dataset module (national-data.ts unless BENCH_DATASET names another). */
export async function loadDataset(): Promise<BenchDataset> {
  const other = process.env.BENCH_DATASET;
  if (other) return (await import(pathToFileURL(path.resolve(projectRoot, other)).href)) as BenchDataset;
  return import("./national-data");
}

/** Row counts of the tables that make the dataset's scale, for the report's header. */
export async function datasetCounts(client: pg.Client): Promise<Record<string, number>> {
  const tables = ["Unit", "User", "Movement", "Nomination", "Review", "Honoree"];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`);
    counts[table] = Number(result.rows[0]!.count);
  }
  return counts;
}
