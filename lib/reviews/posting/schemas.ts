// What the forms of the public posting (công khai) send: posting the shortlist, feedback or an
// objection on a candidate, and the answer to an objection. Codes are keys of "validation".
import { z } from "zod";
import { FeedbackKind, Visibility } from "../../generated/prisma/enums";
import { integer, requiredText, version } from "../../validation/fields";

const id = z.guid({ error: "notFound" });
const text = (min: number, max: number) => requiredText(max, { min });

export const postShortlistSchema = z.object({
  movementId: id,
  audience: z.enum(Visibility, { error: "required" }),
  workingDays: integer({ min: 1, max: 60, code: "workingDaysOutOfRange" }),
  /** The movement's version as the form read it: posting a stale form is a conflict. */
  version: version.optional(),
});
export type PostShortlistInput = z.infer<typeof postShortlistSchema>;

export const sendFeedbackSchema = z.object({
  nominationId: id,
  kind: z.enum(FeedbackKind, { error: "required" }),
  body: text(10, 2000),
});
export type SendFeedbackInput = z.infer<typeof sendFeedbackSchema>;

export const resolveObjectionSchema = z.object({
  feedbackId: id,
  resolution: text(5, 2000),
});
export type ResolveObjectionInput = z.infer<typeof resolveObjectionSchema>;

/** The filter of the administrators' feedback list. */
export const feedbackFilterSchema = z.enum(["all", "unresolved"]).catch("all");
export type FeedbackFilter = z.infer<typeof feedbackFilterSchema>;
