// What the publishing and revocation forms send (docs/decisions/0008 "Publishing", "Revocation"):
// validated on the server, with the codes of the "validation" message namespace.
import { z } from "zod";
import type { FormState } from "../forms";
import { Visibility } from "../generated/prisma/enums";
import { id as idField, requiredText, version } from "../validation/fields";

const id = idField();
const text = (min: number, max: number) => requiredText(max, { min });

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
