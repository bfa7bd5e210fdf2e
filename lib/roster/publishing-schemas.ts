// What the publishing and revocation forms send (docs/decisions/0008 "Publishing", "Revocation"):
// validated on the server, with the codes of the "validation" message namespace.
import { z } from "zod";
import type { FormState } from "../forms";
import { Visibility } from "../generated/prisma/enums";

const id = z.string({ error: "required" }).trim().min(1, "required").pipe(z.guid({ error: "invalid" }));
const text = (min: number, max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .min(min, "tooShort")
    .max(max, "tooLong");
/** The decision's version the page was rendered from: a change made meanwhile makes the step a conflict. */
const version = z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid");

export const minRosterReasonLength = 5;
export const maxRosterReasonLength = 1_000;
export const maxRevocationReferenceLength = 100;

export const publishRosterSchema = z.object({
  movementId: id,
  audience: z.enum(Visibility, { error: "required" }),
  version,
});
export type PublishRosterInput = z.infer<typeof publishRosterSchema>;

export const unpublishRosterSchema = z.object({
  movementId: id,
  reason: text(minRosterReasonLength, maxRosterReasonLength),
  version,
});
export type UnpublishRosterInput = z.infer<typeof unpublishRosterSchema>;

export const revokeHonoreeSchema = z.object({
  honoreeId: id,
  reason: text(minRosterReasonLength, maxRosterReasonLength),
  /** Number of the decision that revokes the recognition (e.g. "15/QĐ-CĐN"). */
  reference: text(1, maxRevocationReferenceLength),
});
export type RevokeHonoreeInput = z.infer<typeof revokeHonoreeSchema>;

/** What the publishing forms get back: a FormState, and on success how many honorees were (un)listed. */
export interface RosterFormState extends FormState {
  count?: number;
}
