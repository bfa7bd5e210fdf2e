import { describe, expect, it } from "vitest";
import { approvalsNeeded, isApproved, quorumRequired, thresholdBound } from "./thresholds";

describe("isApproved", () => {
  it("approves 9 of 10 members at 90% and rejects 8", () => {
    expect(isApproved({ approvals: 9, membership: 10, thresholdPercent: 90, strict: false })).toBe(true);
    expect(isApproved({ approvals: 8, membership: 10, thresholdPercent: 90, strict: false })).toBe(false);
  });

  it("needs all 7 of 7 members at 90% (6 is 85.7%)", () => {
    expect(isApproved({ approvals: 7, membership: 7, thresholdPercent: 90, strict: false })).toBe(true);
    expect(isApproved({ approvals: 6, membership: 7, thresholdPercent: 90, strict: false })).toBe(false);
    expect(approvalsNeeded({ membership: 7, thresholdPercent: 90, strict: false })).toBe(7);
  });

  it("needs more than half under a strict 50%: 5 of 8, 4 of 8 rejected", () => {
    expect(isApproved({ approvals: 5, membership: 8, thresholdPercent: 50, strict: true })).toBe(true);
    expect(isApproved({ approvals: 4, membership: 8, thresholdPercent: 50, strict: true })).toBe(false);
    expect(approvalsNeeded({ membership: 8, thresholdPercent: 50, strict: true })).toBe(5);
  });

  it("needs 4 of 7 under a strict 50%", () => {
    expect(approvalsNeeded({ membership: 7, thresholdPercent: 50, strict: true })).toBe(4);
    expect(isApproved({ approvals: 4, membership: 7, thresholdPercent: 50, strict: true })).toBe(true);
    expect(isApproved({ approvals: 3, membership: 7, thresholdPercent: 50, strict: true })).toBe(false);
  });

  it("counts absentees: 8 approvals of 8 voters among 10 members is below 90%", () => {
    expect(isApproved({ approvals: 8, membership: 10, thresholdPercent: 90, strict: false })).toBe(false);
  });

  it("agrees with approvalsNeeded on every count", () => {
    for (const membership of [1, 3, 7, 8, 10, 13]) {
      for (const thresholdPercent of [50, 60, 67, 90, 100]) {
        for (const strict of [false, true]) {
          const needed = approvalsNeeded({ membership, thresholdPercent, strict });
          for (let approvals = 0; approvals <= membership; approvals += 1) {
            expect(isApproved({ approvals, membership, thresholdPercent, strict })).toBe(approvals >= needed);
          }
        }
      }
    }
  });
});

describe("quorumRequired", () => {
  it("rounds the share of the membership up", () => {
    expect(quorumRequired(10, 50)).toBe(5);
    expect(quorumRequired(7, 50)).toBe(4);
    expect(quorumRequired(7, 100)).toBe(7);
    expect(quorumRequired(3, 1)).toBe(1);
  });

  it("is 0 without a quorum", () => {
    expect(quorumRequired(10, null)).toBe(0);
  });
});

describe("thresholdBound", () => {
  it("says at least 9 of 10 and more than 4 of 8", () => {
    expect(thresholdBound({ membership: 10, thresholdPercent: 90, strict: false })).toEqual({
      comparison: "atLeast",
      count: "9",
    });
    expect(thresholdBound({ membership: 8, thresholdPercent: 50, strict: true })).toEqual({
      comparison: "moreThan",
      count: "4",
    });
    expect(thresholdBound({ membership: 7, thresholdPercent: 50, strict: true })).toEqual({
      comparison: "moreThan",
      count: "3.5",
    });
  });
});
