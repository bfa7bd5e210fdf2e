// What a reviewer reads: their queue of assignments (a page of it, with progress per movement)
// and one review with the dossier it scores. Access rules sit in the `where` clauses: a
// reviewer's queries only ever match rows with their own id, and a review's scores are read
// through that one review, so no page can show another reviewer's scores.
//
// Queue order: what is left to score before what is submitted; within each, movements newest
// first, then nominees by name. "Save and next" follows the same order. A reviewer may have
// thousands of assignments, so nothing here reads them all: progress is counted from the index
// on (reviewer, status, movement), and a page reads only the rows it shows (queue-pages.ts).
import { db } from "../../db";
import type { MovementStatus, NomineeKind, ReviewStatus } from "../../generated/prisma/enums";
import { Prisma } from "../../generated/prisma/client";
import { escapeLike } from "../../nominations/list";
import { dossierFactsSelect } from "../../nominations/snapshot";
import { can, canScoreReview, hasRole } from "../../policy";
import type { Actor } from "../../session";
import { toSearchText } from "../../text/search-text";
import { readReviewMovement } from "../locks";
import { queueSegments, sliceSegments, type QueueSlice } from "./queue-pages";
import { defaultQueueParams, type ReviewerQueueParams } from "./queue-params";
import { reviewingStages, stageAllows, type ReviewStage } from "../stage";

export const queuePageSize = 50;

export interface QueueItem {
  reviewId: string;
  nominationId: string;
  movementId: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  unitName: string;
  titleName: string;
  titleNameEn: string | null;
  status: ReviewStatus;
  updatedAt: Date;
}

/** A movement the reviewer has assignments in, with their progress (submitted / total). */
export interface QueueMovement {
  movementId: string;
  name: string;
  nameEn: string | null;
  status: MovementStatus;
  submitted: number;
  total: number;
}

export interface ReviewerQueuePage {
  /** Every movement of the reviewer's assignments, newest first, whatever the filters. */
  movements: QueueMovement[];
  items: QueueItem[];
  /** Assignments matching the filters. */
  total: number;
  /** The page shown: the requested one clamped into 1…pageCount. */
  page: number;
  pageCount: number;
}

const openStatuses = Prisma.sql`('ASSIGNED', 'IN_PROGRESS')`;
const itemColumns = Prisma.sql`r.id::text AS "reviewId", n.id::text AS "nominationId", r."movementId"::text AS "movementId", n."nomineeName",
  n."nomineeKind"::text AS "nomineeKind", u.name AS "unitName", t.name AS "titleName", t."nameEn" AS "titleNameEn",
  r.status::text AS status, r."updatedAt"`;

/**
 * One page of the actor's assignments (`pageSize` a page, 50 by default), filtered and searched,
 * with the progress of each of their movements.
 */
export async function reviewerQueue(options: {
  actor: Actor;
  params?: ReviewerQueueParams;
  pageSize?: number;
}): Promise<ReviewerQueuePage> {
  const { actor, params = defaultQueueParams, pageSize = queuePageSize } = options;
  const q = toSearchText(params.q);
  const requested = Math.max(1, params.page);
  if (q) {
    const [movements, found] = await Promise.all([
      queueProgress(actor.id),
      searchPage({ reviewerId: actor.id, params, q, requested, pageSize }),
    ]);
    return { movements, ...found };
  }
  const movements = await queueProgress(actor.id);
  const segments = queueSegments(movements, params);
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  const items = await readSlices(actor.id, sliceSegments(segments, (page - 1) * pageSize, pageSize));
  return { movements, items, total, page, pageCount };
}

/** The reviewer's movements with their progress, newest first: one grouped read of the index. */
async function queueProgress(reviewerId: string): Promise<QueueMovement[]> {
  return db().$queryRaw<QueueMovement[]>`
    SELECT m.id::text AS "movementId", m.name, m."nameEn", m.status::text AS status, c.submitted, c.total
    FROM (
      SELECT r."movementId", count(*) FILTER (WHERE r.status = 'SUBMITTED')::int AS submitted, count(*)::int AS total
      FROM "Review" r WHERE r."reviewerId" = ${reviewerId}::uuid GROUP BY r."movementId"
    ) c
    JOIN "Movement" m ON m.id = c."movementId"
    ORDER BY m."startsOn" DESC, m.id`;
}

/**
 * The rows of `slices` in queue order. Each slice is read in its segment's order from the index
 * (the nominee's name is the only thing looked up per row), then only the rows shown are joined.
 */
async function readSlices(reviewerId: string, slices: readonly QueueSlice[]): Promise<QueueItem[]> {
  if (slices.length === 0) return [];
  const parts = slices.map(
    (slice, part) => Prisma.sql`(
      SELECT ${part}::int AS part, r."nominationId", n."nomineeNameSearch" AS "sortName"
      FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId"
      WHERE r."reviewerId" = ${reviewerId}::uuid AND r."movementId" = ${slice.movementId}::uuid
        AND r.status ${slice.isSubmitted ? Prisma.sql`= 'SUBMITTED'` : Prisma.sql`IN ${openStatuses}`}
      ORDER BY n."nomineeNameSearch", n.id
      OFFSET ${slice.skip} LIMIT ${slice.take})`,
  );
  return db().$queryRaw<QueueItem[]>`
    SELECT ${itemColumns}
    FROM (${Prisma.join(parts, " UNION ALL ")}) p
    JOIN "Review" r ON r."nominationId" = p."nominationId" AND r."reviewerId" = ${reviewerId}::uuid
    JOIN "Nomination" n ON n.id = p."nominationId"
    JOIN "Unit" u ON u.id = n."unitId"
    JOIN "AwardTitle" t ON t.id = n."awardTitleId"
    ORDER BY p.part, p."sortName", p."nominationId"`;
}

/**
 * A page of the assignments whose nominee's name contains `q` (folded), within the movement and
 * status filtered on, counted in the same read (the sort reads every match anyway). The
 * trigram index on the folded name finds the matching nominations: a full name costs a few
 * milliseconds, a fragment common to thousands of names tens of them (docs/PERFORMANCE.md).
 */
async function searchPage(options: {
  reviewerId: string;
  params: ReviewerQueueParams;
  q: string;
  requested: number;
  pageSize: number;
}): Promise<Omit<ReviewerQueuePage, "movements">> {
  const { reviewerId, params, q, requested, pageSize } = options;
  const filters = [
    Prisma.sql`r."reviewerId" = ${reviewerId}::uuid`,
    Prisma.sql`n."nomineeNameSearch" LIKE ${`%${escapeLike(q)}%`}`,
    ...(params.movement ? [Prisma.sql`r."movementId" = ${params.movement}::uuid`] : []),
    ...(params.status === "submitted"
      ? [Prisma.sql`r.status = 'SUBMITTED'`]
      : params.status === "open"
        ? [Prisma.sql`r.status IN ${openStatuses}`]
        : []),
  ];
  const where = Prisma.join(filters, " AND ");
  // Each row also carries the number of matches (the same on every row).
  const pageOf = (page: number) => db().$queryRaw<(QueueItem & { matches: number })[]>`
    SELECT ${itemColumns}, count(*) OVER ()::int AS matches
    FROM "Review" r
    JOIN "Nomination" n ON n.id = r."nominationId"
    JOIN "Movement" m ON m.id = r."movementId"
    JOIN "Unit" u ON u.id = n."unitId"
    JOIN "AwardTitle" t ON t.id = n."awardTitleId"
    WHERE ${where}
    ORDER BY r.status = 'SUBMITTED', m."startsOn" DESC, m.id, n."nomineeNameSearch", n.id
    OFFSET ${(page - 1) * pageSize} LIMIT ${pageSize}`;
  const firstTry = await pageOf(requested);
  if (firstTry.length > 0 || requested === 1) {
    const total = firstTry[0]?.matches ?? 0;
    return { items: firstTry, total, page: requested, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
  }
  // Past the last page: count, then read the last page.
  const counted = await db().$queryRaw<
    { total: number }[]
  >`SELECT count(*)::int AS total FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId" WHERE ${where}`;
  const total = counted[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { items: total > 0 ? await pageOf(pageCount) : [], total, page: pageCount, pageCount };
}

/**
 * The next of the actor's unsubmitted assignments in movements under review after
 * `afterReviewId` in queue order (wrapping round to the start), or null when none is left.
 * One query: the rows after the current one (a row comparison on the queue order) sort first.
 */
export async function nextReviewToScore(options: { actor: Actor; afterReviewId: string }): Promise<string | null> {
  const reviewerId = options.actor.id;
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH here AS (
      SELECT m."startsOn", m.id AS "movementId", n."nomineeNameSearch" AS "sortName", n.id AS "nominationId"
      FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId" JOIN "Movement" m ON m.id = r."movementId"
      WHERE r.id = ${options.afterReviewId}::uuid AND r."reviewerId" = ${reviewerId}::uuid
    )
    SELECT r.id::text AS id
    FROM "Review" r
    JOIN "Nomination" n ON n.id = r."nominationId"
    JOIN "Movement" m ON m.id = r."movementId"
    LEFT JOIN here h ON true
    WHERE r."reviewerId" = ${reviewerId}::uuid AND r.status IN ${openStatuses} AND m.status = 'REVIEW' AND r.id <> ${options.afterReviewId}::uuid
    ORDER BY (m."startsOn" < h."startsOn"
              OR (m."startsOn" = h."startsOn" AND (m.id, n."nomineeNameSearch", n.id) > (h."movementId", h."sortName", h."nominationId"))) IS TRUE DESC,
             m."startsOn" DESC, m.id, n."nomineeNameSearch", n.id
    LIMIT 1`;
  return rows[0]?.id ?? null;
}

const scoringSelect = {
  id: true,
  reviewerId: true,
  status: true,
  version: true,
  overallComment: true,
  submittedAt: true,
  updatedAt: true,
  // This review's own scores only.
  scores: { select: { criterionId: true, score: true, comment: true } },
  nomination: {
    select: {
      id: true,
      ...dossierFactsSelect,
      unit: { select: { name: true } },
      awardTitle: { select: { name: true, nameEn: true } },
      movement: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          criteria: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              name: true,
              nameEn: true,
              guidance: true,
              weight: true,
              maxScore: true,
            },
          },
        },
      },
      selfAssessments: { select: { criterionId: true, text: true } },
      files: {
        where: { removedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true },
      },
    },
  },
} satisfies Prisma.ReviewSelect;

type ScoringRow = Prisma.ReviewGetPayload<{ select: typeof scoringSelect }>;

export interface ReviewForScoring {
  review: Omit<ScoringRow, "scores" | "nomination">;
  /** criterionId → the score as text ("7.5") and comment, as the form shows them. */
  scores: Record<string, { score: string; comment: string }>;
  nomination: Omit<ScoringRow["nomination"], "files" | "selfAssessments">;
  selfAssessmentByCriterion: Record<string, string>;
  evidence: ScoringRow["nomination"]["files"];
  portrait: ScoringRow["nomination"]["files"][number] | null;
  stage: ReviewStage;
  /** The assigned reviewer, while the movement is under review and the review not yet submitted. */
  canEdit: boolean;
  canDeclareConflict: boolean;
  /** An administrator, on a submitted review, while the movement is under review. */
  canReopen: boolean;
}

/**
 * A review with the dossier it scores, for its assigned reviewer (who may score it) and for
 * administrators (read-only); null for anyone else. `today` (YYYY-MM-DD) fixes the stage.
 */
export async function reviewForScoring(options: {
  actor: Actor;
  reviewId: string;
  today: string;
}): Promise<ReviewForScoring | null> {
  const { actor } = options;
  const isAdmin = can(actor, "movement.manage");
  if (!isAdmin && !hasRole(actor, "REVIEWER")) return null;
  const row = await db().review.findFirst({
    where: { id: options.reviewId, ...(isAdmin ? {} : { reviewerId: actor.id }) },
    select: scoringSelect,
  });
  if (!row) return null;
  const isOwner = canScoreReview(actor, row);
  if (!isOwner && !isAdmin) return null;
  const movement = await readReviewMovement(row.nomination.movement.id, options.today);
  const stage = movement?.stage ?? "notStarted";
  const isReviewing = stageAllows(stage, reviewingStages);
  const { scores, nomination, ...review } = row;
  const { files, selfAssessments, ...dossier } = nomination;
  return {
    review,
    scores: Object.fromEntries(
      scores.map((s) => [s.criterionId, { score: s.score.toString(), comment: s.comment ?? "" }]),
    ),
    nomination: dossier,
    selfAssessmentByCriterion: Object.fromEntries(selfAssessments.map((s) => [s.criterionId, s.text])),
    evidence: files.filter((f) => f.kind === "EVIDENCE"),
    portrait: files.find((f) => f.kind === "PORTRAIT") ?? null,
    stage,
    canEdit: isOwner && isReviewing && review.status !== "SUBMITTED",
    canDeclareConflict: isOwner && isReviewing && review.status !== "SUBMITTED",
    canReopen: isAdmin && isReviewing && review.status === "SUBMITTED",
  };
}
