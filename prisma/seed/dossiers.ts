// Turns nominee content into nomination dossiers with everything their status implies:
// self-assessments, reviews with scores, council ballots and, for the honoured, an honoree.
// Scores and votes are derived from the status so the numbers tell the same story as the state.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { NominationStatus, NotificationKind, ReviewStatus, VoteChoice } from "../../lib/generated/prisma/enums";
import type { DossierSnapshot } from "../../lib/nominations/snapshot";
import { approvalsNeeded, isApproved } from "../../lib/reviews/voting/thresholds";
import { honoreeRecord } from "../../lib/roster/record";
import { toSearchText } from "../../lib/text/search-text";
import { addDays, at, day, plain, summaryHtml } from "./format";
import type { PeopleDirectory } from "./people";
import { seededRandom, type Random } from "./random";
import { actingOfficer } from "./registrations";
import type { MovementSpec, NomineeSpec } from "./types";
import type { UnitDirectory } from "./units";

export interface MovementIds {
  movementId: string;
  criterionIds: readonly string[];
  titleIds: ReadonlyMap<string, string>;
  decisionId: string | null;
}

export interface CandidateVotes {
  nominationId: string;
  /** One choice per council member, in the order of `people.reviewerIds`. */
  choices: VoteChoice[];
  /** The title's threshold against the membership (lib/reviews/voting/thresholds.ts). */
  thresholdPercent: number;
  strict: boolean;
  approved: boolean;
}

export interface DossierRows {
  nominations: Prisma.NominationCreateManyInput[];
  selfAssessments: Prisma.NominationSelfAssessmentCreateManyInput[];
  priorRecognitions: Prisma.NominationPriorRecognitionCreateManyInput[];
  versions: Prisma.NominationVersionCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  scores: Prisma.ReviewScoreCreateManyInput[];
  /** How each council member voted on each candidate (written as a secret ballot by ./council.ts). */
  candidates: CandidateVotes[];
  honorees: Prisma.HonoreeCreateManyInput[];
}

const REVIEWED: readonly NominationStatus[] = ["SHORTLISTED", "NOT_SELECTED", "APPROVED", "REJECTED", "HONOURED"];
const VOTED: readonly NominationStatus[] = ["APPROVED", "REJECTED", "HONOURED"];

/** How strong a dossier scored, as a share of the maximum, by where it ended up. */
const STRENGTH: Partial<Record<NominationStatus, readonly [number, number]>> = {
  HONOURED: [0.88, 0.96],
  APPROVED: [0.86, 0.93],
  SHORTLISTED: [0.83, 0.9],
  REJECTED: [0.79, 0.85],
  NOT_SELECTED: [0.6, 0.73],
  IN_REVIEW: [0.72, 0.9],
};

const OVERALL_COMMENTS = {
  high: [
    "Hồ sơ đầy đủ, thành tích nổi bật, số liệu minh chứng rõ ràng và được đơn vị xác nhận. Đề nghị Hội đồng xét tôn vinh.",
    "Kết quả công việc vượt trội so với chỉ tiêu đăng ký, cách làm có khả năng nhân rộng. Thống nhất đề nghị khen thưởng.",
    "Thành tích thực chất, có tác động trực tiếp tới người dân và doanh nghiệp. Đánh giá cao tinh thần đổi mới.",
  ],
  middle: [
    "Thành tích tốt, có sức lan tỏa trong đơn vị; phần hiệu quả nên bổ sung số liệu so sánh trước và sau khi áp dụng.",
    "Đáp ứng tiêu chí, tuy nhiên sáng kiến mới được áp dụng trong phạm vi hẹp, cần thêm thời gian kiểm chứng.",
  ],
  low: [
    "Thành tích chưa thật nổi bật so với mặt bằng chung của các hồ sơ cùng danh hiệu.",
    "Sáng kiến chưa được cấp có thẩm quyền công nhận; minh chứng về hiệu quả phục vụ còn chung chung.",
  ],
} as const;

/** Dossier rows for every nominee of a movement. */
export function buildDossiers(
  spec: MovementSpec,
  ids: MovementIds,
  units: UnitDirectory,
  people: PeopleDirectory,
): DossierRows {
  const rows: DossierRows = {
    nominations: [],
    selfAssessments: [],
    priorRecognitions: [],
    versions: [],
    notifications: [],
    reviews: [],
    scores: [],
    candidates: [],
    honorees: [],
  };
  spec.nominees.forEach((nominee, index) => {
    // One generator per dossier, so editing one nominee does not reshuffle the others.
    const random = seededRandom(`${spec.code}/nomination/${index}`);
    addDossier(rows, { spec, ids, units, people, nominee, index, random });
  });
  return rows;
}

interface DossierContext {
  spec: MovementSpec;
  ids: MovementIds;
  units: UnitDirectory;
  people: PeopleDirectory;
  nominee: NomineeSpec;
  index: number;
  random: Random;
}

function addDossier(rows: DossierRows, context: DossierContext): void {
  const { spec, ids, units, people, nominee, index, random } = context;
  const awardTitleId = ids.titleIds.get(nominee.title);
  if (!awardTitleId) throw new Error(`${spec.code}: unknown title ${nominee.title} for ${nominee.name}`);
  const title = spec.titles.find((candidate) => candidate.key === nominee.title);
  if (title && title.eligibility !== "BOTH" && title.eligibility !== nominee.kind) {
    throw new Error(`${spec.code}: ${nominee.name} (${nominee.kind}) cannot seek ${title.name}`);
  }
  if (nominee.citation.length > 500)
    throw new Error(`${spec.code}: citation of ${nominee.name} exceeds 500 characters`);

  const unit = units.get(nominee.unitCode);
  const nominator = actingOfficer(units, people, nominee.unitCode);
  const submittedAt =
    nominee.status === "DRAFT" ? null : spreadOver(spec.timeline.submitted, index, spec.nominees.length, random);
  const createdAt = submittedAt
    ? addDays(submittedAt, -random.int(3, 20))
    : spreadOver(spec.timeline.submitted, index, spec.nominees.length, random);
  const nominationId = randomUUID();
  const exclusions = exclusionFacts(context);

  rows.nominations.push({
    id: nominationId,
    movementId: ids.movementId,
    awardTitleId,
    unitId: unit.id,
    nominatingUnitId: nominator.unit.id,
    createdById: nominator.userId,
    nomineeKind: nominee.kind,
    nomineeName: nominee.name,
    nomineeNameSearch: toSearchText(nominee.name),
    gender: nominee.gender ?? null,
    birthYear: nominee.birthYear ?? null,
    position: nominee.position ?? null,
    yearsOfService: nominee.yearsOfService ?? null,
    collectiveSize: nominee.collectiveSize ?? null,
    ...exclusions,
    // Withdrawn dossiers free the nominee's identity, so the same person can be put forward again.
    identityKey:
      nominee.status === "WITHDRAWN"
        ? null
        : `${nominee.kind}|${toSearchText(nominee.name)}|${nominee.birthYear ?? ""}`,
    achievementSummary: summaryHtml(nominee.intro, nominee.highlights),
    citation: nominee.citation,
    status: nominee.status,
    returnComment: nominee.status === "RETURNED" ? (nominee.returnComment ?? null) : null,
    submittedAt,
    // Each write bumps the version: created 1, submitted 2, then returned, withdrawn or not forwarded 3.
    version: submittedAt
      ? nominee.status === "RETURNED" || nominee.status === "WITHDRAWN" || nominee.atLevel === "notForwarded"
        ? 3
        : 2
      : 1,
    createdAt,
    updatedAt: submittedAt ?? createdAt,
  });

  addSelfAssessments(rows, context, nominationId);
  addPriorRecognitions(rows, context, nominationId);
  if (submittedAt) addSubmittedVersion(rows, context, nominationId, submittedAt, exclusions);
  addNotification(rows, context, nominationId, submittedAt);
  if (submittedAt) addReviews(rows, context, nominationId, submittedAt);
  if (VOTED.includes(nominee.status))
    addVotes(rows, context, nominationId, {
      thresholdPercent: title?.approvalThresholdPercent ?? 50,
      strict: title?.thresholdStrict ?? false,
    });
  if (nominee.status === "HONOURED") addHonoree(rows, context, nominationId, awardTitleId, unit);
}

function addSelfAssessments(
  rows: DossierRows,
  { spec, ids, nominee, index }: DossierContext,
  nominationId: string,
): void {
  // A draft is half-written: some drafts have the first criteria filled in, others nothing yet.
  const filled = nominee.status === "DRAFT" ? (index % 2 === 0 ? 2 : 0) : spec.criteria.length;
  spec.criteria.slice(0, filled).forEach((criterion, position) => {
    const openings =
      nominee.kind === "INDIVIDUAL" ? criterion.selfAssessment.individual : criterion.selfAssessment.collective;
    const opening = openings[(index + position) % openings.length] ?? "";
    const highlight = nominee.highlights[position % nominee.highlights.length];
    const detail = criterion.citesHighlight && highlight ? ` ${sentence(plain(highlight))}` : "";
    rows.selfAssessments.push({ nominationId, criterionId: criterionId(ids, position), text: `${opening}${detail}` });
  });
}

function criterionId(ids: MovementIds, position: number): string {
  const id = ids.criterionIds[position];
  if (!id) throw new Error(`No criterion at position ${position + 1}`);
  return id;
}

function addReviews(rows: DossierRows, context: DossierContext, nominationId: string, dossierSubmittedAt: Date): void {
  const { spec, ids, people, nominee, index, random } = context;
  const statuses = reviewPlan(nominee, index);
  const strengthRange = STRENGTH[nominee.status] ?? [0.75, 0.85];
  const strength = random.between(strengthRange[0], strengthRange[1]);

  statuses.forEach((status, offset) => {
    const reviewerId = people.reviewerIds[(index + offset) % people.reviewerIds.length];
    if (!reviewerId) throw new Error("The seed needs at least one reviewer");
    const reviewId = randomUUID();
    const scored =
      status === "SUBMITTED"
        ? spec.criteria.length
        : status === "IN_PROGRESS"
          ? Math.ceil(spec.criteria.length / 2)
          : 0;
    let weighted = 0;
    spec.criteria.slice(0, scored).forEach((criterion, position) => {
      const raw = criterion.maxScore * (strength + random.between(-0.07, 0.07));
      const score = Math.min(criterion.maxScore, Math.max(0, Math.round(raw * 4) / 4));
      weighted += (criterion.weight * score) / criterion.maxScore;
      rows.scores.push({ reviewId, criterionId: criterionId(ids, position), score: score.toFixed(2) });
    });
    // Assigned a couple of days after the dossier arrived; scored at least three days after that.
    const assignedAt = addDays(dossierSubmittedAt, 2);
    const spread = spreadOver(spec.timeline.reviewed, index + offset, spec.nominees.length + 3, random);
    const earliest = addDays(assignedAt, 3);
    const submittedAt = status === "SUBMITTED" ? (spread > earliest ? spread : earliest) : null;
    const band = weighted >= 88 ? "high" : weighted >= 78 ? "middle" : "low";
    rows.reviews.push({
      id: reviewId,
      nominationId,
      reviewerId,
      // The council's secretariat (the seeded administrator) made the assignments.
      assignedById: people.adminId,
      status,
      overallComment: status === "SUBMITTED" ? random.pick(OVERALL_COMMENTS[band]) : null,
      submittedAt,
      createdAt: assignedAt,
      updatedAt: submittedAt ?? assignedAt,
    });
  });
}

/** Reviews a dossier has at its status: none before review, 2–3 submitted after it. */
function reviewPlan(nominee: NomineeSpec, index: number): readonly ReviewStatus[] {
  // A dossier that stopped at a level never reached the council.
  if (nominee.atLevel) return [];
  if (nominee.status === "IN_REVIEW") return nominee.reviewStatuses ?? ["ASSIGNED", "IN_PROGRESS"];
  if (!REVIEWED.includes(nominee.status)) return [];
  return index % 3 === 2 ? ["SUBMITTED", "SUBMITTED"] : ["SUBMITTED", "SUBMITTED", "SUBMITTED"];
}

/**
 * Secret-ballot outcome consistent with the status: the threshold counts against the whole
 * council, so approved dossiers reach it and rejected ones fall short of it.
 */
function addVotes(
  rows: DossierRows,
  { people, nominee, random }: DossierContext,
  nominationId: string,
  threshold: { thresholdPercent: number; strict: boolean },
): void {
  const council = people.reviewerIds;
  const required = approvalsNeeded({ membership: council.length, ...threshold });
  const approvals =
    nominee.status === "REJECTED"
      ? Math.max(0, required - 1 - random.int(0, 1))
      : Math.min(council.length, required + random.int(0, council.length - required));
  const choices = council.map((_, position): VoteChoice =>
    position < approvals ? "APPROVE" : position % 2 === 0 ? "REJECT" : "ABSTAIN",
  );
  const approved = isApproved({ approvals, membership: council.length, ...threshold });
  if (approved !== (nominee.status !== "REJECTED"))
    throw new Error(`${nominee.name}: the ballot does not match the status ${nominee.status}`);
  rows.candidates.push({ nominationId, choices, ...threshold, approved });
}

function addHonoree(
  rows: DossierRows,
  context: DossierContext,
  nominationId: string,
  awardTitleId: string,
  unit: { id: string; name: string },
): void {
  const { spec, ids, nominee } = context;
  if (!ids.decisionId || !spec.decision) throw new Error(`${spec.code}: honoured nominees need a decision`);
  if (!nominee.story?.length) throw new Error(`${spec.code}: honoured nominee ${nominee.name} needs a story`);
  const record = honoreeRecord(
    {
      id: nominationId,
      movementId: ids.movementId,
      awardTitleId,
      unitId: unit.id,
      unitName: unit.name,
      nomineeKind: nominee.kind,
      nomineeName: nominee.name,
      birthYear: nominee.birthYear ?? null,
      position: nominee.position ?? null,
      citation: nominee.citation,
      // Plain paragraphs separated by a blank line; the profile page renders one <p> per paragraph.
      story: nominee.story.join("\n\n"),
      portraitFileId: null,
    },
    { id: ids.decisionId, issuedOn: day(spec.decision.issuedOn) },
  );
  // The demo decision is published on the movement's own audience.
  rows.honorees.push({
    ...record,
    listedFor: spec.visibility,
    publishedAt: at(spec.decision.publishedAt, "08:00"),
    createdAt: at(spec.decision.issuedOn, "16:00"),
  });
}

/** A moment inside `window`, spread by position so dossiers do not all share one timestamp. */
function spreadOver(window: readonly [string, string], position: number, count: number, random: Random): Date {
  const start = day(window[0]).getTime();
  const span = day(window[1]).getTime() - start;
  const dayOffset = Math.floor((span / 86_400_000) * ((position + 0.5) / Math.max(1, count)));
  const minutes = random.int(8 * 60, 17 * 60);
  return new Date(start + dayOffset * 86_400_000 + minutes * 60_000 - 7 * 3_600_000);
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * Months worked and days absent in the period: individuals who were put forward meet the usual
 * bars (10 months, under 40 days); nobody seeded was disciplined. A generator of its own, so the
 * scores drawn for the dossier stay as they were.
 */
function exclusionFacts({ spec, nominee, index }: DossierContext) {
  if (nominee.kind !== "INDIVIDUAL") return { serviceMonths: null, absenceDays: null, disciplined: false };
  const random = seededRandom(`${spec.code}/nomination/${index}/exclusions`);
  return { serviceMonths: 12, absenceDays: random.int(0, 9), disciplined: false };
}

/** A title that requires a prior one: its submitted individuals declare it, from the year before the first nominations. */
function addPriorRecognitions(rows: DossierRows, { spec, nominee, index }: DossierContext, nominationId: string): void {
  const title = spec.titles.find((candidate) => candidate.key === nominee.title);
  if (!title?.requiredPriorTitle || nominee.kind !== "INDIVIDUAL" || nominee.status === "DRAFT") return;
  const year = Number(spec.timeline.submitted[0].slice(0, 4)) - 1;
  rows.priorRecognitions.push({
    nominationId,
    position: 1,
    title: title.requiredPriorTitle,
    year,
    decisionRef: `${40 + index}/QĐ-CĐCS`,
  });
}

/** The submission of a dossier as NominationVersion 1: the dossier frozen as lib/nominations/snapshot.ts writes it. */
function addSubmittedVersion(
  rows: DossierRows,
  context: DossierContext,
  nominationId: string,
  submittedAt: Date,
  exclusions: ReturnType<typeof exclusionFacts>,
): void {
  const { spec, ids, units, people, nominee } = context;
  const nomination = rows.nominations.find((row) => row.id === nominationId);
  const title = spec.titles.find((candidate) => candidate.key === nominee.title);
  if (!nomination || !title) return;
  const unit = units.get(nominee.unitCode);
  const snapshot: DossierSnapshot = {
    nomineeKind: nominee.kind,
    nomineeName: nominee.name,
    gender: nominee.gender ?? null,
    birthYear: nominee.birthYear ?? null,
    position: nominee.position ?? null,
    yearsOfService: nominee.yearsOfService ?? null,
    contact: null,
    collectiveSize: nominee.collectiveSize ?? null,
    ...exclusions,
    achievementSummary: nomination.achievementSummary ?? "",
    citation: nominee.citation,
    unit: { id: unit.id, name: unit.name },
    awardTitle: { id: nomination.awardTitleId, name: title.name },
    selfAssessments: rows.selfAssessments
      .filter((row) => row.nominationId === nominationId)
      .map((row) => ({
        criterionId: row.criterionId,
        criterionName: spec.criteria[ids.criterionIds.indexOf(row.criterionId)]?.name ?? "",
        text: row.text,
      })),
    priorRecognitions: rows.priorRecognitions
      .filter((row) => row.nominationId === nominationId)
      .map((row) => ({ title: row.title, year: row.year, decisionRef: row.decisionRef ?? null })),
    files: [],
  };
  rows.versions.push({
    nominationId,
    number: 1,
    fromVersion: 1,
    snapshot: { ...snapshot },
    submittedById: actingOfficer(units, people, nominee.unitCode).userId,
    submittedAt,
  });
}

const NOTICE: Partial<Record<NominationStatus, NotificationKind>> = {
  RETURNED: "NOMINATION_RETURNED",
  SHORTLISTED: "NOMINATION_SHORTLISTED",
  APPROVED: "NOMINATION_APPROVED",
  HONOURED: "NOMINATION_APPROVED",
  REJECTED: "NOMINATION_REJECTED",
};

/** The notice the nominating officer got when the dossier reached its status; only a return is still unread. */
function addNotification(
  rows: DossierRows,
  { spec, units, people, nominee }: DossierContext,
  nominationId: string,
  submittedAt: Date | null,
): void {
  const kind = NOTICE[nominee.status];
  const title = spec.titles.find((candidate) => candidate.key === nominee.title);
  if (!kind || !submittedAt || !title) return;
  const createdAt =
    kind === "NOMINATION_RETURNED"
      ? addDays(submittedAt, 4)
      : kind === "NOMINATION_SHORTLISTED"
        ? at(spec.timeline.reviewed[1], "16:30")
        : at(spec.timeline.votedOn, "17:00");
  rows.notifications.push({
    userId: actingOfficer(units, people, nominee.unitCode).userId,
    kind,
    nominationId,
    params: {
      nominee: nominee.name,
      movement: spec.name,
      title: title.name,
      ...(kind === "NOMINATION_RETURNED" ? { comment: nominee.returnComment ?? "" } : {}),
    },
    readAt: kind === "NOMINATION_RETURNED" ? null : addDays(createdAt, 1),
    createdAt,
  });
}
