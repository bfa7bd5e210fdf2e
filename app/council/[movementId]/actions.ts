"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import { castBallotsSchema } from "@/lib/reviews/voting/schemas";
import { castBallots } from "@/lib/reviews/voting/commands";

/** A council member saves their ballot sheet: every choice they changed (secret, changeable until the vote closes). */
export async function castBallotsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, castBallotsSchema, "/council", async (actor, input) => {
    const { saved } = await castBallots({ actor, input, today: today() });
    revalidatePath(`/council/${input.movementId}`);
    revalidatePath("/council");
    return { status: "success", message: saved > 0 ? "ballotSaved" : "ballotUnchanged" };
  });
}
