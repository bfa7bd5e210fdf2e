// A nomination's lifecycle (DOMAIN.md): draft → submitted ⇄ returned → in review →
// shortlisted | not selected → approved | rejected → honoured; withdrawn from draft, submitted
// or returned before review starts. Pure: the commands ask here before changing a status.
import type { NominationStatus } from "../generated/prisma/enums";

const transitions: Record<NominationStatus, readonly NominationStatus[]> = {
  DRAFT: ["SUBMITTED", "WITHDRAWN"],
  // A submitted dossier never assigned a reviewer is not selected when the shortlist is posted.
  SUBMITTED: ["RETURNED", "IN_REVIEW", "WITHDRAWN", "NOT_SELECTED"],
  RETURNED: ["SUBMITTED", "WITHDRAWN"],
  IN_REVIEW: ["SHORTLISTED", "NOT_SELECTED"],
  // Back to the ranking while the shortlist is not yet posted.
  SHORTLISTED: ["APPROVED", "REJECTED", "IN_REVIEW"],
  NOT_SELECTED: [],
  APPROVED: ["HONOURED"],
  REJECTED: [],
  HONOURED: [],
  WITHDRAWN: [],
};

/** May a nomination in status `from` move to `to`? */
export function canTransition(from: NominationStatus, to: NominationStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses a nomination in `from` may move to next. */
export function nextStatuses(from: NominationStatus): readonly NominationStatus[] {
  return transitions[from];
}

/** Statuses in which the officer may still change the dossier. */
export const editableStatuses: readonly NominationStatus[] = ["DRAFT", "RETURNED"];

/** True once the dossier has left the officer's hands for good (review started or later). */
export function isPastReviewStart(status: NominationStatus): boolean {
  return !(["DRAFT", "SUBMITTED", "RETURNED", "WITHDRAWN"] as readonly NominationStatus[]).includes(status);
}
