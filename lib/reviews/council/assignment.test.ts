import { describe, expect, it } from "vitest";
import { planAssignments, type PlanMember, type PlanNomination } from "./assignment";

const org = "/root/";
const unitA = "/root/a/";
const unitB = "/root/b/";

function nominations(count: number, overrides: Partial<PlanNomination> = {}): PlanNomination[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `n${String(i).padStart(2, "0")}`,
    unitPath: unitA,
    createdById: "officer",
    reviewerIds: [],
    recusedReviewerIds: [],
    ...overrides,
  }));
}

function members(count: number, unitPaths: string[] = [org]): PlanMember[] {
  return Array.from({ length: count }, (_, i) => ({ id: `m${i}`, unitPaths, load: 0 }));
}

function loadsOf(plan: ReturnType<typeof planAssignments>): Record<string, number> {
  const loads: Record<string, number> = {};
  for (const a of plan.assignments) loads[a.reviewerId] = (loads[a.reviewerId] ?? 0) + 1;
  return loads;
}

describe("planAssignments", () => {
  it("spreads 10 nominations × 3 reviewers over 5 members: 6 each, 3 distinct per nomination", () => {
    const plan = planAssignments({
      nominations: nominations(10),
      members: members(5),
      perNomination: 3,
      organizingPath: org,
    });
    expect(plan.shortfalls).toEqual([]);
    expect(plan.assignments).toHaveLength(30);
    expect(loadsOf(plan)).toEqual({ m0: 6, m1: 6, m2: 6, m3: 6, m4: 6 });
    for (let i = 0; i < 10; i++) {
      const reviewers = plan.assignments.filter((a) => a.nominationId === `n0${i}`).map((a) => a.reviewerId);
      expect(new Set(reviewers).size).toBe(3);
    }
  });

  it("keeps loads within one of each other when the total does not divide evenly", () => {
    const plan = planAssignments({
      nominations: nominations(7),
      members: members(4),
      perNomination: 2,
      organizingPath: org,
    });
    const loads = Object.values(loadsOf(plan));
    expect(loads.reduce((a, b) => a + b, 0)).toBe(14);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("never assigns a conflicted member, the nominating officer or a recused member", () => {
    const cast: PlanMember[] = [
      { id: "sameUnit", unitPaths: [unitA], load: 0 },
      { id: "below", unitPaths: ["/root/a/x/"], load: 0 },
      { id: "officer", unitPaths: [unitB], load: 0 },
      { id: "recused", unitPaths: [org], load: 0 },
      { id: "ok1", unitPaths: [org], load: 5 },
      { id: "ok2", unitPaths: [unitB], load: 5 },
    ];
    const plan = planAssignments({
      nominations: nominations(1, { recusedReviewerIds: ["recused"] }),
      members: cast,
      perNomination: 3,
      organizingPath: org,
    });
    expect(plan.assignments.map((a) => a.reviewerId).sort()).toEqual(["ok1", "ok2"]);
    expect(plan.shortfalls).toEqual([{ nominationId: "n00", missing: 1 }]);
  });

  it("keeps existing assignments, counts them towards the target and in the loads", () => {
    const list = nominations(2);
    list[0] = { ...list[0]!, reviewerIds: ["m0", "m1"] };
    const cast = members(3);
    cast[0]!.load = 1;
    cast[1]!.load = 1;
    const plan = planAssignments({ nominations: list, members: cast, perNomination: 2, organizingPath: org });
    // n00 needs nothing; n01 takes the least loaded member (m2) and then m0 (tie with m1 broken by id).
    expect(plan.assignments).toEqual([
      { nominationId: "n01", reviewerId: "m2" },
      { nominationId: "n01", reviewerId: "m0" },
    ]);
  });

  it("serves the most constrained nomination first so it is not starved", () => {
    // nB can only be reviewed by m1 (m0 sits on unit B); nA by both. With one reviewer each,
    // serving nA first by id would take m0 (lowest id) anyway, so make m1 the cheaper choice for nA.
    const list: PlanNomination[] = [
      { id: "a", unitPath: unitA, createdById: "x", reviewerIds: [], recusedReviewerIds: [] },
      { id: "b", unitPath: unitB, createdById: "x", reviewerIds: [], recusedReviewerIds: [] },
    ];
    const cast: PlanMember[] = [
      { id: "m0", unitPaths: [unitB], load: 0 },
      { id: "m1", unitPaths: [org], load: 0 },
    ];
    const plan = planAssignments({ nominations: list, members: cast, perNomination: 1, organizingPath: org });
    expect(plan.assignments).toEqual([
      { nominationId: "b", reviewerId: "m1" },
      { nominationId: "a", reviewerId: "m0" },
    ]);
  });

  it("reports every nomination that lacks eligible members", () => {
    const plan = planAssignments({
      nominations: nominations(2),
      members: members(2, [unitA]),
      perNomination: 3,
      organizingPath: org,
    });
    expect(plan.assignments).toEqual([]);
    expect(plan.shortfalls).toEqual([
      { nominationId: "n00", missing: 3 },
      { nominationId: "n01", missing: 3 },
    ]);
  });

  it("gives the same plan for the same input, whatever the order of the lists", () => {
    const input = { nominations: nominations(6), members: members(4), perNomination: 2, organizingPath: org };
    const first = planAssignments(input);
    const second = planAssignments({
      ...input,
      nominations: [...input.nominations].reverse(),
      members: [...input.members].reverse(),
    });
    expect(second).toEqual(first);
  });
});
