// A refusal tied to one form field (e.g. code already taken), so the action can show it
// next to that field rather than as a generic message.
import { DomainError } from "../errors";
import type { ValidationCode } from "../forms";

export class UnitFieldError extends DomainError {
  constructor(
    readonly field: string,
    readonly validationCode: ValidationCode,
  ) {
    super("invalid", `${field}: ${validationCode}`);
    this.name = "UnitFieldError";
  }
}

/**
 * Refusals without a field, named by a key in the "units.refusals" message namespace
 * (a unit still in use cannot be deleted; one with active children cannot be deactivated…).
 */
export const unitRefusals = ["inUse", "hasActiveChildren", "parentInactive"] as const;
export type UnitRefusal = (typeof unitRefusals)[number];

export class UnitRefusedError extends DomainError {
  constructor(readonly reason: UnitRefusal) {
    super("invalid", `unit refused: ${reason}`);
    this.name = "UnitRefusedError";
  }
}
