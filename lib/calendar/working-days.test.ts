import { describe, expect, it } from "vitest";
import { countWorkingDays, isWorkingDay, postingEndDay } from "./working-days";

// Tết Nguyên đán 2027 (5–11 February in the official schedule) and Hùng Kings' day.
const holidays = new Set(["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-04-16"]);
const none = new Set<string>();

describe("working days", () => {
  it("skips Saturdays, Sundays and public holidays", () => {
    expect(isWorkingDay("2027-01-04", none)).toBe(true); // Monday
    expect(isWorkingDay("2027-01-09", none)).toBe(false); // Saturday
    expect(isWorkingDay("2027-01-10", none)).toBe(false); // Sunday
    expect(isWorkingDay("2027-02-09", holidays)).toBe(false); // Tết, a Tuesday
  });

  it("counts both ends included", () => {
    // Monday 4 to Friday 15 January 2027: two working weeks.
    expect(countWorkingDays("2027-01-04", "2027-01-15", none)).toBe(10);
    expect(countWorkingDays("2027-01-09", "2027-01-10", none)).toBe(0);
    expect(countWorkingDays("2027-01-15", "2027-01-04", none)).toBe(0);
    // The Tết week (Mon 8 – Fri 12 February) has only Friday 12 left.
    expect(countWorkingDays("2027-02-08", "2027-02-12", holidays)).toBe(1);
  });

  it("ends a 10-working-day posting two weeks later when no holiday falls in between", () => {
    expect(postingEndDay("2027-01-04", 10, none)).toBe("2027-01-15");
    // Starting on a Saturday counts from Monday.
    expect(postingEndDay("2027-01-02", 10, none)).toBe("2027-01-15");
  });

  it("extends a posting across weekends and Tết", () => {
    // Monday 1 February 2027: 1–4 (4 days), Fri 5 and 8–11 are Tết, 12 (5), 15–19 (10).
    expect(postingEndDay("2027-02-01", 10, holidays)).toBe("2027-02-19");
    expect(countWorkingDays("2027-02-01", "2027-02-19", holidays)).toBe(10);
  });

  it("refuses a posting of no working days", () => {
    expect(() => postingEndDay("2027-01-04", 0, none)).toThrow(RangeError);
  });
});
