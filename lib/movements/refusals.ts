// Movement refusals as the forms show them: each a key of "movementAdmin.refusals" with the
// values its message names (a phase kind, a YYYY-MM-DD day).
import type { FormState } from "../forms";
import type { MovementRefusal } from "./errors";

export type RefusalReason = NonNullable<FormState["reasons"]>[number];

/** `[{ reason: "tooEarly", phase, date }]` → `[{ code: "tooEarly", values: { phase, date } }]`. */
export function refusalReasons(refusals: readonly MovementRefusal[]): RefusalReason[] {
  return refusals.map(({ reason, ...values }) => ({ code: reason, values: values as Record<string, string> }));
}
