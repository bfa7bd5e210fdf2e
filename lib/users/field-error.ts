import { DomainError } from "../errors";
import type { ValidationCode } from "../forms";

/** A refusal tied to one form field (email taken, wrong current password), so the form can mark that field. */
export class FieldError extends DomainError {
  constructor(
    readonly field: string,
    readonly fieldCode: ValidationCode,
  ) {
    super("invalid", `${field}: ${fieldCode}`);
    this.name = "FieldError";
  }
}
