import { describe, expect, it } from "vitest";
import { parseScore, weightedTotal } from "./score-total";

const criteria = [
  { id: "a", weight: 60, max: 10 },
  { id: "b", weight: 40, max: 5 },
];

describe("the live weighted total", () => {
  it("weights each score by its criterion: 60 × 8/10 + 40 × 2,5/5 = 68", () => {
    expect(weightedTotal(criteria, { a: "8", b: "2,5" })).toEqual({ total: 68, missing: 0 });
  });

  it("counts blank, malformed and out-of-range scores as missing", () => {
    expect(weightedTotal(criteria, { a: "7.25", b: "" })).toEqual({ total: 43.5, missing: 1 });
    expect(weightedTotal(criteria, { a: "11", b: "-1" })).toEqual({ total: 0, missing: 2 });
  });

  it("accepts at most two decimals, a comma or a point", () => {
    expect(parseScore("9,75", 10)).toBe(9.75);
    expect(parseScore("9.999", 10)).toBeNull();
    expect(parseScore("10", 10)).toBe(10);
    expect(parseScore("abc", 10)).toBeNull();
  });
});
