"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { sendFeedback } from "@/lib/reviews/posting/commands";
import { sendFeedbackSchema } from "@/lib/reviews/posting/schemas";
import { id } from "@/lib/validation/fields";

/** Sends feedback or an objection on a posted candidate (any signed-in member, during the posting). */
export async function sendFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const movementId = formData.get("movementId");
  const path =
    typeof movementId === "string" && isUuid(movementId) ? `/movements/${movementId}/shortlist` : "/movements";
  // The form names its movement (the page to refresh): a malformed one is a field error too.
  return reviewAction(formData, sendFeedbackSchema.extend({ movementId: id() }), path, async (actor, input) => {
    await sendFeedback({ actor, input, today: today() });
    revalidatePath(path);
    revalidatePath("/admin/movements/[id]/posting", "page");
    return { status: "success", message: "saved" };
  });
}
