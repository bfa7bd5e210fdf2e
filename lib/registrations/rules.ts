// When a movement takes pledges and results (đăng ký thi đua, báo cáo kết quả). Days are
// calendar days written YYYY-MM-DD, which compare correctly as strings.
import type { MovementStatus, PhaseKind } from "../generated/prisma/enums";
import { toDay } from "../movements/days";

type Day = string;

/**
 * Units register and change their pledges while the movement is open and, when it has a
 * registration phase, until that phase's last day (inclusive).
 */
export function isRegistrationOpen(
  movement: { status: MovementStatus; registrationEndsOn: Day | null },
  today: Day,
): boolean {
  if (movement.status !== "OPEN") return false;
  return movement.registrationEndsOn === null || today <= movement.registrationEndsOn;
}

/** The last day of a movement's registration phase, if it has one. */
export function registrationEndsOn(phases: readonly { kind: PhaseKind; endsOn: Date }[]): Day | null {
  const phase = phases.find((p) => p.kind === "REGISTRATION");
  return phase ? toDay(phase.endsOn) : null;
}

const resultStatuses: readonly MovementStatus[] = ["OPEN", "REVIEW", "DECISION", "PUBLISHED"];

/** Results are recorded from the start of the movement until it is archived (never on a draft). */
export function mayRecordResults(status: MovementStatus): boolean {
  return resultStatuses.includes(status);
}

/** A pledged target's due day must fall inside the movement's period. */
export function isWithinPeriod(day: Day, period: { startsOn: Day; endsOn: Day }): boolean {
  return period.startsOn <= day && day <= period.endsOn;
}
