import { describe, expect, it } from "vitest";
import { canTransition, isPastReviewStart, nextStatuses } from "./lifecycle";

describe("nomination lifecycle", () => {
  it("goes draft → submitted ⇄ returned → in review → shortlisted → approved → honoured", () => {
    for (const [from, to] of [
      ["DRAFT", "SUBMITTED"],
      ["SUBMITTED", "RETURNED"],
      ["RETURNED", "SUBMITTED"],
      ["SUBMITTED", "IN_REVIEW"],
      ["IN_REVIEW", "SHORTLISTED"],
      ["IN_REVIEW", "NOT_SELECTED"],
      ["SHORTLISTED", "APPROVED"],
      ["SHORTLISTED", "REJECTED"],
      ["APPROVED", "HONOURED"],
    ] as const) {
      expect(canTransition(from, to), `${from} → ${to}`).toBe(true);
    }
  });
  it("allows withdrawal only before review starts", () => {
    expect(["DRAFT", "SUBMITTED", "RETURNED"].every((s) => canTransition(s as "DRAFT", "WITHDRAWN"))).toBe(true);
    expect(canTransition("IN_REVIEW", "WITHDRAWN")).toBe(false);
    expect(isPastReviewStart("IN_REVIEW")).toBe(true);
    expect(isPastReviewStart("RETURNED")).toBe(false);
  });
  it("skips no step and has no way back from an end", () => {
    expect(canTransition("DRAFT", "IN_REVIEW")).toBe(false);
    expect(canTransition("RETURNED", "IN_REVIEW")).toBe(false);
    expect(nextStatuses("WITHDRAWN")).toEqual([]);
    expect(nextStatuses("REJECTED")).toEqual([]);
  });
});
