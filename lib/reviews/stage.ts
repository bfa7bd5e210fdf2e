// Where a movement stands between review and decision, and which step each stage allows. Pure:
// the commands lock the movement (lib/reviews/locks.ts), pass what they read and `today`
// (YYYY-MM-DD, lib/movements/days.ts), and ask here. One place, so every page and command
// agrees on what is possible when.
//
//   REVIEW status ............ reviewing: assign, score, shortlist
//   DECISION, no posting ..... shortlisting: shortlist, post the shortlist
//   posting, until its end ... posting: feedback and objections
//   posting over, no vote .... postingOver: resolve objections, open the vote
//   vote open ................ voting: ballots
//   vote closed .............. voteClosed: minutes, decision
//   decision recorded ........ decided
import type { MovementStatus, VoteStatus } from "../generated/prisma/enums";
import { postingEndDay } from "../calendar/working-days";

export type ReviewStage =
  "notStarted" | "reviewing" | "shortlisting" | "posting" | "postingOver" | "voting" | "voteClosed" | "decided";

export interface StageInput {
  status: MovementStatus;
  /** The posted shortlist: its first day and length in working days. */
  posting: { startsOn: string; workingDays: number } | null;
  vote: { status: VoteStatus } | null;
  hasDecision: boolean;
  /** Public holidays (YYYY-MM-DD) for counting the posting's working days. */
  holidays: ReadonlySet<string>;
}

/** The last day of the posting, with today's list of holidays (so a holiday added later counts). */
export function postingLastDay(
  posting: { startsOn: string; workingDays: number },
  holidays: ReadonlySet<string>,
): string {
  return postingEndDay(posting.startsOn, posting.workingDays, holidays);
}

export function reviewStage(input: StageInput, today: string): ReviewStage {
  if (input.hasDecision) return "decided";
  if (input.vote) return input.vote.status === "OPEN" ? "voting" : "voteClosed";
  if (input.posting) return today > postingLastDay(input.posting, input.holidays) ? "postingOver" : "posting";
  if (input.status === "REVIEW") return "reviewing";
  if (input.status === "DECISION") return "shortlisting";
  return "notStarted";
}

/** Council membership may change until the vote opens (its size then fixes every threshold). */
export const councilEditableStages: readonly ReviewStage[] = [
  "notStarted",
  "reviewing",
  "shortlisting",
  "posting",
  "postingOver",
];
/** Assignments, scoring and reopening reviews: while the movement is under review. */
export const reviewingStages: readonly ReviewStage[] = ["reviewing"];
/** Shortlisting (and taking a candidate off the shortlist): until the shortlist is posted. */
export const shortlistingStages: readonly ReviewStage[] = ["reviewing", "shortlisting"];
/** Posting the shortlist: once the movement reached its decision status. */
export const postingStartStages: readonly ReviewStage[] = ["shortlisting"];
/** Feedback and objections from members: during the posting period. */
export const feedbackStages: readonly ReviewStage[] = ["posting"];
/** Resolving objections: from posting until the decision. */
export const objectionResolutionStages: readonly ReviewStage[] = ["posting", "postingOver", "voting", "voteClosed"];
/** Opening the council vote: after the last day of the posting. */
export const voteOpeningStages: readonly ReviewStage[] = ["postingOver"];

/** True when `stage` is one of `allowed`. */
export function stageAllows(stage: ReviewStage, allowed: readonly ReviewStage[]): boolean {
  return allowed.includes(stage);
}
