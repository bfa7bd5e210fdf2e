// What the decision forms send (quyết định khen thưởng): validated on the server, with the
// codes of the "validation" namespace.
import { z } from "zod";
import { day, id, requiredText, version } from "../../validation/fields";

export const maxReasonLength = 1_000;
export const minReasonLength = 10;

const decisionFields = {
  number: requiredText(50),
  issuedOn: day(),
  signerName: requiredText(200),
  issuingAuthority: requiredText(300),
};

export const recordDecisionSchema = z.object({ movementId: id(), ...decisionFields });
export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;

export const correctDecisionSchema = z.object({
  decisionId: id(),
  version,
  ...decisionFields,
  reason: requiredText(maxReasonLength, { min: minReasonLength }),
});
export type CorrectDecisionInput = z.infer<typeof correctDecisionSchema>;
