// Refusals of the roster commands (publish, unpublish, revoke) that belong to no form field:
// `reason` is a key of "rosterAdmin.refusals". A step that lost a race (already revoked) is a
// conflict; a step that does not apply (no decision yet) is invalid.
import { DomainError } from "../errors";

export type RosterRefusal = "noDecision" | "decisionRevoked" | "alreadyPublished" | "notPublished" | "alreadyRevoked";

export class RosterRefusedError extends DomainError {
  constructor(
    readonly reason: RosterRefusal,
    code: "invalid" | "conflict" = "invalid",
  ) {
    super(code, `roster step refused: ${reason}`);
    this.name = "RosterRefusedError";
  }
}
