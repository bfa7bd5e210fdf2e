import { describe, expect, it } from "vitest";
import { unitLimit } from "./quotas";

describe("unit quota limit", () => {
  const none = { quotaTotal: null, quotaPerUnit: null, quotaPerUnitPercent: null };
  it("is unlimited without a per-unit quota", () => {
    expect(unitLimit(none, 120)).toBeNull();
  });
  it("takes a count as it is", () => {
    expect(unitLimit({ ...none, quotaPerUnit: 3 }, null)).toBe(3);
  });
  it("takes a share of the headcount, rounded down", () => {
    // 15 % of 47 staff is 7.05: 7 places.
    expect(unitLimit({ ...none, quotaPerUnitPercent: 15 }, 47)).toBe(7);
    expect(unitLimit({ ...none, quotaPerUnitPercent: 10 }, 9)).toBe(0);
  });
  it("allows nothing on a share when the headcount is unknown", () => {
    expect(unitLimit({ ...none, quotaPerUnitPercent: 15 }, null)).toBe(0);
  });
  it("applies the lower of a count and a share", () => {
    expect(unitLimit({ ...none, quotaPerUnit: 5, quotaPerUnitPercent: 15 }, 100)).toBe(5);
    expect(unitLimit({ ...none, quotaPerUnit: 5, quotaPerUnitPercent: 15 }, 20)).toBe(3);
  });
});
