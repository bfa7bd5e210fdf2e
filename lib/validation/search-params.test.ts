import { describe, expect, it } from "vitest";
import {
  firstValue,
  optionalQueryText,
  queryDay,
  queryEnum,
  queryFlag,
  queryId,
  queryInt,
  queryPage,
  queryText,
} from "./search-params";

describe("URL parameter primitives", () => {
  it("takes the first of a repeated parameter", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(queryText().parse(["nguyễn", "x"])).toBe("nguyễn");
  });

  it("ignores a search text that cannot be stored or is too long, and normalizes the rest", () => {
    expect(queryText().parse("a\u0000b")).toBe("");
    expect(queryText().parse("a\ud800")).toBe("");
    expect(queryText(200).parse("x".repeat(100_000))).toBe("");
    expect(queryText().parse("  Nguye\u0302\u0303n  ")).toBe("Nguyễn");
    expect(queryText().parse(undefined)).toBe("");
    expect(queryText().parse({ toString: () => "x" })).toBe("");
    expect(optionalQueryText().parse("")).toBeUndefined();
  });

  it("ignores a malformed id, enum, number or day", () => {
    expect(queryId().parse("123")).toBeUndefined();
    expect(queryId().parse("0b6c3f0e-3c1a-4f4e-9d7a-2f1e9b8c7d6a")).toBe("0b6c3f0e-3c1a-4f4e-9d7a-2f1e9b8c7d6a");
    expect(queryEnum(["a", "b"] as const, "a").parse("c")).toBe("a");
    expect(queryEnum(["a", "b"] as const, undefined).parse(["b"])).toBe("b");
    for (const bad of ["99999999999999999999", "-5", "0", "1e3", "2147483648", "abc", ""])
      expect(queryPage().parse(bad), bad).toBe(1);
    expect(queryPage().parse("7")).toBe(7);
    expect(queryInt({ min: 1945, max: 2100, fallback: undefined }).parse("0")).toBeUndefined();
    expect(queryDay().parse("0000-01-01")).toBeUndefined();
    expect(queryDay().parse("2025-02-30")).toBeUndefined();
    expect(queryDay().parse("2025-02-28")).toBe("2025-02-28");
    expect(queryFlag().parse("1")).toBe(true);
    expect(queryFlag().parse(["0", "1"])).toBe(false);
  });
});
