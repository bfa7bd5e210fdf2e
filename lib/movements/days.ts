// Calendar days of a movement's timeline. PostgreSQL `date` columns arrive as UTC midnights;
// forms and rules speak "YYYY-MM-DD", which sorts and compares as text.
import { addDays, addYears, differenceInCalendarDays, format, parseISO } from "date-fns";
import { env } from "../env";

export const toDay = (date: Date): string => date.toISOString().slice(0, 10);
export const fromDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** The calendar day `instant` falls on in `timeZone` ("en-CA" formats as YYYY-MM-DD). */
export function dayIn(timeZone: string, instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/**
 * Today in the movements' calendar (APP_TIME_ZONE, Vietnam by default), whatever zone the
 * server runs in: a deadline of 31 March closes at midnight in Hà Nội, not in UTC.
 */
export const today = (): string => dayIn(env().APP_TIME_ZONE, new Date());

/**
 * Moves `day` as the period moves from `fromStart` to `toStart`. When the new period starts on
 * the same day of the year, whole years are added so fixed deadlines ("31 March") stay put
 * across leap years; otherwise every day moves by the same number of days.
 */
export function shiftDay(day: string, fromStart: string, toStart: string): string {
  const years = Number(toStart.slice(0, 4)) - Number(fromStart.slice(0, 4));
  const shifted =
    fromStart.slice(5) === toStart.slice(5)
      ? addYears(parseISO(day), years)
      : addDays(parseISO(day), differenceInCalendarDays(parseISO(toStart), parseISO(fromStart)));
  return format(shifted, "yyyy-MM-dd");
}
