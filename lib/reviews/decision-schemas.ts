// What the decision forms send (quyết định khen thưởng): validated on the server, with the
// codes of the "validation" namespace.
import { z } from "zod";

const id = z.string({ error: "required" }).trim().min(1, "required").pipe(z.guid({ error: "invalid" }));
const text = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");
const day = z.string({ error: "required" }).trim().min(1, "required").pipe(z.iso.date({ error: "invalid" }));

export const maxReasonLength = 1_000;
export const minReasonLength = 10;

const decisionFields = {
  number: text(50),
  issuedOn: day,
  signerName: text(200),
  issuingAuthority: text(300),
};

export const recordDecisionSchema = z.object({ movementId: id, ...decisionFields });
export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;

export const correctDecisionSchema = z.object({
  decisionId: id,
  version: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
  ...decisionFields,
  reason: z.string({ error: "required" }).trim().min(1, "required").min(minReasonLength, "tooShort").max(maxReasonLength, "tooLong"),
});
export type CorrectDecisionInput = z.infer<typeof correctDecisionSchema>;
