// Working days (ngày làm việc) for the public posting of a shortlist: Saturdays, Sundays and
// the configured public holidays do not count. Days are "YYYY-MM-DD" strings in the
// movements' calendar (lib/movements/days.ts), so no time zone can shift them.
import { addDays, format, isWeekend, parseISO } from "date-fns";

const next = (day: string) => format(addDays(parseISO(day), 1), "yyyy-MM-dd");

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(parseISO(day)) && !holidays.has(day);
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function countWorkingDays(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = from; day <= to; day = next(day)) if (isWorkingDay(day, holidays)) count += 1;
  return count;
}

/**
 * The last day of a posting of `workingDays` working days that starts on `start` (counted from
 * `start` itself when it is a working day, else from the next one). The council vote may open
 * the day after.
 */
export function postingEndDay(start: string, workingDays: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError("a posting lasts at least one working day");
  let remaining = workingDays;
  let day = start;
  for (;;) {
    if (isWorkingDay(day, holidays)) remaining -= 1;
    if (remaining === 0) return day;
    day = next(day);
  }
}

/** The working day `workingDays` working days before `day` (Friday 20 March, 5 → Friday 13 March). */
export function workingDaysBefore(day: string, workingDays: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(workingDays) || workingDays < 0)
    throw new RangeError("a count of working days is a whole number of zero or more");
  let result = day;
  for (let remaining = workingDays; remaining > 0;) {
    result = format(addDays(parseISO(result), -1), "yyyy-MM-dd");
    if (isWorkingDay(result, holidays)) remaining -= 1;
  }
  return result;
}
