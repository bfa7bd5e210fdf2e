// A movement's lifecycle: draft → open → review → decision → published → archived, one step at
// a time, each step allowed only when the definition is complete and the timeline says its
// phase has come. Pure functions: the caller passes `today` (YYYY-MM-DD), so tests pin dates.
import type { MovementStatus, PhaseKind } from "../generated/prisma/enums";
import { toDay } from "./days";
import { checkCriteria } from "./rules";

export const statusOrder: readonly MovementStatus[] = ["DRAFT", "OPEN", "REVIEW", "DECISION", "PUBLISHED", "ARCHIVED"];

/** The status a movement may move to next, or null at the end of its life. */
export function nextStatus(status: MovementStatus): MovementStatus | null {
  return statusOrder[statusOrder.indexOf(status) + 1] ?? null;
}

/** Why a transition is refused: a key of "movementAdmin.refusals", with the values its message names. */
export type TransitionRefusal =
  | { reason: "notNext" }
  | { reason: "noCriteria" | "weightsNot100" | "noTitles" }
  | { reason: "phaseMissing"; phase: PhaseKind }
  | { reason: "tooEarly"; phase: PhaseKind; date: string }
  | { reason: "nominationsClosed"; date: string }
  | { reason: "periodNotOver"; date: string };

interface Phase {
  kind: PhaseKind;
  startsOn: string;
  endsOn: string;
}

export interface TransitionSubject {
  status: MovementStatus;
  endsOn: string;
  requiresRegistration: boolean;
  phases: readonly Phase[];
  criteria: readonly { weight: number; maxScore: number }[];
  titleCount: number;
}

/** The lifecycle's view of a stored movement: its dates as YYYY-MM-DD days. */
export function transitionSubjectOf(movement: {
  status: MovementStatus;
  endsOn: Date;
  requiresRegistration: boolean;
  phases: readonly { kind: PhaseKind; startsOn: Date; endsOn: Date }[];
  criteria: readonly { weight: number; maxScore: number }[];
  titleCount: number;
}): TransitionSubject {
  return {
    status: movement.status,
    requiresRegistration: movement.requiresRegistration,
    criteria: movement.criteria.map(({ weight, maxScore }) => ({ weight, maxScore })),
    titleCount: movement.titleCount,
    endsOn: toDay(movement.endsOn),
    phases: movement.phases.map((p) => ({ kind: p.kind, startsOn: toDay(p.startsOn), endsOn: toDay(p.endsOn) })),
  };
}

/**
 * The phase whose start opens each status. A decision starts with the public posting of the
 * shortlist when the movement has one, else with the council's decision phase.
 */
const openingPhases: Partial<Record<MovementStatus, readonly PhaseKind[]>> = {
  REVIEW: ["REVIEW"],
  DECISION: ["PUBLIC_POSTING", "DECISION"],
  PUBLISHED: ["PUBLICATION"],
};

/** The refusals of moving `movement` to `to` on `today`; empty when the transition is allowed. */
export function checkTransition(movement: TransitionSubject, to: MovementStatus, today: string): TransitionRefusal[] {
  if (nextStatus(movement.status) !== to) return [{ reason: "notNext" }];
  const phase = (kind: PhaseKind) => movement.phases.find((p) => p.kind === kind);

  if (to === "OPEN") {
    const refusals: TransitionRefusal[] = [];
    if (movement.criteria.length === 0) refusals.push({ reason: "noCriteria" });
    else if (checkCriteria(movement.criteria).length > 0) refusals.push({ reason: "weightsNot100" });
    if (movement.titleCount === 0) refusals.push({ reason: "noTitles" });
    // Without these dates nobody knows until when to register and nominate.
    const required: PhaseKind[] = movement.requiresRegistration
      ? ["REGISTRATION", "NOMINATION", "REVIEW"]
      : ["NOMINATION", "REVIEW"];
    for (const kind of required) if (!phase(kind)) refusals.push({ reason: "phaseMissing", phase: kind });
    const nomination = phase("NOMINATION");
    if (nomination && today > nomination.endsOn)
      refusals.push({ reason: "nominationsClosed", date: nomination.endsOn });
    return refusals;
  }

  if (to === "ARCHIVED") {
    // The period and its last phase are over: nothing will happen in the movement any more.
    const lastDay = [movement.endsOn, ...movement.phases.map((p) => p.endsOn)].sort().at(-1) ?? movement.endsOn;
    return today > lastDay ? [] : [{ reason: "periodNotOver", date: lastDay }];
  }

  const candidates = openingPhases[to] ?? [];
  const opening = candidates.map(phase).find((p) => p !== undefined);
  if (!opening) return [{ reason: "phaseMissing", phase: candidates.at(-1)! }];
  return today >= opening.startsOn ? [] : [{ reason: "tooEarly", phase: opening.kind, date: opening.startsOn }];
}
