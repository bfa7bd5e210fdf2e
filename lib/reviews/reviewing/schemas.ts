// Validation of the reviewer's scoring form (phiếu chấm) as it posts: "scores.<criterionId>.score",
// "scores.<criterionId>.comment", "overallComment" (lib/forms.ts nestedFields). A score's format
// is checked here; its range needs the criterion's maximum and is checked by the command
// (lib/reviews/reviewing/commands.ts), at the same field.
import { z } from "zod";
import { id as idField, plainText, storableText, version } from "../../validation/fields";

export const maxReviewCommentLength = 5_000;
export const maxConflictReasonLength = 2_000;

const id = idField();
const text = plainText;

/** A score as typed: blank (not scored yet) or a number with at most two decimals; a comma is a decimal point. */
export const scoreText = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(",", ".") : (value ?? "")),
  storableText({ missing: "invalid" })
    .max(12, "decimalInvalid")
    .refine((value) => value === "" || /^-?\d+(\.\d{1,2})?$/.test(value), "decimalInvalid"),
);

export const saveReviewSchema = z.object({
  reviewId: id,
  version,
  scores: z.record(z.string(), z.object({ score: scoreText, comment: text(maxReviewCommentLength) })).default({}),
  overallComment: text(maxReviewCommentLength),
});
export type SaveReviewInput = z.infer<typeof saveReviewSchema>;

export const submitReviewSchema = z.object({ reviewId: id, version });
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

export const reopenReviewSchema = z.object({ reviewId: id });
export type ReopenReviewInput = z.infer<typeof reopenReviewSchema>;

export const declareConflictSchema = z.object({
  reviewId: id,
  reason: text(maxConflictReasonLength).pipe(z.string().min(1, "required")),
});
export type DeclareConflictInput = z.infer<typeof declareConflictSchema>;
