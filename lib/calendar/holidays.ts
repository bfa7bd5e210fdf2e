// Public holidays (ngày nghỉ lễ) as the working-day rules need them: a set of YYYY-MM-DD days.
// Administrators keep the list (app/admin/holidays); the posting of a shortlist counts around it.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { fromDay, toDay } from "../movements/days";

type Reader = Pick<Prisma.TransactionClient, "publicHoliday">;

/** Every configured public holiday, as YYYY-MM-DD days. */
export async function holidaySet(client: Reader = db()): Promise<Set<string>> {
  const rows = await client.publicHoliday.findMany({ select: { day: true } });
  return new Set(rows.map((row) => toDay(row.day)));
}

/** The holidays of `year`, in calendar order. */
export async function holidaysOfYear(year: number, client: Reader = db()): Promise<{ day: string; name: string }[]> {
  const rows = await client.publicHoliday.findMany({
    where: { day: { gte: fromDay(`${year}-01-01`), lte: fromDay(`${year}-12-31`) } },
    orderBy: { day: "asc" },
    select: { day: true, name: true },
  });
  return rows.map((row) => ({ day: toDay(row.day), name: row.name }));
}

/** The years that have holidays, with `around` and the years next to it, newest first (for the year selector). */
export async function holidayYears(
  around: number,
  client: Pick<Prisma.TransactionClient, "$queryRaw"> = db(),
): Promise<number[]> {
  const rows = await client.$queryRaw<
    { year: number }[]
  >`SELECT DISTINCT EXTRACT(YEAR FROM day)::int AS year FROM "PublicHoliday"`;
  const years = new Set([around - 1, around, around + 1, ...rows.map((row) => row.year)]);
  return [...years].sort((a, b) => b - a);
}
