"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { reviewAction } from "@/app/review-action";
import { formValues, type FormState } from "@/lib/forms";
import { ReviewRefusedError } from "@/lib/reviews/errors";
import { today } from "@/lib/movements/days";
import { nextReviewToScore } from "@/lib/reviews/reviewing/queue";
import { declareConflict, reopenReview, saveReview, submitReview } from "@/lib/reviews/reviewing/commands";
import { declareConflictSchema, reopenReviewSchema, saveReviewSchema } from "@/lib/reviews/reviewing/schemas";

/** What a save answers: the version the review now has, so the form can save again. */
export interface ScoreFormState extends FormState {
  version?: number;
}

function revalidateReview(reviewId: string) {
  revalidatePath("/reviews");
  revalidatePath(`/reviews/${reviewId}`);
}

/**
 * Saves the scoring form. With `intent=next` (Ctrl+Enter, "save and next") it then opens the
 * reviewer's next unsubmitted dossier, or the queue when none is left.
 */
export async function saveReviewAction(_previous: FormState, formData: FormData): Promise<ScoreFormState> {
  let goTo: string | undefined;
  const state = await reviewAction(
    formData,
    saveReviewSchema,
    "/reviews",
    async (actor, input): Promise<ScoreFormState> => {
      const { version } = await saveReview({ actor, input, today: today() });
      revalidateReview(input.reviewId);
      if (formData.get("intent") === "next") {
        const nextId = await nextReviewToScore({ actor, afterReviewId: input.reviewId });
        goTo = nextId ? `/reviews/${nextId}` : "/reviews";
      }
      return { status: "success", message: "saved", version };
    },
  );
  if (goTo) redirect(goTo);
  return state;
}

/**
 * Saves the form as shown, then submits the review (every criterion scored); the page turns
 * read-only. A refused submission still saved the scores: the state carries the new version.
 */
export async function submitReviewAction(_previous: FormState, formData: FormData): Promise<ScoreFormState> {
  return reviewAction(formData, saveReviewSchema, "/reviews", async (actor, input): Promise<ScoreFormState> => {
    const saved = await saveReview({ actor, input, today: today() });
    revalidateReview(input.reviewId);
    try {
      const { version } = await submitReview({
        actor,
        input: { reviewId: input.reviewId, version: saved.version },
        today: today(),
      });
      return { status: "success", message: "submitted", version };
    } catch (error) {
      if (!(error instanceof ReviewRefusedError)) throw error;
      return {
        status: "error",
        message: "refused",
        reasons: [{ code: error.reason, values: error.values }],
        version: saved.version,
        values: formValues(formData),
      };
    }
  });
}

/** An administrator reopens a submitted review. */
export async function reopenReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, reopenReviewSchema, "/reviews", async (actor, input) => {
    await reopenReview({ actor, reviewId: input.reviewId, today: today() });
    revalidateReview(input.reviewId);
    return { status: "success", message: "reopened" };
  });
}

/** The reviewer declares a conflict of interest: the assignment is gone, back to the queue. */
export async function declareConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let declared = false;
  const state = await reviewAction(formData, declareConflictSchema, "/reviews", async (actor, input) => {
    await declareConflict({ actor, input, today: today() });
    declared = true;
  });
  if (!declared) return state;
  revalidatePath("/reviews");
  redirect("/reviews?conflict=declared");
}
