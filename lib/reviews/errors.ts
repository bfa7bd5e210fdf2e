// Refusals of the review-and-decision commands that belong to no single form field (a score out
// of range is a FieldError at its field): `reason` is a key of the "reviewRefusals" message
// namespace, with the values its message names.
import { DomainError } from "../errors";

export class ReviewRefusedError extends DomainError {
  constructor(
    readonly reason: string,
    readonly values: Record<string, string> = {},
  ) {
    super("invalid", `review step refused: ${reason}`);
    this.name = "ReviewRefusedError";
  }
}
