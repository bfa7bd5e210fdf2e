// What the forms of the council page send: a member to seat or unseat, the review settings,
// the automatic assignment, one assignment made or taken back, and the page's query. Codes are
// keys of "validation".
import { z } from "zod";

const id = z.guid({ error: "notFound" });
const requiredId = z.string({ error: "required" }).trim().min(1, "required").pipe(id);
const intIn = (min: number, max: number) => z.coerce.number({ error: "invalid" }).int("invalid").min(min, "outOfRange").max(max, "outOfRange");

export const councilMemberSchema = z.object({ movementId: id, userId: requiredId });
export type CouncilMemberInput = z.infer<typeof councilMemberSchema>;

export const reviewSettingsSchema = z.object({
  movementId: id,
  version: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
  reviewersPerNomination: intIn(1, 9),
  disagreementPoints: intIn(1, 100),
  // A checkbox: present ("on") when ticked, absent otherwise.
  calibrateScores: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});
export type ReviewSettingsInput = z.infer<typeof reviewSettingsSchema>;

export const autoAssignSchema = z.object({ movementId: id });

export const assignReviewerSchema = z.object({ nominationId: id, reviewerId: requiredId });
export type AssignReviewerInput = z.infer<typeof assignReviewerSchema>;

export const unassignReviewSchema = z.object({ reviewId: id });

/** The page's query string: ?short=1 keeps only dossiers short of completed reviews; ?page=N. */
export const councilParamsSchema = z.object({
  short: z.preprocess((value) => value === "1", z.boolean()),
  page: z.preprocess((value) => (value === undefined ? 1 : value), z.coerce.number().int().min(1).max(10_000).catch(1)),
});
