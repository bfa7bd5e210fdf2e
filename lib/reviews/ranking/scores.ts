// Scores of nominations from their submitted reviews, computed in SQL in one query. For each nomination:
//   score  = Σ over criteria of weight × (mean of the reviewers' scores on it ÷ its maximum), 0–100
//            (computed as the mean of the reviews' weighted scores: the same number, see rankedScoresSql)
//   spread = highest minus lowest weighted score of a single review (how much reviewers disagree)
// and its rank within its award title. Scores are compared at two decimals, so equal scores
// reached by different arithmetic rank as ties (RANK: 1, 1, 3).
//
// Calibration (when the movement asks for it, decision record 0007): a reviewer's weighted
// review score r becomes  overall mean + z × overall sd  with  z = (r − reviewer's mean) ÷
// reviewer's sd  (population sd, over the reviewer's submitted reviews in the whole movement;
// "overall" is every submitted review of the movement). A reviewer with a single review, or
// whose reviews are all equal (sd 0), is only shifted: r − reviewer's mean + overall mean. A
// nomination's calibrated score is the mean of its reviews' calibrated scores, clamped to 0–100,
// and ranked like the score (a second RANK).
//
// Ranks are always computed over the whole title across the movement: a unit filter only hides
// rows (lib/reviews/ranking/queries.ts), so a nomination has the same rank whatever the filter.
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";

export interface NominationScore {
  nominationId: string;
  awardTitleId: string;
  unitId: string;
  nomineeName: string;
  score: number;
  reviews: number;
  spread: number;
  rank: number;
  /** Reviewers disagree by at least the movement's `disagreementPoints`: discuss before shortlisting. */
  needsDiscussion: boolean;
  /** The calibrated score and its rank within the title; null unless calibration is asked for. */
  calibratedScore: number | null;
  calibratedRank: number | null;
}

/** Points of spread from which a nomination is flagged for discussion (out of 100) when the movement says nothing. */
export const defaultDisagreementPoints = 20;

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface ScoreQueryOptions {
  movementId: string;
  /** Only this title's nominations (ranks do not change: they are per title anyway). */
  awardTitleId?: string;
  /** Also compute calibrated scores and ranks. */
  calibrate: boolean;
}

/**
 * The common table expressions of the scoring, ending in `ranked` (one row per nomination with
 * at least one submitted review: its title, unit, name, score, reviews, spread, rank and, when
 * `calibrate`, calibrated score and rank). Callers append their SELECT … FROM ranked.
 */
export function rankedScoresSql(options: ScoreQueryOptions): Prisma.Sql {
  const titleOf = (column: Prisma.Sql) =>
    options.awardTitleId ? Prisma.sql`AND ${column} = ${options.awardTitleId}::uuid` : Prisma.empty;
  // Calibration needs every reviewer's reviews across the movement; plain scores only the title's.
  const reviewScope = options.calibrate ? Prisma.empty : titleOf(Prisma.sql`n."awardTitleId"`);
  const calibration = options.calibrate
    ? Prisma.sql`,
    reviewer_stats AS (
      SELECT "reviewerId", AVG(score) AS mean, STDDEV_POP(score) AS sd, COUNT(*) AS reviews FROM per_review GROUP BY "reviewerId"
    ),
    overall AS (SELECT AVG(score) AS mean, COALESCE(STDDEV_POP(score), 0) AS sd FROM per_review),
    calibrated AS (
      SELECT p."nominationId",
             GREATEST(0, LEAST(100, AVG(CASE WHEN s.reviews > 1 AND s.sd > 0 THEN o.mean + (p.score - s.mean) / s.sd * o.sd
                                             ELSE p.score - s.mean + o.mean END))) AS score
      FROM per_review p JOIN reviewer_stats s ON s."reviewerId" = p."reviewerId" CROSS JOIN overall o
      WHERE true ${titleOf(Prisma.sql`p."awardTitleId"`)}
      GROUP BY p."nominationId"
    )`
    : Prisma.empty;
  const calibratedColumn = options.calibrate ? Prisma.sql`ROUND(cal.score::numeric, 2)` : Prisma.sql`NULL::numeric`;
  const calibratedJoin = options.calibrate
    ? Prisma.sql`JOIN calibrated cal ON cal."nominationId" = a."nominationId"`
    : Prisma.empty;
  // Why this shape (docs/PERFORMANCE.md, "Issue 6 — ranking" and "Issue 8"): each review's
  // weighted score is kept on the review (Review.weightedScore, summed from its scores by database
  // triggers, in float8), so the ranking reads one row per review instead of every score; a
  // nomination's score is the mean of its reviews' weighted scores. That equals Σ weight ×
  // mean(score) ÷ maximum per criterion because a submitted review scores every criterion (the
  // reviewing command refuses "scoresMissing").
  return Prisma.sql`
    WITH per_review AS (
      SELECT r."nominationId", r."reviewerId", n."awardTitleId", r."weightedScore" AS score
      FROM "Nomination" n JOIN "Review" r ON r."nominationId" = n.id AND r.status = 'SUBMITTED' AND r."weightedScore" IS NOT NULL
      WHERE n."movementId" = ${options.movementId}::uuid ${reviewScope}
    ),
    agreement AS (
      SELECT "nominationId", AVG(score) AS score, COUNT(*)::int AS reviews, MAX(score) - MIN(score) AS spread
      FROM per_review WHERE true ${titleOf(Prisma.sql`"awardTitleId"`)} GROUP BY "nominationId"
    )${calibration},
    scored AS (
      SELECT a."nominationId", n."awardTitleId", n."unitId", n."nomineeName", n.status, ROUND(a.score::numeric, 2) AS score, a.reviews,
             ROUND(a.spread::numeric, 2) AS spread, ${calibratedColumn} AS calibrated
      FROM agreement a
      JOIN "Nomination" n ON n.id = a."nominationId"
      ${calibratedJoin}
    ),
    ranked AS (
      SELECT s.*, RANK() OVER (PARTITION BY "awardTitleId" ORDER BY score DESC)::int AS rank,
             CASE WHEN calibrated IS NULL THEN NULL ELSE RANK() OVER (PARTITION BY "awardTitleId" ORDER BY calibrated DESC NULLS LAST)::int END AS "calibratedRank"
      FROM scored s
    )`;
}

interface MovementSettings {
  disagreementPoints: number;
  calibrateScores: boolean;
}

/** The movement's scoring settings (disagreement threshold, calibration), or null when there is no such movement. */
export async function scoringSettings(movementId: string, client: Reader = db()): Promise<MovementSettings | null> {
  const rows = await client.$queryRaw<MovementSettings[]>`
    SELECT "disagreementPoints", "calibrateScores" FROM "Movement" WHERE id = ${movementId}::uuid`;
  return rows[0] ?? null;
}

/**
 * Ranked scores of a movement's nominations that have at least one submitted review, by title
 * then rank then name. Disagreement threshold and calibration default to the movement's settings.
 */
export async function scoreNominations(
  options: { movementId: string; awardTitleId?: string; disagreementPoints?: number; calibrate?: boolean },
  client: Reader = db(),
): Promise<NominationScore[]> {
  const settings =
    options.disagreementPoints !== undefined && options.calibrate !== undefined
      ? null
      : ((await scoringSettings(options.movementId, client)) ?? {
          disagreementPoints: defaultDisagreementPoints,
          calibrateScores: false,
        });
  const disagreement = options.disagreementPoints ?? settings?.disagreementPoints ?? defaultDisagreementPoints;
  const calibrate = options.calibrate ?? settings?.calibrateScores ?? false;
  const rows = await client.$queryRaw<Omit<NominationScore, "needsDiscussion">[]>`
    ${rankedScoresSql({ movementId: options.movementId, awardTitleId: options.awardTitleId, calibrate })}
    SELECT "nominationId"::text AS "nominationId", "awardTitleId"::text AS "awardTitleId", "unitId"::text AS "unitId", "nomineeName",
           score::float8 AS score, reviews, spread::float8 AS spread, rank, calibrated::float8 AS "calibratedScore", "calibratedRank"
    FROM ranked
    ORDER BY "awardTitleId", rank, "nomineeName", "nominationId"`;
  return rows.map((row) => ({ ...row, needsDiscussion: row.spread >= disagreement }));
}
