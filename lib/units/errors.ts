// Unit refusals that belong to no single field (field-level ones are lib/errors.ts FieldError).
import { DomainError } from "../errors";
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
