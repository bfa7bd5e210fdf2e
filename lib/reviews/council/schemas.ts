// What the forms of the council page send: a member to seat or unseat, the review settings,
// the automatic assignment, one assignment made or taken back, and the page's query. Codes are
// keys of "validation".
import { z } from "zod";
import { checkbox, id as idField, integer, version } from "../../validation/fields";
import { queryFlag, queryInt } from "../../validation/search-params";

const id = z.guid({ error: "notFound" });
const requiredId = idField("notFound");
const intIn = (min: number, max: number) => integer({ min, max, code: "outOfRange" });

export const councilMemberSchema = z.object({ movementId: id, userId: requiredId });
export type CouncilMemberInput = z.infer<typeof councilMemberSchema>;

export const reviewSettingsSchema = z.object({
  movementId: id,
  version,
  reviewersPerNomination: intIn(1, 9),
  disagreementPoints: intIn(1, 100),
  // A checkbox: present ("on") when ticked, absent otherwise.
  calibrateScores: checkbox,
});
export type ReviewSettingsInput = z.infer<typeof reviewSettingsSchema>;

export const autoAssignSchema = z.object({ movementId: id });

export const assignReviewerSchema = z.object({ nominationId: id, reviewerId: requiredId });
export type AssignReviewerInput = z.infer<typeof assignReviewerSchema>;

export const unassignReviewSchema = z.object({ reviewId: id });

/** The page's query string: ?short=1 keeps only dossiers short of completed reviews; ?page=N. */
export const councilParamsSchema = z.object({
  short: queryFlag(),
  page: queryInt({ min: 1, max: 10_000, fallback: 1 }),
});
