// Scores of nominations from their submitted reviews, computed in SQL (issue 6 builds the
// reviewing and the ranking page on this). For each nomination:
//   score  = Σ over criteria of weight × (mean of the reviewers' scores on it ÷ its maximum), 0–100
//   spread = highest minus lowest weighted score of a single review (how much reviewers disagree)
// and its rank within its award title. Scores are compared at two decimals, so equal scores
// reached by different arithmetic rank as ties (RANK: 1, 1, 3).
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

export interface NominationScore {
  nominationId: string;
  awardTitleId: string;
  unitId: string;
  nomineeName: string;
  score: number;
  reviews: number;
  spread: number;
  rank: number;
  /** Reviewers disagree by at least `disagreementPoints`: discuss before shortlisting. */
  needsDiscussion: boolean;
}

/** Points of spread from which a nomination is flagged for discussion (out of 100). */
export const defaultDisagreementPoints = 20;

/** Ranked scores of a movement's nominations that have at least one submitted review. */
export async function scoreNominations(options: { movementId: string; awardTitleId?: string; disagreementPoints?: number }): Promise<NominationScore[]> {
  const title = options.awardTitleId ? Prisma.sql`AND n."awardTitleId" = ${options.awardTitleId}::uuid` : Prisma.empty;
  const disagreement = options.disagreementPoints ?? defaultDisagreementPoints;
  const rows = await db().$queryRaw<Omit<NominationScore, "needsDiscussion">[]>`
    WITH submitted AS (
      SELECT r.id, r."nominationId"
      FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId"
      WHERE n."movementId" = ${options.movementId}::uuid AND r.status = 'SUBMITTED' ${title}
    ),
    review_scores AS (
      SELECT s."nominationId", s.id AS "reviewId", c.id AS "criterionId", c.weight, c."maxScore", sc.score
      FROM submitted s
      JOIN "ReviewScore" sc ON sc."reviewId" = s.id
      JOIN "Criterion" c ON c.id = sc."criterionId"
    ),
    weighted AS (
      SELECT "nominationId", SUM(weight * mean / "maxScore") AS score
      FROM (SELECT "nominationId", "criterionId", weight, "maxScore", AVG(score) AS mean FROM review_scores GROUP BY 1, 2, 3, 4) per_criterion
      GROUP BY "nominationId"
    ),
    per_review AS (
      SELECT "nominationId", SUM(weight * score / "maxScore") AS score FROM review_scores GROUP BY "nominationId", "reviewId"
    ),
    agreement AS (
      SELECT "nominationId", COUNT(*)::int AS reviews, MAX(score) - MIN(score) AS spread FROM per_review GROUP BY "nominationId"
    )
    SELECT n.id::text AS "nominationId", n."awardTitleId"::text AS "awardTitleId", n."unitId"::text AS "unitId", n."nomineeName",
           ROUND(w.score, 2)::float8 AS score, a.reviews, ROUND(a.spread, 2)::float8 AS spread,
           RANK() OVER (PARTITION BY n."awardTitleId" ORDER BY ROUND(w.score, 2) DESC)::int AS rank
    FROM "Nomination" n
    JOIN weighted w ON w."nominationId" = n.id
    JOIN agreement a ON a."nominationId" = n.id
    ORDER BY n."awardTitleId", rank, n."nomineeName"`;
  return rows.map((row) => ({ ...row, needsDiscussion: row.spread >= disagreement }));
}
