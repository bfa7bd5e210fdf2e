// The benchmark's tables: budget verdicts, and the same rows printed for the console and as
// Markdown (docs/bench/latest.md).
import type { Budget } from "./scenarios";

export interface LoadRow {
  scenario: string;
  clients: number;
  /** Latency percentiles, ms. */
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Requests per second over the baseline's at the same number of clients. */
  baselineShare: number | null;
  errors: number;
  peakRssMb: number;
  sqlPerRequest: number | null;
  verdict: string;
}

export interface FrontEndRow {
  page: string;
  filesKb: number;
  fileCount: number;
  inlineKb: number;
  totalKb: number;
  performance: number | null;
  accessibility: number | null;
  verdict: string;
}

const mark = (isMet: boolean) => (isMet ? "✓" : "✗");

/** ✓/✗ for each budget that applies to `row` (latency up to the budget's clients, the baseline share only at 50 clients, SQL where measured). */
export function loadVerdict(row: Omit<LoadRow, "verdict">, budget: Budget): string {
  const parts: string[] = [];
  if (budget.p95Ms !== undefined && row.clients <= (budget.p95UpToClients ?? Infinity))
    parts.push(`${mark(row.p95 < budget.p95Ms)} p95 < ${budget.p95Ms} ms`);
  if (budget.minBaselineShare !== undefined && row.clients === 50 && row.baselineShare !== null) {
    parts.push(
      `${mark(row.baselineShare >= budget.minBaselineShare)} ≥ ${budget.minBaselineShare * 100} % of baseline`,
    );
  }
  if (budget.maxSqlPerRequest !== undefined && row.sqlPerRequest !== null)
    parts.push(`${mark(row.sqlPerRequest <= budget.maxSqlPerRequest)} ≤ ${budget.maxSqlPerRequest} SQL`);
  return parts.join(", ");
}

export { mark as budgetMark };

const decimals = (value: number, digits: number) =>
  Number.isFinite(value)
    ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "—";

export const loadHeader = [
  "scenario",
  "clients",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "req/s",
  "% of baseline",
  "errors",
  "peak RSS MB",
  "SQL/req",
  "budget",
];

export function loadCells(row: LoadRow): string[] {
  return [
    row.scenario,
    row.clients > 0 ? String(row.clients) : "—",
    decimals(row.p50, 1),
    decimals(row.p95, 1),
    decimals(row.p99, 1),
    decimals(row.requestsPerSecond, row.requestsPerSecond < 10 ? 2 : 0),
    row.baselineShare === null ? "—" : `${decimals(row.baselineShare * 100, 0)} %`,
    String(row.errors),
    decimals(row.peakRssMb, 0),
    row.sqlPerRequest === null ? "" : decimals(row.sqlPerRequest, 1),
    row.verdict,
  ];
}

export const frontEndHeader = [
  "page",
  "JS files gz KB",
  "inline JS gz KB",
  "first-load JS gz KB",
  "Lighthouse performance",
  "Lighthouse accessibility",
  "budget",
];

export function frontEndCells(row: FrontEndRow): string[] {
  return [
    row.page,
    `${decimals(row.filesKb, 1)} (${row.fileCount} files)`,
    decimals(row.inlineKb, 1),
    decimals(row.totalKb, 1),
    row.performance === null ? "—" : String(row.performance),
    row.accessibility === null ? "—" : String(row.accessibility),
    row.verdict,
  ];
}

/** Columns padded for a terminal; the first left-aligned, the rest right-aligned, the last left-aligned. */
export function consoleTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const last = header.length - 1;
  return all
    .map((row) =>
      row
        .map((cell, i) => (i === 0 || i === last ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [
    line(header),
    line(header.map((_, i) => (i === 0 || i === header.length - 1 ? "---" : "---:"))),
    ...rows.map(line),
  ].join("\n");
}
