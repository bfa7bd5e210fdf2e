// Which roster export the benchmark times: the signed-in roster view (public and staff-only
// honorees) closest to 50,000 rows, among the whole roster, each movement and each range of
// award years, so the figure means "an export of 50,000 rows" whatever the dataset's size.
import type pg from "pg";

export const exportTargetRows = 50_000;

export interface ExportChoice {
  /** The export route's query string, format included. */
  query: string;
  rows: number;
  /** What the rows are, for the report. */
  label: string;
}

/** The export view nearest `exportTargetRows`. */
export async function chooseExport(client: pg.Client): Promise<ExportChoice> {
  const listed = `"listedFor" IS NOT NULL`;
  const total = Number(
    (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Honoree" WHERE ${listed}`)).rows[0]!.n,
  );
  const candidates: ExportChoice[] = [{ query: "format=xlsx", rows: total, label: "whole roster" }];

  const movements = await client.query<{ id: string; n: string }>(
    `SELECT "movementId" AS id, count(*) AS n FROM "Honoree" WHERE ${listed} GROUP BY 1`,
  );
  for (const row of movements.rows)
    candidates.push({ query: `format=xlsx&movement=${row.id}`, rows: Number(row.n), label: "one movement" });

  // The roster's period filter counts award days from 1 January of `from` to 31 December of `to`.
  const years = await client.query<{ year: number; n: string }>(
    `SELECT extract(year FROM "awardedOn")::int AS year, count(*) AS n FROM "Honoree" WHERE ${listed} GROUP BY 1 ORDER BY 1`,
  );
  const perYear = years.rows.map((row) => ({ year: row.year, rows: Number(row.n) }));
  for (let first = 0; first < perYear.length; first++) {
    let rows = 0;
    for (let last = first; last < perYear.length; last++) {
      rows += perYear[last]!.rows;
      const from = perYear[first]!.year;
      const to = perYear[last]!.year;
      candidates.push({ query: `format=xlsx&from=${from}&to=${to}`, rows, label: `awarded ${from}–${to}` });
    }
  }
  return candidates.reduce((best, candidate) =>
    Math.abs(candidate.rows - exportTargetRows) < Math.abs(best.rows - exportTargetRows) ? candidate : best,
  );
}
