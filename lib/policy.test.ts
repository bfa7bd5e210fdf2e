import { describe, expect, it } from "vitest";
import {
  can,
  canActAtLevel,
  canActForUnit,
  canEditNomination,
  canManageRegistration,
  canReadLevel,
  canScoreReview,
  canViewNomination,
  isWithinScopes,
  officerRolesOverlapping,
  officerScopes,
  officerScopesWithin,
  rolesOf,
} from "./policy";
import type { Actor } from "./session";

const actor = (roles: Actor["roles"]): Actor => ({
  id: "u",
  name: "N",
  email: "e@x.vn",
  locale: "vi",
  roles,
  mustChangePassword: false,
  isMfaEnrolled: false,
});
const officerOfA = actor([{ role: "OFFICER", unitId: "a", unitName: "A", unitPath: "/root/a/" }]);

describe("policy", () => {
  it("refuses everything to an anonymous visitor", () => {
    expect(can(null, "member.area")).toBe(false);
    expect(can(null, "admin.area")).toBe(false);
  });

  it("gives an officer the officer area but not the administrator area", () => {
    expect(can(officerOfA, "officer.area")).toBe(true);
    expect(can(officerOfA, "admin.area")).toBe(false);
    expect(can(officerOfA, "member.area")).toBe(true);
  });

  it("lets an officer act for units below their own and not for siblings or parents", () => {
    const scopes = officerScopes(officerOfA);
    expect(isWithinScopes("/root/a/", scopes)).toBe(true);
    expect(isWithinScopes("/root/a/child/", scopes)).toBe(true);
    expect(isWithinScopes("/root/b/", scopes)).toBe(false);
    expect(isWithinScopes("/root/", scopes)).toBe(false);
  });

  it("lists a person's roles once each, administrator first", () => {
    const many = actor([
      { role: "STAFF", unitId: "a", unitName: "A", unitPath: "/root/a/" },
      { role: "ADMIN", unitId: "r", unitName: "R", unitPath: "/root/" },
      { role: "STAFF", unitId: "b", unitName: "B", unitPath: "/root/b/" },
    ]);
    expect(rolesOf(many)).toEqual(["ADMIN", "STAFF"]);
  });

  it("lets administrators act for every unit and officers only within their subtree", () => {
    const admin = actor([{ role: "ADMIN", unitId: "r", unitName: "R", unitPath: "/root/" }]);
    expect(canActForUnit(admin, "/root/b/")).toBe(true);
    expect(canActForUnit(officerOfA, "/root/a/x/")).toBe(true);
    expect(canActForUnit(officerOfA, "/root/b/")).toBe(false);
    expect(canActForUnit(null, "/root/a/")).toBe(false);
  });

  it("keeps unit and account management to administrators", () => {
    expect(can(officerOfA, "unit.manage")).toBe(false);
    expect(can(officerOfA, "user.manage")).toBe(false);
    expect(can(officerOfA, "profile.edit")).toBe(true);
  });

  it("keeps movement definitions to administrators", () => {
    const admin = actor([{ role: "ADMIN", unitId: "root", unitName: "R", unitPath: "/root/" }]);
    expect(can(admin, "movement.manage")).toBe(true);
    expect(can(officerOfA, "movement.manage")).toBe(false);
    expect(can(null, "movement.manage")).toBe(false);
  });

  it("lets an officer register only units of their subtree that the movement covers", () => {
    expect(canManageRegistration(officerOfA, "/root/a/x/", "/root/")).toBe(true);
    expect(canManageRegistration(officerOfA, "/root/a/", "/root/a/")).toBe(true);
    // Their own unit, but outside the movement's coverage.
    expect(canManageRegistration(officerOfA, "/root/a/", "/root/b/")).toBe(false);
    // Covered, but not theirs.
    expect(canManageRegistration(officerOfA, "/root/b/", "/root/")).toBe(false);
    expect(canManageRegistration(null, "/root/a/", "/root/")).toBe(false);
  });

  it("shows nominations to the nominee unit's officers and administrators, and lets only officers edit drafts and returned ones", () => {
    const admin = actor([{ role: "ADMIN", unitId: "root", unitName: "R", unitPath: "/root/" }]);
    const inA = { unitPath: "/root/a/x/" };
    expect(canViewNomination(officerOfA, inA)).toBe(true);
    expect(canViewNomination(admin, inA)).toBe(true);
    expect(canViewNomination(officerOfA, { unitPath: "/root/b/" })).toBe(false);
    expect(canViewNomination(null, inA)).toBe(false);
    expect(canEditNomination(officerOfA, { ...inA, status: "DRAFT" })).toBe(true);
    expect(canEditNomination(officerOfA, { ...inA, status: "RETURNED" })).toBe(true);
    expect(canEditNomination(officerOfA, { ...inA, status: "SUBMITTED" })).toBe(false);
    expect(canEditNomination(admin, { ...inA, status: "DRAFT" })).toBe(false);
    expect(canEditNomination(officerOfA, { unitPath: "/root/b/", status: "DRAFT" })).toBe(false);
    expect(can(admin, "nomination.return")).toBe(true);
    expect(can(officerOfA, "nomination.return")).toBe(false);
    expect(can(officerOfA, "nomination.create")).toBe(true);
  });

  it("shows a dossier to the reviewers assigned to it, and lets only the assigned reviewer score", () => {
    const reviewer = actor([{ role: "REVIEWER", unitId: "root", unitName: "Root", unitPath: "/root/" }]);
    expect(canViewNomination(reviewer, { unitPath: "/root/a/", reviewerIds: ["u"] })).toBe(true);
    expect(canViewNomination(reviewer, { unitPath: "/root/a/", reviewerIds: ["someone-else"] })).toBe(false);
    expect(canViewNomination(reviewer, { unitPath: "/root/a/" })).toBe(false);
    // An assignment left on someone who no longer holds the reviewer role opens nothing.
    expect(canViewNomination(officerOfA, { unitPath: "/root/b/", reviewerIds: ["u"] })).toBe(false);
    expect(canScoreReview(reviewer, { reviewerId: "u" })).toBe(true);
    expect(canScoreReview(reviewer, { reviewerId: "someone-else" })).toBe(false);
    expect(canScoreReview(officerOfA, { reviewerId: "u" })).toBe(false);
    expect(canScoreReview(null, { reviewerId: "u" })).toBe(false);
  });

  it("keeps public holidays to administrators", () => {
    expect(can(officerOfA, "holiday.manage")).toBe(false);
    expect(
      can(actor([{ role: "ADMIN", unitId: "root", unitName: "Root", unitPath: "/root/" }]), "holiday.manage"),
    ).toBe(true);
  });

  it("keeps publishing, revoking and the merit search to administrators; exports to members; the dashboard to officers and administrators", () => {
    const admin = actor([{ role: "ADMIN", unitId: "root", unitName: "Root", unitPath: "/root/" }]);
    const staff = actor([{ role: "STAFF", unitId: "a", unitName: "A", unitPath: "/root/a/" }]);
    const reviewer = actor([{ role: "REVIEWER", unitId: "root", unitName: "Root", unitPath: "/root/" }]);
    for (const action of ["roster.manage", "merit.search"] as const) {
      expect([null, staff, officerOfA, reviewer, admin].map((someone) => can(someone, action))).toEqual([
        false,
        false,
        false,
        false,
        true,
      ]);
    }
    expect([null, staff, officerOfA, reviewer, admin].map((someone) => can(someone, "roster.export"))).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect([null, staff, officerOfA, reviewer, admin].map((someone) => can(someone, "dashboard.view"))).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
  });

  it("lets a level's own officers act there, administrators read it, and nobody else, not even the officer above", () => {
    const admin = actor([{ role: "ADMIN", unitId: "root", unitName: "R", unitPath: "/root/" }]);
    const officerOfRoot = actor([{ role: "OFFICER", unitId: "root", unitName: "R", unitPath: "/root/" }]);
    expect([null, officerOfA, officerOfRoot, admin].map((someone) => canActAtLevel(someone, "a"))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect([null, officerOfA, officerOfRoot, admin].map((someone) => canReadLevel(someone, "a"))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it("finds where an officer takes part in a movement: their unit inside its coverage, or the coverage below theirs", () => {
    expect(officerRolesOverlapping(officerOfA, "/root/").map((r) => r.unitId)).toEqual(["a"]);
    expect(officerRolesOverlapping(officerOfA, "/root/a/x/").map((r) => r.unitId)).toEqual(["a"]);
    expect(officerRolesOverlapping(officerOfA, "/root/b/")).toEqual([]);
    expect(officerScopesWithin(officerOfA, "/root/")).toEqual(["/root/a/"]);
    expect(officerScopesWithin(officerOfA, "/root/a/x/")).toEqual(["/root/a/x/"]);
    expect(officerScopesWithin(officerOfA, "/root/b/")).toEqual([]);
  });
});
