// Public holidays (ngày nghỉ lễ) as the working-day rules need them: a set of YYYY-MM-DD days.
// Administrators keep the list (app/admin/holidays); the posting of a shortlist counts around it.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { toDay } from "../movements/days";

type Reader = Pick<Prisma.TransactionClient, "publicHoliday">;

/** Every configured public holiday, as YYYY-MM-DD days. */
export async function holidaySet(client: Reader = db()): Promise<Set<string>> {
  const rows = await client.publicHoliday.findMany({ select: { day: true } });
  return new Set(rows.map((row) => toDay(row.day)));
}
