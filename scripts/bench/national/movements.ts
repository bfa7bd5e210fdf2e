// Movements with their phases, criteria, award titles and councils; the decision of each decided
// movement and the posted shortlist of the one at its decision stage. Definitions are checked
// with the administrators' own rules (lib/movements/rules.ts) before anything is written.
import type pg from "pg";
import { checkAwardTitle, checkCriteria, checkSchedule } from "../../../lib/movements/rules";
import { toDay } from "../../../lib/movements/days";
import type { PeopleDirectory } from "./people";
import {
  asOf,
  decisionDatesOf,
  isDecided,
  movementSpecs,
  phasesOf,
  type MovementSpec,
  type Phase,
} from "./movement-specs";
import { addDays, benchUuid, day, insertObjects, ns, type Column } from "./sql";
import { templates, type CriterionTemplate, type TitleTemplate } from "./templates";
import type { BenchUnit } from "./units";

export interface BenchTitle extends TitleTemplate {
  id: string;
  position: number;
}

export interface BenchMovement {
  no: number;
  id: string;
  spec: MovementSpec;
  phases: Phase[];
  coverage: BenchUnit;
  criteria: (CriterionTemplate & { id: string; position: number })[];
  titles: BenchTitle[];
  council: string[];
  decision: { id: string; number: string; issuedOn: Date; publishedAt: Date } | null;
}

const phaseOf = (movement: BenchMovement, kind: Phase["kind"]) => movement.phases.find((p) => p.kind === kind)!;
export const reviewStartOf = (movement: BenchMovement) => phaseOf(movement, "REVIEW").startsOn;
export const nominationPhaseOf = (movement: BenchMovement) => phaseOf(movement, "NOMINATION");

function assertRules(spec: MovementSpec, phases: Phase[]): void {
  const template = templates[spec.template];
  const problems = [
    ...checkCriteria(template.criteria),
    ...checkSchedule(
      { startsOn: spec.startsOn, endsOn: spec.endsOn },
      phases.map((p) => ({ kind: p.kind, startsOn: toDay(p.startsOn), endsOn: toDay(p.endsOn) })),
    ),
    ...template.titles.flatMap((t, i) =>
      checkAwardTitle(
        {
          quotaTotal: t.quotaTotal ?? null,
          quotaPerUnit: t.quotaPerUnit ?? null,
          quotaPerUnitPercent: t.quotaPerUnitPercent ?? null,
          approvalThresholdPercent: t.approvalThresholdPercent,
        },
        i,
      ),
    ),
  ];
  if (problems.length > 0) throw new Error(`${spec.code}: ${problems.map((p) => `${p.field} ${p.code}`).join(", ")}`);
}

/** The movements as the later stages need them (ids, coverage, criteria, titles, council, decision). */
export function planMovements(units: readonly BenchUnit[], people: PeopleDirectory): BenchMovement[] {
  const root = units[0]!;
  return movementSpecs.map((spec, no) => {
    const phases = phasesOf(spec);
    assertRules(spec, phases);
    const coverage =
      spec.organizer === "national" ? root : units.find((u) => u.depth === 1 && u.agency === spec.organizer);
    if (!coverage) throw new Error(`${spec.code}: no level-1 union for ${spec.organizer}`);
    const template = templates[spec.template];
    const offset = spec.councilSize === 30 ? 0 : (no * 11) % people.reviewerIds.length;
    return {
      no,
      id: benchUuid(ns.movement, no),
      spec,
      phases,
      coverage,
      criteria: template.criteria.map((c, i) => ({ ...c, id: benchUuid(ns.criterion, no * 10 + i), position: i + 1 })),
      titles: template.titles.map((t, i) => ({ ...t, id: benchUuid(ns.title, no * 10 + i), position: i + 1 })),
      council: Array.from(
        { length: spec.councilSize },
        (_, seat) => people.reviewerIds[(offset + seat) % people.reviewerIds.length]!,
      ),
      decision: isDecided(spec)
        ? { id: benchUuid(ns.decision, no), number: `${120 + no}/QĐ-CĐVC`, ...decisionDatesOf(spec) }
        : null,
    };
  });
}

/** Drafted a month before its start, or lately when it starts after the dataset's day. */
const createdAtOf = (m: BenchMovement) => {
  const drafted = addDays(day(m.spec.startsOn), -30);
  return drafted < asOf ? drafted : addDays(asOf, -14);
};

/** The council is seated just before the review, or at the launch when the review is yet to come. */
const seatedAtOf = (m: BenchMovement) => {
  const beforeReview = addDays(reviewStartOf(m), -3);
  return beforeReview < asOf ? beforeReview : addDays(day(m.spec.startsOn), 20);
};

const description = (spec: MovementSpec, coverage: BenchUnit) =>
  `Phong trào thi đua do ${coverage.name} phát động trong toàn hệ thống, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị: mỗi công đoàn cơ sở đăng ký mục tiêu, chỉ tiêu cụ thể và được đánh giá bằng kết quả thực chất. ` +
  `Qua phong trào, các tập thể, cá nhân tiêu biểu được phát hiện, bồi dưỡng và nhân rộng (${spec.startsOn.slice(0, 4)}–${spec.endsOn.slice(0, 4)}).`;

const movementColumns: Column[] = [
  ["id", "uuid"],
  ["code", "text"],
  ["name", "text"],
  ["slogan", "text"],
  ["description", "text"],
  ["organizingUnitId", "uuid"],
  ["coverageUnitId", "uuid"],
  ["startsOn", "date"],
  ["endsOn", "date"],
  ["status", `"MovementStatus"`],
  ["visibility", `"Visibility"`],
  ["reviewersPerNomination", "int"],
  ["calibrateScores", "boolean"],
  ["copiedFromId", "uuid"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];

/** Writes the movements and everything that defines them; returns row counts. */
export async function insertMovements(
  client: pg.Client,
  movements: readonly BenchMovement[],
  people: PeopleDirectory,
): Promise<Record<string, number>> {
  const byCode = new Map(movements.map((m) => [m.spec.code, m.id]));
  const rows = movements.map((m) => ({
    ...m.spec,
    id: m.id,
    description: description(m.spec, m.coverage),
    organizingUnitId: m.coverage.id,
    coverageUnitId: m.coverage.id,
    startsOn: day(m.spec.startsOn),
    endsOn: day(m.spec.endsOn),
    calibrateScores: m.spec.calibrateScores ?? false,
    copiedFromId: m.spec.copiedFrom ? byCode.get(m.spec.copiedFrom)! : null,
    createdAt: createdAtOf(m),
    updatedAt: m.decision?.publishedAt ?? createdAtOf(m),
  }));
  await insertObjects(client, "Movement", movementColumns, rows);

  const flat = <T>(pick: (m: BenchMovement) => T[]) => movements.flatMap(pick);
  const phases = flat((m) =>
    m.phases.map((p, i) => ({ id: benchUuid(ns.phase, m.no * 10 + i), movementId: m.id, ...p })),
  );
  const criteria = flat((m) => m.criteria.map((c) => ({ ...c, movementId: m.id })));
  const titles = flat((m) =>
    m.titles.map((t) => ({
      ...t,
      movementId: m.id,
      quotaTotal: t.quotaTotal ?? null,
      quotaPerUnit: t.quotaPerUnit ?? null,
      quotaPerUnitPercent: t.quotaPerUnitPercent ?? null,
      thresholdStrict: t.thresholdStrict ?? false,
    })),
  );
  const council = flat((m) =>
    m.council.map((userId, seat) => ({
      id: benchUuid(ns.councilMember, m.no * 100 + seat),
      movementId: m.id,
      userId,
      addedById: people.adminId,
      createdAt: seatedAtOf(m),
    })),
  );
  const decisions = flat((m) =>
    m.decision
      ? [
          {
            ...m.decision,
            movementId: m.id,
            signerName: "Lê Quang Trung",
            issuingAuthority: `Ban Thường vụ ${m.coverage.name}`,
            recordedById: people.adminId,
            rosterAudience: m.spec.visibility,
            createdAt: new Date(m.decision.issuedOn.getTime() + 8 * 3_600_000),
          },
        ]
      : [],
  );
  const insert = (table: string, columns: Column[], list: object[]) => insertObjects(client, table, columns, list);
  return {
    Movement: movements.length,
    MovementPhase: await insert(
      "MovementPhase",
      [
        ["id", "uuid"],
        ["movementId", "uuid"],
        ["kind", `"PhaseKind"`],
        ["startsOn", "date"],
        ["endsOn", "date"],
      ],
      phases,
    ),
    Criterion: await insert(
      "Criterion",
      [
        ["id", "uuid"],
        ["movementId", "uuid"],
        ["position", "int"],
        ["name", "text"],
        ["guidance", "text"],
        ["weight", "int"],
        ["maxScore", "int"],
      ],
      criteria,
    ),
    AwardTitle: await insert(
      "AwardTitle",
      [
        ["id", "uuid"],
        ["movementId", "uuid"],
        ["position", "int"],
        ["name", "text"],
        ["eligibility", `"TitleEligibility"`],
        ["quotaTotal", "int"],
        ["quotaPerUnit", "int"],
        ["quotaPerUnitPercent", "int"],
        ["approvalThresholdPercent", "int"],
        ["thresholdStrict", "boolean"],
      ],
      titles,
    ),
    CouncilMember: await insert(
      "CouncilMember",
      [
        ["id", "uuid"],
        ["movementId", "uuid"],
        ["userId", "uuid"],
        ["addedById", "uuid"],
        ["createdAt", "timestamp"],
      ],
      council,
    ),
    Decision: await insert(
      "Decision",
      [
        ["id", "uuid"],
        ["movementId", "uuid"],
        ["number", "text"],
        ["issuedOn", "date"],
        ["signerName", "text"],
        ["issuingAuthority", "text"],
        ["recordedById", "uuid"],
        ["publishedAt", "timestamp"],
        ["rosterAudience", `"Visibility"`],
        ["createdAt", "timestamp"],
      ],
      decisions,
    ),
  };
}
