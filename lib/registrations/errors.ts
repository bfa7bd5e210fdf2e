// Registration refusals that belong to no single field (field-level ones are lib/errors.ts FieldError).
import { DomainError } from "../errors";

/**
 * Refusals named by a key in the "registrations.refusals" message namespace: pledges are
 * taken only while registration is open, results only while the movement runs, and an
 * inactive unit cannot change its pledge.
 */
export const registrationRefusals = ["registrationClosed", "resultsClosed", "unitInactive"] as const;
export type RegistrationRefusal = (typeof registrationRefusals)[number];

export class RegistrationRefusedError extends DomainError {
  constructor(readonly reason: RegistrationRefusal) {
    super("invalid", `registration refused: ${reason}`);
    this.name = "RegistrationRefusedError";
  }
}
