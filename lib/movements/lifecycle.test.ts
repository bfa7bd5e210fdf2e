import { describe, expect, it } from "vitest";
import { dayIn } from "./days";
import { checkTransition, nextStatus, type TransitionSubject } from "./lifecycle";

const complete: TransitionSubject = {
  status: "DRAFT",
  endsOn: "2030-12-31",
  requiresRegistration: true,
  phases: [
    { kind: "REGISTRATION", startsOn: "2026-01-01", endsOn: "2026-03-31" },
    { kind: "NOMINATION", startsOn: "2026-04-01", endsOn: "2026-06-30" },
    { kind: "REVIEW", startsOn: "2026-07-01", endsOn: "2026-07-31" },
    { kind: "PUBLIC_POSTING", startsOn: "2026-08-01", endsOn: "2026-08-14" },
    { kind: "DECISION", startsOn: "2026-08-15", endsOn: "2026-08-31" },
    { kind: "PUBLICATION", startsOn: "2026-09-01", endsOn: "2031-01-31" },
  ],
  criteria: [
    { weight: 60, maxScore: 10 },
    { weight: 40, maxScore: 10 },
  ],
  titleCount: 1,
};
const at = (status: TransitionSubject["status"], changes: Partial<TransitionSubject> = {}) => ({
  ...complete,
  status,
  ...changes,
});

describe("movement lifecycle", () => {
  it("goes one step at a time and ends at archived", () => {
    expect(nextStatus("DRAFT")).toBe("OPEN");
    expect(nextStatus("DECISION")).toBe("PUBLISHED");
    expect(nextStatus("ARCHIVED")).toBeNull();
    expect(checkTransition(at("DRAFT"), "REVIEW", "2026-07-02")).toEqual([{ reason: "notNext" }]);
    expect(checkTransition(at("OPEN"), "DRAFT", "2026-01-02")).toEqual([{ reason: "notNext" }]);
    expect(checkTransition(at("ARCHIVED"), "ARCHIVED", "2040-01-01")).toEqual([{ reason: "notNext" }]);
  });

  it("opens a complete draft any day until the nomination phase ends", () => {
    expect(checkTransition(at("DRAFT"), "OPEN", "2025-12-01")).toEqual([]);
    expect(checkTransition(at("DRAFT"), "OPEN", "2026-06-30")).toEqual([]);
    expect(checkTransition(at("DRAFT"), "OPEN", "2026-07-01")).toEqual([
      { reason: "nominationsClosed", date: "2026-06-30" },
    ]);
  });

  it("does not open a draft whose definition is incomplete, and says everything missing", () => {
    const incomplete = at("DRAFT", {
      criteria: [{ weight: 70, maxScore: 10 }],
      titleCount: 0,
      phases: complete.phases.filter((p) => p.kind !== "REGISTRATION" && p.kind !== "REVIEW"),
    });
    expect(checkTransition(incomplete, "OPEN", "2026-01-01")).toEqual([
      { reason: "weightsNot100" },
      { reason: "noTitles" },
      { reason: "phaseMissing", phase: "REGISTRATION" },
      { reason: "phaseMissing", phase: "REVIEW" },
    ]);
    expect(checkTransition(at("DRAFT", { criteria: [] }), "OPEN", "2026-01-01")).toEqual([{ reason: "noCriteria" }]);
    // Without registration, no registration phase is needed.
    const noRegistration = at("DRAFT", {
      requiresRegistration: false,
      phases: complete.phases.filter((p) => p.kind !== "REGISTRATION"),
    });
    expect(checkTransition(noRegistration, "OPEN", "2026-01-01")).toEqual([]);
  });

  it("starts the review on the first day of the review phase, not before", () => {
    expect(checkTransition(at("OPEN"), "REVIEW", "2026-06-30")).toEqual([
      { reason: "tooEarly", phase: "REVIEW", date: "2026-07-01" },
    ]);
    expect(checkTransition(at("OPEN"), "REVIEW", "2026-07-01")).toEqual([]);
  });

  it("starts the decision with the public posting, or with the decision phase when there is no posting", () => {
    expect(checkTransition(at("REVIEW"), "DECISION", "2026-07-31")).toEqual([
      { reason: "tooEarly", phase: "PUBLIC_POSTING", date: "2026-08-01" },
    ]);
    expect(checkTransition(at("REVIEW"), "DECISION", "2026-08-01")).toEqual([]);
    const noPosting = at("REVIEW", { phases: complete.phases.filter((p) => p.kind !== "PUBLIC_POSTING") });
    expect(checkTransition(noPosting, "DECISION", "2026-08-01")).toEqual([
      { reason: "tooEarly", phase: "DECISION", date: "2026-08-15" },
    ]);
    const neither = at("REVIEW", {
      phases: complete.phases.filter((p) => p.kind !== "PUBLIC_POSTING" && p.kind !== "DECISION"),
    });
    expect(checkTransition(neither, "DECISION", "2026-09-01")).toEqual([{ reason: "phaseMissing", phase: "DECISION" }]);
  });

  it("publishes from the publication phase on", () => {
    expect(checkTransition(at("DECISION"), "PUBLISHED", "2026-08-31")).toEqual([
      { reason: "tooEarly", phase: "PUBLICATION", date: "2026-09-01" },
    ]);
    expect(checkTransition(at("DECISION"), "PUBLISHED", "2026-09-01")).toEqual([]);
    expect(checkTransition(at("DECISION", { phases: [] }), "PUBLISHED", "2026-09-01")).toEqual([
      { reason: "phaseMissing", phase: "PUBLICATION" },
    ]);
  });

  it("archives only after the period and every phase are over", () => {
    // The publication phase runs past the period's end.
    expect(checkTransition(at("PUBLISHED"), "ARCHIVED", "2031-01-31")).toEqual([
      { reason: "periodNotOver", date: "2031-01-31" },
    ]);
    expect(checkTransition(at("PUBLISHED"), "ARCHIVED", "2031-02-01")).toEqual([]);
  });
});

describe("the movements' calendar", () => {
  it("takes today's date in the configured zone, not the server's", () => {
    // 20:00 UTC on 31 March is already 1 April in Hà Nội (UTC+7).
    const instant = new Date("2027-03-31T20:00:00Z");
    expect(dayIn("Asia/Ho_Chi_Minh", instant)).toBe("2027-04-01");
    expect(dayIn("UTC", instant)).toBe("2027-03-31");
  });
});
