// What the holiday form sends (app/admin/holidays): a day and its name. Codes are keys of "validation".
import { z } from "zod";
import { day as calendarDay, requiredText } from "../validation/fields";
import { queryInt } from "../validation/search-params";

const day = calendarDay();

export const addHolidaySchema = z.object({
  day,
  name: requiredText(200),
});
export type AddHolidayInput = z.infer<typeof addHolidaySchema>;

export const removeHolidaySchema = z.object({ day });
export type RemoveHolidayInput = z.infer<typeof removeHolidaySchema>;

/** The year shown by the holiday list (?year=…): this year when absent or absurd. */
export function holidayYearOf(value: unknown, fallback: number): number {
  return queryInt({ min: 2000, max: 2100, fallback }).parse(value);
}
