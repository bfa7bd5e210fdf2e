import { describe, expect, it } from "vitest";
import { canRegisterForCoverage } from "../policy";
import type { Actor } from "../session";
import { isRegistrationOpen, isWithinPeriod, mayRecordResults, registrationEndsOn } from "./rules";

const officerOf = (unitPath: string): Actor => ({
  id: "u",
  name: "Cán bộ",
  email: "canbo@test.vinhdanh",
  locale: "vi",
  mustChangePassword: false,
  isMfaEnrolled: false,
  roles: [{ role: "OFFICER", unitId: "x", unitName: "X", unitPath }],
});

describe("registration rules", () => {
  it("takes pledges only while the movement is open, up to the registration phase's last day", () => {
    expect(isRegistrationOpen({ status: "OPEN", registrationEndsOn: null }, "2030-01-01")).toBe(true);
    expect(isRegistrationOpen({ status: "OPEN", registrationEndsOn: "2026-03-31" }, "2026-03-31")).toBe(true);
    expect(isRegistrationOpen({ status: "OPEN", registrationEndsOn: "2026-03-31" }, "2026-04-01")).toBe(false);
    for (const status of ["DRAFT", "REVIEW", "DECISION", "PUBLISHED", "ARCHIVED"] as const) {
      expect(isRegistrationOpen({ status, registrationEndsOn: null }, "2026-01-01"), status).toBe(false);
    }
  });

  it("takes results from opening until archiving", () => {
    expect(
      ["DRAFT", "OPEN", "REVIEW", "DECISION", "PUBLISHED", "ARCHIVED"].filter((s) => mayRecordResults(s as never)),
    ).toEqual(["OPEN", "REVIEW", "DECISION", "PUBLISHED"]);
  });

  it("reads the registration phase's last day and checks days against the period", () => {
    expect(registrationEndsOn([{ kind: "NOMINATION", endsOn: new Date("2026-06-30") }])).toBeNull();
    expect(registrationEndsOn([{ kind: "REGISTRATION", endsOn: new Date("2026-03-31") }])).toBe("2026-03-31");
    const period = { startsOn: "2026-01-01", endsOn: "2026-12-31" };
    expect([
      isWithinPeriod("2026-01-01", period),
      isWithinPeriod("2026-12-31", period),
      isWithinPeriod("2027-01-01", period),
    ]).toEqual([true, true, false]);
  });

  it("offers registration to officers inside or above the covered subtree only", () => {
    expect(canRegisterForCoverage(officerOf("/r/a/"), "/r/")).toBe(true);
    expect(canRegisterForCoverage(officerOf("/r/"), "/r/a/")).toBe(true);
    expect(canRegisterForCoverage(officerOf("/r/b/"), "/r/a/")).toBe(false);
    expect(
      canRegisterForCoverage(
        { ...officerOf("/r/"), roles: [{ role: "STAFF", unitId: "x", unitName: "X", unitPath: "/r/" }] },
        "/r/",
      ),
    ).toBe(false);
    expect(canRegisterForCoverage(null, "/r/")).toBe(false);
  });
});
