-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "weightedScore" DOUBLE PRECISION;

-- A review's weighted score from its scores: Σ weight × score ÷ maximum, in float8 as the ranking
-- has always summed it. Statement-level triggers with transition tables recompute only the
-- reviews a statement touched, once per statement (a bulk insert of scores costs one UPDATE).
CREATE FUNCTION review_weighted_score_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Review" r
  SET "weightedScore" = (
    SELECT SUM(c."weight"::float8 / c."maxScore" * sc."score"::float8)
    FROM "ReviewScore" sc JOIN "Criterion" c ON c."id" = sc."criterionId"
    WHERE sc."reviewId" = r."id"
  )
  WHERE r."id" IN (SELECT "reviewId" FROM changed_scores);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ReviewScore_weighted_insert" AFTER INSERT ON "ReviewScore"
  REFERENCING NEW TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION review_weighted_score_refresh();
CREATE TRIGGER "ReviewScore_weighted_update" AFTER UPDATE ON "ReviewScore"
  REFERENCING NEW TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION review_weighted_score_refresh();
CREATE TRIGGER "ReviewScore_weighted_delete" AFTER DELETE ON "ReviewScore"
  REFERENCING OLD TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION review_weighted_score_refresh();

-- Existing reviews.
UPDATE "Review" r
SET "weightedScore" = t.score
FROM (
  SELECT sc."reviewId", SUM(c."weight"::float8 / c."maxScore" * sc."score"::float8) AS score
  FROM "ReviewScore" sc JOIN "Criterion" c ON c."id" = sc."criterionId"
  GROUP BY sc."reviewId"
) t
WHERE r."id" = t."reviewId";

-- The ranking's read of a title's submitted reviews, from the index alone (raw SQL: the schema
-- cannot say INCLUDE or WHERE; schema diffs compare schema files, so later migrations keep it).
CREATE INDEX "Review_submitted_scores_idx" ON "Review" ("nominationId") INCLUDE ("reviewerId", "weightedScore") WHERE "status" = 'SUBMITTED';
