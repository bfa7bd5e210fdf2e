import { describe, expect, it } from "vitest";
import { tsconfigWithoutAddedEntries } from "./bench-server";
import { loadVerdict, markdownTable } from "./report";

const row = {
  scenario: "roster",
  clients: 50,
  p50: 20,
  p95: 40,
  p99: 60,
  requestsPerSecond: 100,
  baselineShare: 0.5,
  errors: 0,
  peakRssMb: 300,
  sqlPerRequest: null,
};

describe("loadVerdict", () => {
  it("marks a p95 under the budget as met and one at the budget as missed", () => {
    expect(loadVerdict(row, { p95Ms: 50 })).toBe("✓ p95 < 50 ms");
    expect(loadVerdict({ ...row, p95: 50 }, { p95Ms: 50 })).toBe("✗ p95 < 50 ms");
  });

  it("judges latency only up to the clients a budget names", () => {
    expect(loadVerdict({ ...row, clients: 1 }, { p95Ms: 100, p95UpToClients: 1 })).toBe("✓ p95 < 100 ms");
    expect(loadVerdict({ ...row, clients: 10, p95: 700 }, { p95Ms: 100, p95UpToClients: 1 })).toBe("");
  });

  it("judges the share of the baseline's throughput at 50 clients only", () => {
    expect(loadVerdict({ ...row, baselineShare: 0.39 }, { minBaselineShare: 0.4 })).toBe("✗ ≥ 40 % of baseline");
    expect(loadVerdict({ ...row, clients: 10, baselineShare: 0.39 }, { minBaselineShare: 0.4 })).toBe("");
  });

  it("judges SQL queries per request where they were measured", () => {
    expect(loadVerdict({ ...row, clients: 1, sqlPerRequest: 10 }, { maxSqlPerRequest: 10 })).toBe("✓ ≤ 10 SQL");
    expect(loadVerdict({ ...row, clients: 1, sqlPerRequest: 10.1 }, { maxSqlPerRequest: 10 })).toBe("✗ ≤ 10 SQL");
    expect(loadVerdict(row, { maxSqlPerRequest: 10 })).toBe("");
  });

  it("misses a latency budget when no response came back at all", () => {
    expect(loadVerdict({ ...row, p95: Number.NaN }, { p95Ms: 300 })).toBe("✗ p95 < 300 ms");
  });
});

describe("markdownTable", () => {
  it("right-aligns the figures and escapes pipes in cells", () => {
    expect(markdownTable(["a", "n", "note"], [["x|y", "1", "ok"]])).toBe(
      "| a | n | note |\n| --- | ---: | --- |\n| x\\|y | 1 | ok |",
    );
  });
});

describe("tsconfigWithoutAddedEntries", () => {
  const committed = `${JSON.stringify({ compilerOptions: { strict: true }, include: ["**/*.ts", ".next/types/**/*.ts"], exclude: [".next-*"] }, null, 2)}\n`;
  const withEntries = (...entries: string[]) => {
    const config = JSON.parse(committed) as { include: string[] };
    config.include.push(...entries);
    return `${JSON.stringify(config, null, 2)}\n`;
  };

  it("gives back the committed file once the entries next build added are taken out", () => {
    expect(
      tsconfigWithoutAddedEntries(
        withEntries(".next-bench/types/**/*.ts", ".next-bench/dev/types/**/*.ts"),
        committed,
        ".next-bench",
      ),
    ).toBe(committed);
    expect(tsconfigWithoutAddedEntries(withEntries(".next/dev/types/**/*.ts"), committed, ".next")).toBe(committed);
  });

  it("keeps the committed entries of the folder it builds into", () => {
    expect(tsconfigWithoutAddedEntries(committed, committed, ".next")).toBe(committed);
  });

  it("leaves another build's entries in place", () => {
    const text = tsconfigWithoutAddedEntries(
      withEntries(".next-bench/types/**/*.ts", ".next-lead/types/**/*.ts"),
      committed,
      ".next-bench",
    );
    expect(text).toBe(withEntries(".next-lead/types/**/*.ts"));
  });

  it("returns the text untouched when it has no entry of the folder", () => {
    const text = '{ "include": ["**/*.ts"] }';
    expect(tsconfigWithoutAddedEntries(text, text, ".next-bench")).toBe(text);
  });
});
