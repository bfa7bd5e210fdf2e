// Administrators keep the list of public holidays: the posting of a shortlist counts its working
// days around them (lib/calendar/working-days.ts). Each change is audited with the day as its id.
import { recordAudit } from "../audit";
import { db } from "../db";
import { FieldError, forbidden, notFoundError } from "../errors";
import { fromDay } from "../movements/days";
import { can } from "../policy";
import { isPrismaError } from "../prisma-errors";
import type { Actor } from "../session";
import type { AddHolidayInput } from "./holiday-schemas";

/** Adds a public holiday; a day already listed is refused at the day field ("holidayTaken"). */
export async function addHoliday(options: { actor: Actor | null; input: AddHolidayInput }): Promise<void> {
  const { actor, input } = options;
  if (!can(actor, "holiday.manage")) throw forbidden();
  try {
    await db().$transaction(async (tx) => {
      const taken = await tx.publicHoliday.findUnique({ where: { day: fromDay(input.day) }, select: { day: true } });
      if (taken) throw new FieldError("day", "holidayTaken");
      await tx.publicHoliday.create({ data: { day: fromDay(input.day), name: input.name } });
      await recordAudit(
        {
          actorId: actor!.id,
          action: "holiday.added",
          objectType: "PublicHoliday",
          objectId: input.day,
          after: { day: input.day, name: input.name },
        },
        tx,
      );
    });
  } catch (error) {
    // Two administrators adding the same day at once: the primary key decides.
    if (isPrismaError(error, "P2002")) throw new FieldError("day", "holidayTaken");
    throw error;
  }
}

/** Removes the public holiday on `day` (YYYY-MM-DD); Not found when there is none. */
export async function removeHoliday(options: { actor: Actor | null; day: string }): Promise<void> {
  const { actor, day } = options;
  if (!can(actor, "holiday.manage")) throw forbidden();
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { name: string }[]
    >`DELETE FROM "PublicHoliday" WHERE day = ${day}::date RETURNING name`;
    const removed = rows[0];
    if (!removed) throw notFoundError("holiday");
    await recordAudit(
      {
        actorId: actor!.id,
        action: "holiday.removed",
        objectType: "PublicHoliday",
        objectId: day,
        before: { day, name: removed.name },
      },
      tx,
    );
  });
}
