"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import { postShortlist, resolveObjection } from "@/lib/reviews/posting/commands";
import { postShortlistSchema, resolveObjectionSchema } from "@/lib/reviews/posting/schemas";

function revalidatePosting(movementId: string) {
  revalidatePath(`/admin/movements/${movementId}/posting`);
  revalidatePath(`/movements/${movementId}/shortlist`);
  revalidatePath(`/movements/${movementId}`);
}

/** Posts the movement's shortlist from today (administrators). */
export async function postShortlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, postShortlistSchema, "/admin/movements", async (actor, input) => {
    await postShortlist({ actor, input, today: today() });
    revalidatePosting(input.movementId);
    return { status: "success", message: "saved" };
  });
}

/** Records the answer to an objection (administrators). */
export async function resolveObjectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, resolveObjectionSchema, "/admin/movements", async (actor, input) => {
    await resolveObjection({ actor, input, today: today() });
    revalidatePath("/admin/movements/[id]/posting", "page");
    return { status: "success", message: "saved" };
  });
}
