// Nomination refusals that belong to no single field (field-level ones are lib/errors.ts FieldError).
import { DomainError } from "../errors";

/**
 * Why a dossier cannot be submitted (or changed): each a key of the "nominations.problems"
 * message namespace, with the field it concerns and the values its message names.
 */
export const nominationProblemCodes = [
  "missingField",
  "selfAssessmentMissing",
  "notRegistered",
  "priorTitleMissing",
  "serviceTooShort",
  "tooManyAbsences",
  "disciplined",
  "unitQuotaReached",
  "movementQuotaReached",
  "titleNotForKind",
  "nominationClosed",
  "notEditable",
  "notSubmitted",
  // A route through levels (decision 0012): the nominating unit's deadline, its allotment.
  "sendUpClosed",
  "allotmentExceeded",
  // The organiser acts only on dossiers that reached it.
  "notAtOrganiser",
] as const;
export type NominationProblemCode = (typeof nominationProblemCodes)[number];

export interface NominationProblem {
  code: NominationProblemCode;
  /** The dossier field the problem concerns ("citation", "selfAssessments.<criterionId>"…). */
  field?: string;
  values?: Record<string, string>;
}

/** A submission (or change) refused, listing every problem found, not only the first. */
export class NominationRefusedError extends DomainError {
  constructor(readonly problems: NominationProblem[]) {
    super("invalid", `nomination refused: ${problems.map((p) => p.code).join(", ")}`);
    this.name = "NominationRefusedError";
  }
}
