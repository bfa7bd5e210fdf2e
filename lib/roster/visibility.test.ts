import { describe, expect, it } from "vitest";
import type { Actor } from "../session";
import { canCertifyHonoree, canViewHonoree, listedWhere, rosterAudiencesFor } from "./visibility";

const actor = (roles: Actor["roles"]): Actor => ({
  id: "u",
  name: "N",
  email: "e@x.vn",
  locale: "vi",
  roles,
  mustChangePassword: false,
  isMfaEnrolled: false,
});
const staff = actor([{ role: "STAFF", unitId: "a", unitName: "A", unitPath: "/root/a/" }]);
const officerOfA = actor([{ role: "OFFICER", unitId: "a", unitName: "A", unitPath: "/root/a/" }]);
const officerOfB = actor([{ role: "OFFICER", unitId: "b", unitName: "B", unitPath: "/root/b/" }]);
const officerOfRoot = actor([{ role: "OFFICER", unitId: "root", unitName: "R", unitPath: "/root/" }]);
const reviewer = actor([{ role: "REVIEWER", unitId: "root", unitName: "R", unitPath: "/root/" }]);
const admin = actor([{ role: "ADMIN", unitId: "other", unitName: "O", unitPath: "/other/" }]);
const inA = "/root/a/team/";

describe("rosterAudiencesFor", () => {
  it("gives anonymous visitors the public roster and everyone signed in the staff roster too", () => {
    expect(rosterAudiencesFor(null)).toEqual(["PUBLIC"]);
    for (const someone of [staff, officerOfA, reviewer, admin])
      expect(rosterAudiencesFor(someone)).toEqual(["PUBLIC", "STAFF"]);
    expect(listedWhere(null)).toEqual({ listedFor: { in: ["PUBLIC"] } });
  });
});

describe("canViewHonoree", () => {
  it("shows a publicly listed honoree to everyone", () => {
    for (const viewer of [null, staff, officerOfB, reviewer, admin])
      expect(canViewHonoree(viewer, { listedFor: "PUBLIC", unitPath: inA })).toBe(true);
  });

  it("shows a staff-listed honoree to signed-in members only", () => {
    expect(canViewHonoree(null, { listedFor: "STAFF", unitPath: inA })).toBe(false);
    for (const viewer of [staff, officerOfB, reviewer])
      expect(canViewHonoree(viewer, { listedFor: "STAFF", unitPath: inA })).toBe(true);
  });

  it("shows an unlisted (unpublished or revoked) honoree to administrators and officers of its unit or above only", () => {
    const unlisted = { listedFor: null, unitPath: inA };
    expect([null, staff, reviewer, officerOfB].map((viewer) => canViewHonoree(viewer, unlisted))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([officerOfA, officerOfRoot, admin].map((viewer) => canViewHonoree(viewer, unlisted))).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe("canCertifyHonoree", () => {
  it("lets administrators and officers of the unit or above certify a recognition that stands", () => {
    const standing = { unitPath: inA, revokedAt: null };
    expect([officerOfA, officerOfRoot, admin].map((viewer) => canCertifyHonoree(viewer, standing))).toEqual([
      true,
      true,
      true,
    ]);
    expect([null, staff, reviewer, officerOfB].map((viewer) => canCertifyHonoree(viewer, standing))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("certifies no revoked recognition, not even for administrators", () => {
    for (const viewer of [officerOfA, admin])
      expect(canCertifyHonoree(viewer, { unitPath: inA, revokedAt: new Date() })).toBe(false);
  });
});
