import { describe, expect, it } from "vitest";
import { reviewerConflict } from "./conflicts";

// root ─ org (organizing) ─ mid ─ nominee ─ below;  org ─ other
const root = "/root/";
const org = "/root/org/";
const mid = "/root/org/mid/";
const nominee = "/root/org/mid/nom/";
const below = "/root/org/mid/nom/below/";
const other = "/root/org/other/";
const nomination = { unitPath: nominee, createdById: "officer" };

describe("reviewerConflict", () => {
  it("refuses the officer who created the nomination", () => {
    expect(reviewerConflict({ id: "officer", unitPaths: [other] }, nomination, org)).toBe("nominator");
  });

  it("refuses a reviewer on the nominee's own unit", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [nominee] }, nomination, org)).toBe("sameUnit");
  });

  it("refuses a reviewer on a unit below the nominee's", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [below] }, nomination, org)).toBe("unitBelow");
  });

  it("refuses a reviewer on an intermediate unit between the organizing unit and the nominee", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [mid] }, nomination, org)).toBe("unitAbove");
  });

  it("allows a reviewer on the organizing unit or above it", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [org] }, nomination, org)).toBeNull();
    expect(reviewerConflict({ id: "r", unitPaths: [root] }, nomination, org)).toBeNull();
  });

  it("allows a reviewer on a sibling branch, and a reviewer with no units", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [other] }, nomination, org)).toBeNull();
    expect(reviewerConflict({ id: "r", unitPaths: [] }, nomination, org)).toBeNull();
  });

  it("looks at every unit the reviewer holds a role on, reporting the strongest conflict", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [org, mid, below] }, nomination, org)).toBe("unitBelow");
    expect(reviewerConflict({ id: "r", unitPaths: [org, other, nominee] }, nomination, org)).toBe("sameUnit");
  });

  it("does not mistake a unit whose id merely starts like the nominee's for a unit below it", () => {
    expect(reviewerConflict({ id: "r", unitPaths: ["/root/org/mid/nomX/"] }, nomination, org)).toBeNull();
  });

  it("when the nominee's unit is the organizing unit itself, a reviewer there is still in conflict", () => {
    expect(reviewerConflict({ id: "r", unitPaths: [org] }, { unitPath: org, createdById: "x" }, org)).toBe("sameUnit");
  });
});
