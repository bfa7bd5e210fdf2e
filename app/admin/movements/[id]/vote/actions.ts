"use server";

import { revalidatePath } from "next/cache";
import { reviewAction } from "@/app/review-action";
import type { FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import { closeVoteSchema, openVoteSchema, writtenBallotSchema } from "@/lib/reviews/voting/schemas";
import { closeVote, openVote, recordWrittenBallot } from "@/lib/reviews/voting/commands";

function revalidateVote(movementId: string) {
  revalidatePath(`/admin/movements/${movementId}/vote`);
  revalidatePath(`/council/${movementId}`);
  revalidatePath("/council");
}

/** Opens the council's secret ballot (after the posting period), with an optional quorum. */
export async function openVoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, openVoteSchema, "/admin/movements", async (actor, input) => {
    await openVote({ actor, input, today: today() });
    revalidateVote(input.movementId);
    return { status: "success", message: "voteOpened" };
  });
}

/** Records an absent member's written ballot on one candidate. */
export async function recordWrittenBallotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, writtenBallotSchema, "/admin/movements", async (actor, input) => {
    await recordWrittenBallot({ actor, input, today: today() });
    revalidateVote(input.movementId);
    return { status: "success", message: "writtenBallotRecorded" };
  });
}

/** Closes the vote: tallies, results, and ballots unlinked from their voters for good. */
export async function closeVoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return reviewAction(formData, closeVoteSchema, "/admin/movements", async (actor, input) => {
    await closeVote({ actor, input, today: today() });
    revalidateVote(input.movementId);
    revalidatePath(`/admin/movements/${input.movementId}/nominations`);
    return { status: "success", message: "voteClosed" };
  });
}
