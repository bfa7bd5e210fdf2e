// What the holiday form sends (app/admin/holidays): a day and its name. Codes are keys of "validation".
import { z } from "zod";

const day = z.string({ error: "required" }).trim().min(1, "required").pipe(z.iso.date({ error: "invalid" }));

export const addHolidaySchema = z.object({
  day,
  name: z.string({ error: "required" }).trim().min(1, "required").max(200, "tooLong"),
});
export type AddHolidayInput = z.infer<typeof addHolidaySchema>;

export const removeHolidaySchema = z.object({ day });
export type RemoveHolidayInput = z.infer<typeof removeHolidaySchema>;

/** The year shown by the holiday list (?year=…): this year when absent or absurd. */
export function holidayYearOf(value: unknown, fallback: number): number {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}
