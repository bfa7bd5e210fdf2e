// Calendar days of a movement's timeline. PostgreSQL `date` columns arrive as UTC midnights;
// forms and rules speak "YYYY-MM-DD", which sorts and compares as text.
import { addDays, addYears, differenceInCalendarDays, format, parseISO } from "date-fns";

export const toDay = (date: Date): string => date.toISOString().slice(0, 10);
export const fromDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** Today in the server's calendar, as the lifecycle and registration rules compare it. */
export const today = (): string => format(new Date(), "yyyy-MM-dd");

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
