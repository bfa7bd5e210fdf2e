"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import { setShortlistedSchema } from "@/lib/reviews/ranking/schemas";
import { setShortlisted } from "@/lib/reviews/ranking/shortlist";

/** Puts a ranked nomination on its title's shortlist, or takes it off (shortlisted "true" / "false"). */
export async function setShortlistedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, setShortlistedSchema, "/admin/movements", async (actor, input) => {
    await setShortlisted({ actor, input, today: today() });
    revalidatePath("/admin/movements/[id]/results", "page");
    revalidatePath(`/nominations/${input.nominationId}`);
    return { status: "success", message: "saved" };
  });
}
