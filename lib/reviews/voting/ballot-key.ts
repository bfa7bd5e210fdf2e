// The link between a council member and their own ballot while the vote is open: an HMAC of
// the member id under the vote's secret key. Without the key (erased when the vote closes) a
// ballot's voterKey says nothing about who cast it.
import { createHmac, randomBytes } from "node:crypto";

/** A new secret key for a vote: 32 random bytes, hex. */
export function newBallotKey(): string {
  return randomBytes(32).toString("hex");
}

/** HMAC-SHA256(ballotKey, memberId), hex: the voterKey of that member's ballots in that vote. */
export function voterKeyOf(ballotKey: string, memberId: string): string {
  return createHmac("sha256", ballotKey).update(memberId).digest("hex");
}
