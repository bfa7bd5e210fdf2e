"use server";

import { revalidatePath } from "next/cache";
import { addHoliday, removeHoliday } from "@/lib/calendar/holiday-commands";
import { addHolidaySchema, removeHolidaySchema } from "@/lib/calendar/holiday-schemas";
import { handleForm, type FormState } from "@/lib/forms";
import { requireUser } from "@/lib/session";

/** Adds a public holiday (administrators); a day already listed is refused at its field. */
export async function addHolidayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser("/admin/holidays");
  return handleForm(formData, addHolidaySchema, async (input) => {
    await addHoliday({ actor, input });
    revalidatePath("/admin/holidays");
  });
}

/** Removes a public holiday (administrators). */
export async function removeHolidayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser("/admin/holidays");
  return handleForm(
    formData,
    removeHolidaySchema,
    async (input) => {
      await removeHoliday({ actor, day: input.day });
      revalidatePath("/admin/holidays");
    },
    { successMessage: "saved" },
  );
}
