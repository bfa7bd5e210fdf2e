// What a reviewer reads: their queue of assignments (grouped by movement, with progress) and one
// review with the dossier it scores. Access rules sit in the `where` clauses: a reviewer's
// queries only ever match rows with their own id, and a review's scores are read through that
// one review, so no page can show another reviewer's scores.
import { db } from "../db";
import type { MovementStatus, NomineeKind, ReviewStatus } from "../generated/prisma/enums";
import { Prisma } from "../generated/prisma/client";
import { dossierFactsSelect } from "../nominations/snapshot";
import { can, canScoreReview, hasRole } from "../policy";
import type { Actor } from "../session";
import { readReviewMovement } from "./locks";
import { reviewingStages, stageAllows, type ReviewStage } from "./stage";

export interface QueueItem {
  reviewId: string;
  nominationId: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  unitName: string;
  titleName: string;
  titleNameEn: string | null;
  status: ReviewStatus;
  updatedAt: Date;
}

export interface QueueMovement {
  movementId: string;
  name: string;
  nameEn: string | null;
  status: MovementStatus;
  submitted: number;
  total: number;
  items: QueueItem[];
}

/** Queue order: movements newest first, then nominees by name; the same order drives "save and next". */
const queueOrder = Prisma.sql`m."startsOn" DESC, m.id, n."nomineeName", r.id`;

interface QueueRow extends QueueItem {
  movementId: string;
  movementName: string;
  movementNameEn: string | null;
  movementStatus: MovementStatus;
}

/** The actor's assignments grouped by movement, each movement with its progress (submitted / total); empty when they have none. */
export async function reviewerQueue(options: { actor: Actor; movementId?: string }): Promise<QueueMovement[]> {
  const movementFilter = options.movementId ? Prisma.sql`AND n."movementId" = ${options.movementId}::uuid` : Prisma.empty;
  const rows = await db().$queryRaw<QueueRow[]>`
    SELECT r.id::text AS "reviewId", n.id::text AS "nominationId", n."nomineeName", n."nomineeKind"::text AS "nomineeKind",
           u.name AS "unitName", t.name AS "titleName", t."nameEn" AS "titleNameEn", r.status::text AS status, r."updatedAt",
           m.id::text AS "movementId", m.name AS "movementName", m."nameEn" AS "movementNameEn", m.status::text AS "movementStatus"
    FROM "Review" r
    JOIN "Nomination" n ON n.id = r."nominationId"
    JOIN "Movement" m ON m.id = n."movementId"
    JOIN "Unit" u ON u.id = n."unitId"
    JOIN "AwardTitle" t ON t.id = n."awardTitleId"
    WHERE r."reviewerId" = ${options.actor.id}::uuid ${movementFilter}
    ORDER BY ${queueOrder}`;
  const progress = await db().$queryRaw<{ movementId: string; submitted: number; total: number }[]>`
    SELECT n."movementId"::text AS "movementId", count(*) FILTER (WHERE r.status = 'SUBMITTED')::int AS submitted, count(*)::int AS total
    FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId"
    WHERE r."reviewerId" = ${options.actor.id}::uuid ${movementFilter}
    GROUP BY n."movementId"`;
  const counts = new Map(progress.map((p) => [p.movementId, p]));
  const movements = new Map<string, QueueMovement>();
  for (const { movementId, movementName, movementNameEn, movementStatus, ...item } of rows) {
    let group = movements.get(movementId);
    if (!group) {
      const count = counts.get(movementId);
      group = { movementId, name: movementName, nameEn: movementNameEn, status: movementStatus, submitted: count?.submitted ?? 0, total: count?.total ?? 0, items: [] };
      movements.set(movementId, group);
    }
    group.items.push(item);
  }
  return [...movements.values()];
}

/**
 * The next of the actor's unsubmitted assignments after `afterReviewId` in queue order
 * (wrapping round to the start), or null when none is left.
 */
export async function nextReviewToScore(options: { actor: Actor; afterReviewId: string }): Promise<string | null> {
  const rows = await db().$queryRaw<{ id: string; status: ReviewStatus }[]>`
    SELECT r.id::text AS id, r.status::text AS status
    FROM "Review" r
    JOIN "Nomination" n ON n.id = r."nominationId"
    JOIN "Movement" m ON m.id = n."movementId"
    WHERE r."reviewerId" = ${options.actor.id}::uuid AND m.status = 'REVIEW'
    ORDER BY ${queueOrder}`;
  const at = rows.findIndex((row) => row.id === options.afterReviewId);
  const ordered = at < 0 ? rows : [...rows.slice(at + 1), ...rows.slice(0, at)];
  return ordered.find((row) => row.status !== "SUBMITTED")?.id ?? null;
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
          criteria: { orderBy: { position: "asc" }, select: { id: true, position: true, name: true, nameEn: true, guidance: true, weight: true, maxScore: true } },
        },
      },
      selfAssessments: { select: { criterionId: true, text: true } },
      files: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true } },
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
export async function reviewForScoring(options: { actor: Actor; reviewId: string; today: string }): Promise<ReviewForScoring | null> {
  const { actor } = options;
  const isAdmin = can(actor, "movement.manage");
  if (!isAdmin && !hasRole(actor, "REVIEWER")) return null;
  const row = await db().review.findFirst({ where: { id: options.reviewId, ...(isAdmin ? {} : { reviewerId: actor.id }) }, select: scoringSelect });
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
    scores: Object.fromEntries(scores.map((s) => [s.criterionId, { score: s.score.toString(), comment: s.comment ?? "" }])),
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
