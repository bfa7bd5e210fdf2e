"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import { correctDecision, recordDecision } from "@/lib/reviews/decision/commands";
import { correctDecisionSchema, recordDecisionSchema } from "@/lib/reviews/decision/schemas";
import { id } from "@/lib/validation/fields";

function revalidateDecision(movementId: string) {
  revalidatePath(`/admin/movements/${movementId}/vote`);
  revalidatePath(`/admin/movements/${movementId}/results`);
  revalidatePath("/notifications");
}

/** An administrator records the decision (quyết định) once the vote is closed and every objection answered. */
export async function recordDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const movementId = String(formData.get("movementId") ?? "");
  return reviewAction(
    formData,
    recordDecisionSchema,
    `/admin/movements/${encodeURIComponent(movementId)}/vote`,
    async (actor, input) => {
      await recordDecision({ actor, input, today: today() });
      revalidateDecision(input.movementId);
      return { status: "success", message: "decisionRecorded" };
    },
  );
}

/** An administrator corrects the recorded decision, with a reason kept beside before and after. */
export async function correctDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const movementId = String(formData.get("movementId") ?? "");
  // The form names its movement (what to refresh): a malformed one is a field error too.
  const schema = correctDecisionSchema.extend({ movementId: id() });
  return reviewAction(
    formData,
    schema,
    `/admin/movements/${encodeURIComponent(movementId)}/vote`,
    async (actor, input) => {
      await correctDecision({ actor, input, today: today() });
      revalidateDecision(input.movementId);
      return { status: "success", message: "decisionCorrected" };
    },
  );
}
