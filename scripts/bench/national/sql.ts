// Small tools every stage of the national fill shares: deterministic ids and pseudo-random
// numbers (a function of a row number, so two fills are identical), and column-wise inserts
// through unnest(), which send one array per column instead of one parameter per value.
import type pg from "pg";

/** Id namespaces: the first group of a bench UUID says which table a row belongs to. */
export const ns = {
  unit: 1,
  user: 2,
  role: 3,
  movement: 4,
  phase: 5,
  criterion: 6,
  title: 7,
  registration: 8,
  target: 9,
  nomination: 10,
  selfAssessment: 11,
  review: 12,
  score: 13,
  councilMember: 14,
  decision: 15,
  honoree: 16,
  posting: 17,
  feedback: 18,
  routeUnit: 19,
  levelRow: 20,
  step: 21,
  allotment: 22,
  consideration: 23,
  proposal: 24,
} as const;

/** A deterministic UUID (valid version-4 layout) from a namespace and a row number, as roster-data.ts makes them. */
export function benchUuid(namespace: number, n: number): string {
  return `${namespace.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** The same UUID built in SQL from integer expressions (inlined by the planner: no function call per row). */
export function sqlUuid(namespace: number, n: string): string {
  return `('${namespace.toString(16).padStart(8, "0")}-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
}

/** A number in [0, 1) that looks random but is a function of the integer `x` (multiplicative hash, then an xor-shift). */
export function unit(x: number): number {
  let v = Math.imul(x >>> 0, 0x5bd1e995) >>> 0;
  v = Math.imul((v ^ (v >>> 15)) >>> 0, 0x41c64e6d) >>> 0;
  return v / 4294967296;
}

/** The same hash as `unit`, as an SQL expression over a non-negative bigint expression `x`. */
export function sqlUnit(x: string): string {
  const v = `((((${x}) % 4294967296) * 1540483477) % 4294967296)`;
  return `(((((${v}) # ((${v}) >> 15)) * 1103515245) % 4294967296)::float8 / 4294967296)`;
}

/** Item `n` of `list`, cycling. */
export function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length]!;
}

/** `date` moved by whole days. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** A calendar day ("2024-09-10") as the UTC midnight that @db.Date columns store. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A column of an unnest() insert: its name and PostgreSQL array type ("uuid", "text", "int", a quoted enum…). */
export type Column = readonly [name: string, type: string];

/**
 * Inserts rows given column by column: `values[i]` holds column i of every row. One statement per
 * `batch` rows; `select` may wrap the unnest (e.g. to join a lookup table) and receives its alias "r".
 */
export async function insertColumns(
  client: pg.Client,
  table: string,
  columns: readonly Column[],
  values: readonly (readonly unknown[])[],
  options: { batch?: number; select?: (columnList: string) => string } = {},
): Promise<number> {
  const rows = values[0]?.length ?? 0;
  const batch = options.batch ?? 20_000;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const unnest = `unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")}) AS r(${names})`;
  const select = options.select ? options.select(names) : `SELECT * FROM ${unnest}`;
  const sql = `INSERT INTO "${table}" (${names}) ${select.replace("$UNNEST", () => unnest)}`;
  for (let start = 0; start < rows; start += batch) {
    await client.query(
      sql,
      values.map((column) => column.slice(start, start + batch).map(utc)),
    );
  }
  return rows;
}

/** Inserts `objects` (each with a property per column) through insertColumns. */
export async function insertObjects(
  client: pg.Client,
  table: string,
  columns: readonly Column[],
  objects: readonly object[],
): Promise<number> {
  const rows = new Columns(columns.map(([name]) => name));
  for (const object of objects) rows.push(object as Record<string, unknown>);
  return insertColumns(client, table, columns, rows.arrays(columns));
}

/** Dates as UTC ISO text: Prisma's timestamp columns hold UTC, whatever the process's time zone. */
const utc = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * Rows inserted as they are built, `batch` at a time through insertColumns, so a large table
 * never sits in memory whole. Call `finish` after the last row; it returns how many were written.
 */
export class BatchInserter {
  private readonly rows: Columns<string>;
  private written = 0;
  constructor(
    private readonly client: pg.Client,
    private readonly table: string,
    private readonly columns: readonly Column[],
    private readonly options: { batch?: number; select?: (columnList: string) => string } = {},
  ) {
    this.rows = new Columns(columns.map(([name]) => name));
  }
  async add(row: Record<string, unknown>): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= (this.options.batch ?? 10_000)) await this.flush();
  }
  async finish(): Promise<number> {
    await this.flush();
    return this.written;
  }
  private async flush(): Promise<void> {
    const arrays = this.rows.arrays(this.columns);
    this.written += await insertColumns(this.client, this.table, this.columns, arrays, {
      ...this.options,
      batch: Infinity,
    });
    this.rows.clear();
  }
}

/** Column-wise storage for rows built one at a time: push objects, read arrays. */
export class Columns<K extends string> {
  readonly data: Record<K, unknown[]>;
  constructor(readonly keys: readonly K[]) {
    this.data = Object.fromEntries(keys.map((key) => [key, []])) as unknown as Record<K, unknown[]>;
  }
  push(row: Record<K, unknown>): void {
    for (const key of this.keys) this.data[key].push(row[key]);
  }
  clear(): void {
    for (const key of this.keys) this.data[key] = [];
  }
  get length(): number {
    return this.data[this.keys[0]!].length;
  }
  /** The arrays in the order of `columns` (each column's name is a key). */
  arrays(columns: readonly Column[]): unknown[][] {
    return columns.map(([name]) => this.data[name as K]);
  }
}
