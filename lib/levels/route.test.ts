import { describe, expect, it } from "vitest";
import { workingDaysBefore } from "../calendar/working-days";
import { nextLevel, routeDeadlines, routeOf } from "./route";

// national N → ministry M → grassroots G → section S; city C beside M.
const path = { S: "/N/M/G/S/", G: "/N/M/G/", M: "/N/M/", C: "/N/C/" };
const rules = (selection: "EVERY_OFFICER_UNIT" | "CHOSEN_UNITS", officers: string[], chosen: string[] = []) => ({
  selection,
  organizerId: "N",
  officerUnitIds: new Set(officers),
  chosenUnitIds: new Set(chosen),
});

describe("the route of a dossier", () => {
  it("climbs every unit with an officer between the nominating unit and the organiser, nearest first", () => {
    expect(routeOf(path.S, rules("EVERY_OFFICER_UNIT", ["N", "M", "G", "S"]))).toEqual(["G", "M"]);
    // A unit without an officer is passed by.
    expect(routeOf(path.S, rules("EVERY_OFFICER_UNIT", ["N", "M", "S"]))).toEqual(["M"]);
  });

  it("climbs only the chosen units when the organiser chose them", () => {
    expect(routeOf(path.S, rules("CHOSEN_UNITS", ["N", "M", "G", "S"], ["M"]))).toEqual(["M"]);
    expect(routeOf(path.G, rules("CHOSEN_UNITS", [], ["M", "C"]))).toEqual(["M"]);
  });

  it("goes straight to the organiser from a unit right below it, or from the organiser itself", () => {
    expect(routeOf(path.M, rules("EVERY_OFFICER_UNIT", ["N", "M"]))).toEqual([]);
    expect(routeOf("/N/", rules("EVERY_OFFICER_UNIT", ["N"]))).toEqual([]);
  });

  it("names the next level, or the organiser (null)", () => {
    expect(nextLevel(["G", "M"], "G")).toBe("M");
    expect(nextLevel(["G", "M"], "M")).toBeNull();
    expect(() => nextLevel(["G"], "X")).toThrow();
  });
});

describe("level deadlines in working days", () => {
  const holidays = new Set(["2026-04-30", "2026-05-01"]);

  it("counts back N working days from the level above, skipping weekends and holidays", () => {
    // Friday 20 March → 5 working days earlier: Friday 13 March.
    expect(workingDaysBefore("2026-03-20", 5, new Set())).toBe("2026-03-13");
    // Monday 4 May, with 30 April and 1 May off: Wed 29, Tue 28, Mon 27 April.
    expect(workingDaysBefore("2026-05-04", 3, holidays)).toBe("2026-04-27");
    expect(workingDaysBefore("2026-05-04", 0, holidays)).toBe("2026-05-04");
  });

  it("gives each level of a route its deadline, nearest level earliest", () => {
    const deadlines = routeDeadlines(["G", "M"], {
      topDeadline: "2026-12-31",
      leadWorkingDays: 5,
      overrides: new Map(),
      holidays: new Set(),
    });
    // Thursday 31 December → M: Thursday 24 December → G: Thursday 17 December.
    expect(Object.fromEntries(deadlines)).toEqual({ M: "2026-12-24", G: "2026-12-17" });
  });

  it("lets a level's own deadline override the count, and the levels below count back from it", () => {
    const deadlines = routeDeadlines(["G", "M"], {
      topDeadline: "2026-12-31",
      leadWorkingDays: 5,
      overrides: new Map([["M", "2027-01-08"]]),
      holidays: new Set(["2027-01-01"]),
    });
    // Friday 8 January, 1 January off: Thu 7, Wed 6, Tue 5, Mon 4 January, Thu 31 December.
    expect(Object.fromEntries(deadlines)).toEqual({ M: "2027-01-08", G: "2026-12-31" });
  });
});
