"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import {
  addCouncilMember,
  assignReviewer,
  autoAssign,
  removeCouncilMember,
  unassignReview,
  updateReviewSettings,
} from "@/lib/reviews/council/commands";
import {
  assignReviewerSchema,
  autoAssignSchema,
  councilMemberSchema,
  reviewSettingsSchema,
  unassignReviewSchema,
} from "@/lib/reviews/council/schemas";

/** What the automatic assignment answers: how many were assigned, and which dossiers lack eligible reviewers. */
export interface AutoAssignState extends FormState {
  assigned?: number;
  shortfalls?: { nomineeName: string; missing: number }[];
}

const signInPath = "/admin/movements";

function revalidateCouncil() {
  revalidatePath("/admin/movements/[id]/council", "page");
  revalidatePath("/reviews");
}

/** Seats a reviewer on the movement's council (administrators). */
export async function addCouncilMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, councilMemberSchema, signInPath, async (actor, input) => {
    await addCouncilMember({ actor, ...input, today: today() });
    revalidateCouncil();
    return { status: "success", message: "saved" };
  });
}

/** Unseats a member who has submitted no review; their open assignments are removed. */
export async function removeCouncilMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, councilMemberSchema, signInPath, async (actor, input) => {
    await removeCouncilMember({ actor, ...input, today: today() });
    revalidateCouncil();
    return { status: "success", message: "saved" };
  });
}

/** Saves the review settings of the version the form read (a stale form is a conflict). */
export async function updateReviewSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(
    formData,
    reviewSettingsSchema,
    signInPath,
    async (actor, { movementId, version, ...settings }) => {
      await updateReviewSettings({ actor, movementId, version, settings, today: today() });
      revalidateCouncil();
      return { status: "success", message: "saved" };
    },
  );
}

/** Assigns reviewers to every dossier under review, load-balanced and without conflicts. */
export async function autoAssignAction(_previous: AutoAssignState, formData: FormData): Promise<AutoAssignState> {
  return reviewAction<{ movementId: string }, AutoAssignState>(
    formData,
    autoAssignSchema,
    signInPath,
    async (actor, input) => {
      const result = await autoAssign({ actor, movementId: input.movementId, today: today() });
      revalidateCouncil();
      return {
        status: "success",
        assigned: result.assigned,
        shortfalls: result.shortfalls.map(({ nomineeName, missing }) => ({ nomineeName, missing })),
      };
    },
  );
}

/** Assigns one council member to one dossier by hand. */
export async function assignReviewerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, assignReviewerSchema, signInPath, async (actor, input) => {
    await assignReviewer({ actor, ...input, today: today() });
    revalidateCouncil();
    return { status: "success", message: "saved" };
  });
}

/** Takes back an assignment that has not been submitted. */
export async function unassignReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, unassignReviewSchema, signInPath, async (actor, input) => {
    await unassignReview({ actor, reviewId: input.reviewId, today: today() });
    revalidateCouncil();
    return { status: "success", message: "saved" };
  });
}
