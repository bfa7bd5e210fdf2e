// Automatic assignment of reviewers (decision record 0007), as a pure planner: the command
// (lib/reviews/council/commands.ts) reads the rows, asks here, and writes the plan. Greedy and
// load-balanced: the most constrained nomination (fewest eligible members) is served first, and
// each gets the eligible members with the fewest assignments so far (ties by id, so the plan is
// the same for the same input). Conflicted, recused and already assigned members are never chosen.
import { reviewerConflict } from "./conflicts";

export interface PlanNomination {
  id: string;
  unitPath: string;
  createdById: string;
  /** Members already assigned (kept, and counted towards `perNomination`). */
  reviewerIds: readonly string[];
  /** Members who declared a conflict on it: never assigned again. */
  recusedReviewerIds: readonly string[];
}

export interface PlanMember {
  id: string;
  unitPaths: readonly string[];
  /** Assignments the member already has in the movement. */
  load: number;
}

export interface AssignmentPlan {
  assignments: { nominationId: string; reviewerId: string }[];
  shortfalls: { nominationId: string; missing: number }[];
}

/** Which reviewers to add to which nominations so each has `perNomination`, and where that is impossible. */
export function planAssignments(input: {
  nominations: readonly PlanNomination[];
  members: readonly PlanMember[];
  perNomination: number;
  organizingPath: string;
}): AssignmentPlan {
  const loads = new Map(input.members.map((member) => [member.id, member.load]));
  const needs = input.nominations
    .map((nomination) => ({
      nomination,
      missing: Math.max(0, input.perNomination - nomination.reviewerIds.length),
      eligible: input.members.filter(
        (member) =>
          !nomination.reviewerIds.includes(member.id) &&
          !nomination.recusedReviewerIds.includes(member.id) &&
          reviewerConflict(member, nomination, input.organizingPath) === null,
      ),
    }))
    .filter((need) => need.missing > 0)
    .sort((a, b) => a.eligible.length - b.eligible.length || compare(a.nomination.id, b.nomination.id));

  const plan: AssignmentPlan = { assignments: [], shortfalls: [] };
  for (const { nomination, missing, eligible } of needs) {
    const chosen = [...eligible]
      .sort((a, b) => (loads.get(a.id) ?? 0) - (loads.get(b.id) ?? 0) || compare(a.id, b.id))
      .slice(0, missing);
    for (const member of chosen) {
      plan.assignments.push({ nominationId: nomination.id, reviewerId: member.id });
      loads.set(member.id, (loads.get(member.id) ?? 0) + 1);
    }
    if (chosen.length < missing)
      plan.shortfalls.push({ nominationId: nomination.id, missing: missing - chosen.length });
  }
  return plan;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
