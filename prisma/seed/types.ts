// The shape of a demo movement as content modules describe it: plain data that the
// builders turn into rows. Keeping content apart from row-building lets each movement
// module read like a document.
import type {
  Gender,
  MovementStatus,
  NominationStatus,
  NomineeKind,
  PhaseKind,
  ReviewStatus,
  TitleEligibility,
  Visibility,
} from "../../lib/generated/prisma/enums";
import type { SeededUnit } from "./units";

export interface CriterionSpec {
  name: string;
  nameEn: string;
  guidance: string;
  weight: number;
  maxScore: number;
  /** Openings of a nominee's self-assessment on this criterion, by nominee kind. */
  selfAssessment: { individual: readonly string[]; collective: readonly string[] };
  /** Whether the self-assessment goes on with one of the nominee's own highlights. */
  citesHighlight: boolean;
}

export interface TitleSpec {
  key: string;
  name: string;
  nameEn: string;
  eligibility: TitleEligibility;
  quotaTotal?: number;
  quotaPerUnit?: number;
  /** Per-unit quota as a share (%) of the unit's headcount. */
  quotaPerUnitPercent?: number;
  approvalThresholdPercent: number;
  /** "More than" the threshold (e.g. more than 50%) rather than "at least" it. */
  thresholdStrict?: boolean;
  /** Eligibility rules (lib/nominations/eligibility.ts); absent means no such rule. */
  requiredPriorTitle?: string;
  minServiceMonths?: number;
  maxAbsenceDays?: number;
  excludesDisciplined?: boolean;
}

export interface PhaseSpec {
  kind: PhaseKind;
  startsOn: string;
  endsOn: string;
}

export interface TargetTemplate {
  description: string;
  measureUnit: string;
  /** Pledged value range; the value is drawn from it deterministically. */
  range: readonly [number, number];
  /** Upper bound of an achieved value (100 for percentages). */
  cap?: number;
  /** Unit kinds the target makes sense for; all kinds when absent. */
  kinds?: ReadonlyArray<SeededUnit["kind"]>;
}

export interface RegistrationPlan {
  /** When pledges were signed (spread over this window). */
  window: readonly [string, string];
  pledges: ReadonlyArray<(agency: string) => string>;
  targets: readonly TargetTemplate[];
  /** Deadline of every target. */
  dueOn: string;
  /** Results are recorded only for a finished movement. */
  results?: { metNotes: readonly string[]; shortNotes: readonly string[]; summary: (agency: string) => string };
  /** Codes of units that did not register (the others under the coverage root did). */
  skippedUnitCodes: readonly string[];
}

export interface NomineeSpec {
  kind: NomineeKind;
  /** Key of the award title sought. */
  title: string;
  status: NominationStatus;
  unitCode: string;
  name: string;
  gender?: Gender;
  birthYear?: number;
  position?: string;
  yearsOfService?: number;
  collectiveSize?: number;
  intro: string;
  /** Achievements, most specific first; `**x**` marks emphasis. */
  highlights: readonly string[];
  citation: string;
  /** Honoured nominees: the published profile, one string per paragraph. */
  story?: readonly string[];
  /** RETURNED nominees: what the reviewer of the dossier asked to fix. */
  returnComment?: string;
  /** IN_REVIEW nominees: where each assigned review stands. */
  reviewStatuses?: readonly ReviewStatus[];
  /**
   * On a route through levels, where a dossier nominated below a level stopped: still awaiting
   * the level, endorsed there, returned by it (RETURNED) or not forwarded (NOT_SELECTED). Absent:
   * the level forwarded it (every status past SUBMITTED reached the organiser that way).
   */
  atLevel?: "awaiting" | "endorsed" | "returned" | "notForwarded";
  /** The level's comment: its endorsement, or its reason for not forwarding. */
  levelComment?: string;
}

export interface RouteSpec {
  /**
   * The chosen intermediate units (the levels between the grassroots and the organiser), each with
   * its council (membership and how many came to the meetings it recorded) and, when it has one,
   * its own forward deadline instead of the one counted back from the organiser's.
   */
  levels: ReadonlyArray<{ unitCode: string; council: { totalMembers: number; present: number }; forwardBy?: string }>;
  /** Working days each level's forward deadline lies before the next level's. */
  leadWorkingDays: number;
  /** Dossiers per title a unit may send up: the organiser's allotments to the levels, and the levels' to the units below. */
  allotments: ReadonlyArray<{ unitCode: string; title: string; quota: number }>;
}

export interface DecisionSpec {
  number: string;
  issuedOn: string;
  signerName: string;
  issuingAuthority: string;
  /** When the honorees' profiles went public. */
  publishedAt: string;
}

export interface TimelineSpec {
  /** Window over which dossiers were submitted. */
  submitted: readonly [string, string];
  /** Window over which reviewers submitted their scores. */
  reviewed: readonly [string, string];
  /** Day the council voted. */
  votedOn: string;
}

export interface MovementSpec {
  code: string;
  name: string;
  nameEn: string;
  slogan: string;
  sloganEn: string;
  description: string;
  startsOn: string;
  endsOn: string;
  status: MovementStatus;
  visibility: Visibility;
  phases: readonly PhaseSpec[];
  criteria: readonly CriterionSpec[];
  titles: readonly TitleSpec[];
  registration: RegistrationPlan;
  timeline: TimelineSpec;
  nominees: readonly NomineeSpec[];
  decision?: DecisionSpec;
  /** A shortlist posted for feedback (from the PUBLIC_POSTING phase) and a closed council vote. */
  posting?: { audience: Visibility };
  /** Dossiers climb through levels (decision 0012); absent: they go straight to the organiser. */
  route?: RouteSpec;
}
