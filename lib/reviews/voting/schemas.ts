// Validation of the council vote's forms (bỏ phiếu kín): opening with an optional quorum, a
// member's ballot sheet ("choices.<nominationId>" = APPROVE | REJECT | ABSTAIN, see lib/forms.ts
// nestedFields), an absent member's written ballot, and closing. Messages are validation codes.
import { z } from "zod";
import { id as idField, optionalInteger } from "../../validation/fields";

const id = idField();
export const voteChoices = ["APPROVE", "REJECT", "ABSTAIN"] as const;
const choice = z.enum(voteChoices, { error: "required" });

/** Blank: no quorum; else a whole percentage from 1 to 100. */
const quorumPercent = optionalInteger({ min: 1, max: 100, code: "percentOutOfRange" });

export const openVoteSchema = z.object({ movementId: id, quorumPercent });
export type OpenVoteInput = z.infer<typeof openVoteSchema>;

export const castBallotsSchema = z.object({
  movementId: id,
  // A candidate left unanswered is simply not sent.
  choices: z.record(z.guid({ error: "invalid" }), choice, { error: "invalid" }).default({}),
});
export type CastBallotsInput = z.infer<typeof castBallotsSchema>;

export const writtenBallotSchema = z.object({ movementId: id, memberId: id, nominationId: id, choice });
export type WrittenBallotInput = z.infer<typeof writtenBallotSchema>;

export const closeVoteSchema = z.object({ movementId: id });
export type CloseVoteInput = z.infer<typeof closeVoteSchema>;
