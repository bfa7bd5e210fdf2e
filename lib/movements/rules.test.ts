import { describe, expect, it } from "vitest";
import { checkAwardTitle, checkCriteria, checkSchedule } from "./rules";

describe("checkCriteria", () => {
  it("accepts the five criteria of 'Tham mưu giỏi, phục vụ tốt' (30+25+20+15+10)", () => {
    expect(checkCriteria([30, 25, 20, 15, 10].map((weight) => ({ weight, maxScore: 10 })))).toEqual([]);
  });

  it("refuses weights that do not add up to 100, and non-positive weights or maxima", () => {
    expect(
      checkCriteria([
        { weight: 60, maxScore: 10 },
        { weight: 30, maxScore: 10 },
      ]),
    ).toEqual([{ field: "criteria", code: "weightsNot100" }]);
    expect(
      checkCriteria([
        { weight: 100, maxScore: 0 },
        { weight: 0, maxScore: 10 },
      ]),
    ).toEqual([
      { field: "criteria.0.maxScore", code: "maxScoreNotPositive" },
      { field: "criteria.1.weight", code: "weightNotPositive" },
    ]);
  });
});

describe("checkSchedule", () => {
  const period = { startsOn: "2025-01-01", endsOn: "2030-06-30" };

  it("accepts consecutive phases inside the period, publication after it", () => {
    expect(
      checkSchedule(period, [
        { kind: "NOMINATION", startsOn: "2025-04-01", endsOn: "2029-12-31" },
        { kind: "REGISTRATION", startsOn: "2025-01-01", endsOn: "2025-03-31" },
        { kind: "PUBLICATION", startsOn: "2030-07-01", endsOn: "2030-09-30" },
      ]),
    ).toEqual([]);
  });

  it("names the phase that is inverted, overlaps the previous one, or starts before the period", () => {
    expect(
      checkSchedule(period, [
        { kind: "REGISTRATION", startsOn: "2024-12-01", endsOn: "2025-03-31" },
        { kind: "NOMINATION", startsOn: "2025-03-15", endsOn: "2025-03-01" },
      ]),
    ).toEqual([
      { field: "phases.REGISTRATION.startsOn", code: "phaseOutsidePeriod" },
      { field: "phases.NOMINATION.endsOn", code: "phaseInverted" },
      { field: "phases.NOMINATION.startsOn", code: "phasesOverlap" },
    ]);
  });

  it("refuses a period that ends before it starts", () => {
    expect(checkSchedule({ startsOn: "2030-01-01", endsOn: "2025-01-01" }, [])).toEqual([
      { field: "endsOn", code: "periodInverted" },
    ]);
  });
});

describe("checkAwardTitle", () => {
  it("refuses negative quotas and thresholds outside 1–100 %", () => {
    expect(checkAwardTitle({ quotaTotal: -1, quotaPerUnit: 2, approvalThresholdPercent: 90 }, 0)).toEqual([
      { field: "titles.0.quotaTotal", code: "quotaNegative" },
    ]);
    expect(checkAwardTitle({ quotaTotal: null, quotaPerUnit: null, approvalThresholdPercent: 0 }, 1)).toEqual([
      { field: "titles.1.approvalThresholdPercent", code: "thresholdOutOfRange" },
    ]);
    expect(checkAwardTitle({ quotaTotal: 150, quotaPerUnit: 3, approvalThresholdPercent: 100 }, 2)).toEqual([]);
  });
});
