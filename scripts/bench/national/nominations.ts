// Nominations (hồ sơ đề nghị): built row by row from the allocation, with the app's own folding
// (toSearchText) and duplicate key (identityKeyOf), in the status their movement's stage implies.
// The long texts (summary, citation) are picked from small lookup tables in SQL, so 200,000 rows
// do not carry them over the wire.
import type pg from "pg";
import type { Gender, NominationStatus, NomineeKind } from "../../../lib/generated/prisma/enums";
import { toSearchText } from "../../../lib/text/search-text";
import { allocateMovement } from "./allocation";
import type { AppRules } from "./app-rules";
import { citations, collectiveNames, returnComments, summaries } from "./content";
import { asOf } from "./movement-specs";
import { nominationPhaseOf, reviewStartOf, type BenchMovement } from "./movements";
import type { PeopleDirectory } from "./people";
import { personOf } from "./people";
import { addDays, BatchInserter, benchUuid, ns, pick, unit as hash, type Column } from "./sql";
import type { BenchUnit } from "./units";

/** Share of a decided movement's dossiers that were honoured (the best by quality). */
const honourRate = 0.51;
export const summaryVariants = summaries(48);

/** What the later stages (self-assessments, reviews, honorees) need of a nomination. */
export interface PlannedNomination {
  n: number;
  id: string;
  movement: BenchMovement;
  unit: BenchUnit;
  titleIndex: number;
  kind: NomineeKind;
  name: string;
  gender: Gender | null;
  birthYear: number | null;
  position: string | null;
  status: NominationStatus;
  /** 0–1: how strong the dossier is; reviewers' scores follow it. */
  quality: number;
  /** Indexes into `citations` and `summaryVariants`. */
  citationIndex: number;
  summaryIndex: number;
  /** Criteria with a self-assessment (drafts may be unfinished). */
  selfAssessed: number;
  /** Reviews assigned, and which of them is still unsubmitted (-1: none). */
  reviewers: number;
  pendingReview: number;
}

function statusOf(movement: BenchMovement, n: number, quality: number): NominationStatus {
  const roll = hash(n * 4 + 2);
  switch (movement.spec.status) {
    case "PUBLISHED":
    case "ARCHIVED":
      return roll < 0.02 ? "WITHDRAWN" : quality >= 1 - honourRate ? "HONOURED" : "NOT_SELECTED";
    case "REVIEW":
      return roll < 0.02 ? "WITHDRAWN" : "IN_REVIEW";
    case "DECISION":
      return roll < 0.02 ? "WITHDRAWN" : quality >= 0.95 ? "SHORTLISTED" : "NOT_SELECTED";
    default:
      if (movement.spec.throughLevels)
        return roll < 0.04 ? "DRAFT" : roll < 0.92 ? "SUBMITTED" : roll < 0.98 ? "RETURNED" : "WITHDRAWN";
      return roll < 0.28 ? "DRAFT" : roll < 0.83 ? "SUBMITTED" : roll < 0.93 ? "RETURNED" : "WITHDRAWN";
  }
}

/** Every nomination of every movement, numbered from 0 in movement, unit and title order. */
export function planNominations(
  movements: readonly BenchMovement[],
  units: readonly BenchUnit[],
  rules: AppRules,
): PlannedNomination[] {
  const planned: PlannedNomination[] = [];
  for (const movement of movements) {
    if (movement.spec.nominations === 0) continue;
    // "Giỏi việc nước, đảm việc nhà" recognises women.
    const womenOnly = movement.spec.template === "family";
    for (const { unit, perTitle } of allocateMovement(movement, units, rules.unitLimit)) {
      // Every movement draws from the front of the unit's staff, so the same people recur across
      // movements and years, as exemplary staff do (merit history); never twice in one movement.
      let person = 0;
      const nextPerson = () => {
        while (person < unit.headcount) {
          const candidate = personOf(unit.no, ((movement.no % 4) + person++) % unit.headcount);
          if (!womenOnly || candidate.gender === "FEMALE") return candidate;
        }
        throw new Error(`${movement.spec.code}: more nominees than staff in ${unit.code}`);
      };
      perTitle.forEach((count, titleIndex) => {
        const title = movement.titles[titleIndex]!;
        for (let j = 0; j < count; j++) {
          const n = planned.length;
          const isCollective = title.eligibility === "COLLECTIVE";
          const someone = isCollective ? null : nextPerson();
          const quality = hash(n * 4 + 1);
          const status = statusOf(movement, n, quality);
          const reviewed = ["IN_REVIEW", "SHORTLISTED", "NOT_SELECTED", "HONOURED"].includes(status);
          planned.push({
            n,
            id: benchUuid(ns.nomination, n),
            movement,
            unit,
            titleIndex,
            kind: isCollective ? "COLLECTIVE" : "INDIVIDUAL",
            name: someone?.name ?? `${pick(collectiveNames, movement.no * 5 + j)}, ${unit.agency}`,
            gender: someone?.gender ?? null,
            birthYear: someone?.birthYear ?? null,
            position: someone?.position ?? null,
            status,
            quality,
            citationIndex: (n * 7) % citations.length,
            summaryIndex: (n * 11) % summaryVariants.length,
            selfAssessed: status === "DRAFT" ? n % (movement.criteria.length + 1) : movement.criteria.length,
            reviewers: reviewed ? movement.spec.reviewersPerNomination : 0,
            pendingReview: status === "IN_REVIEW" && hash(n * 4 + 3) < 0.03 ? 2 : -1,
          });
        }
      });
    }
  }
  return planned;
}

const columns: Column[] = [
  ["id", "uuid"],
  ["movementId", "uuid"],
  ["awardTitleId", "uuid"],
  ["unitId", "uuid"],
  ["nominatingUnitId", "uuid"],
  ["createdById", "uuid"],
  ["nomineeKind", `"NomineeKind"`],
  ["nomineeName", "text"],
  ["nomineeNameSearch", "text"],
  ["gender", `"Gender"`],
  ["birthYear", "int"],
  ["position", "text"],
  ["yearsOfService", "int"],
  ["contact", "text"],
  ["collectiveSize", "int"],
  ["serviceMonths", "int"],
  ["absenceDays", "int"],
  ["identityKey", "text"],
  ["achievementSummary", "int"],
  ["citation", "int"],
  ["status", `"NominationStatus"`],
  ["returnComment", "text"],
  ["submittedAt", "timestamp"],
  ["version", "int"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];

/** When the dossier was created, submitted and last changed, within its movement's timeline. */
function timesOf(p: PlannedNomination): {
  createdAt: Date;
  submittedAt: Date | null;
  updatedAt: Date;
  version: number;
} {
  const phase = nominationPhaseOf(p.movement);
  const end = phase.endsOn < asOf ? phase.endsOn : addDays(asOf, -12);
  const span = Math.max(1, (end.getTime() - phase.startsOn.getTime()) / 86_400_000);
  const createdAt = new Date(
    phase.startsOn.getTime() + Math.floor(hash(p.n * 4 + 3) * span) * 86_400_000 + (7 + (p.n % 10)) * 3_600_000,
  );
  const submittedAt = p.status === "DRAFT" || p.status === "WITHDRAWN" ? null : addDays(createdAt, 1 + (p.n % 10));
  const decidedAt = p.movement.decision ? new Date(p.movement.decision.issuedOn.getTime() + 9 * 3_600_000) : null;
  const postedAt = p.movement.phases.find((phase) => phase.kind === "PUBLIC_POSTING")!.startsOn;
  switch (p.status) {
    case "DRAFT":
      return { createdAt, submittedAt, updatedAt: addDays(createdAt, p.n % 5), version: 1 + (p.n % 3) };
    case "SUBMITTED":
      return { createdAt, submittedAt, updatedAt: submittedAt!, version: 2 };
    case "RETURNED":
      return { createdAt, submittedAt, updatedAt: addDays(submittedAt!, 3), version: 3 };
    case "WITHDRAWN":
      return { createdAt, submittedAt, updatedAt: addDays(createdAt, 7), version: 2 };
    case "IN_REVIEW":
      return {
        createdAt,
        submittedAt,
        updatedAt: new Date(reviewStartOf(p.movement).getTime() + (p.n % 20) * 3_600_000),
        version: 3,
      };
    case "HONOURED":
      return { createdAt, submittedAt, updatedAt: decidedAt!, version: 6 };
    default:
      return { createdAt, submittedAt, updatedAt: new Date(postedAt.getTime() + 3_600_000), version: 4 };
  }
}

/** Inserts the planned nominations; returns how many. */
export async function insertNominations(
  client: pg.Client,
  planned: readonly PlannedNomination[],
  people: PeopleDirectory,
  rules: AppRules,
): Promise<number> {
  // The long texts travel as indexes into lookup tables, joined in the insert.
  await client.query(`CREATE TEMP TABLE bench_text (kind text, k int, body text NOT NULL, PRIMARY KEY (kind, k))`);
  for (const [kind, texts] of [
    ["summary", summaryVariants],
    ["citation", citations],
  ] as const) {
    await client.query(`INSERT INTO bench_text SELECT $1, * FROM unnest($2::int[], $3::text[])`, [
      kind,
      texts.map((_, k) => k),
      texts,
    ]);
  }
  const select = columns
    .map(([name]) => (name === "achievementSummary" ? "s.body" : name === "citation" ? "c.body" : `r."${name}"`))
    .join(", ");
  const rows = new BatchInserter(client, "Nomination", columns, {
    select: () =>
      `SELECT ${select} FROM $UNNEST JOIN bench_text s ON s.kind = 'summary' AND s.k = r."achievementSummary" JOIN bench_text c ON c.kind = 'citation' AND c.k = r.citation`,
  });
  for (const p of planned) {
    const isIndividual = p.kind === "INDIVIDUAL";
    const officer = people.officerOf.get(p.unit.no)!;
    const { createdAt, submittedAt, updatedAt, version } = timesOf(p);
    // Listed property by property: with a spread here building the rows took about ten times longer (measured).
    await rows.add({
      createdAt,
      submittedAt,
      updatedAt,
      version,
      id: p.id,
      movementId: p.movement.id,
      awardTitleId: p.movement.titles[p.titleIndex]!.id,
      unitId: p.unit.id,
      nominatingUnitId: p.unit.id,
      createdById: officer,
      nomineeKind: p.kind,
      nomineeName: p.name,
      nomineeNameSearch: toSearchText(p.name),
      gender: p.gender,
      birthYear: p.birthYear,
      position: p.position,
      yearsOfService: isIndividual ? Math.max(1, 2026 - p.birthYear! - 23 - (p.n % 5)) : null,
      contact: isIndividual ? `09${String((p.n * 7919) % 100_000_000).padStart(8, "0")}` : null,
      collectiveSize: isIndividual ? null : 6 + (p.n % 40),
      serviceMonths: 12,
      absenceDays: p.n % 9,
      // Null once withdrawn, so the same person can be nominated again.
      identityKey:
        p.status === "WITHDRAWN"
          ? null
          : rules.identityKeyOf({ nomineeKind: p.kind, nomineeName: p.name, birthYear: p.birthYear }),
      achievementSummary: p.summaryIndex,
      citation: p.citationIndex,
      status: p.status,
      returnComment: p.status === "RETURNED" ? pick(returnComments, p.n) : null,
    });
  }
  return rows.finish();
}
