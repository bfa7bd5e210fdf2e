// Movement refusals that belong to no single field (field-level ones are lib/errors.ts FieldError).
import { DomainError } from "../errors";
import type { TransitionRefusal } from "./lifecycle";

/** Keys of the "movementAdmin.refusals" message namespace, with the values each message names. */
export type MovementRefusal = TransitionRefusal | { reason: "archived" | "definitionFrozen" };

export class MovementRefusedError extends DomainError {
  constructor(readonly refusals: MovementRefusal[]) {
    super("invalid", `movement refused: ${refusals.map((r) => r.reason).join(", ")}`);
    this.name = "MovementRefusedError";
  }
}
