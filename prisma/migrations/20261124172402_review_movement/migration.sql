-- A review carries its nomination's movement, so the reviewer's queue counts and pages a
-- reviewer's thousands of reviews per movement from one index instead of looking up every
-- nomination (docs/PERFORMANCE.md, issue 8). Nullable for Prisma's writers, who never pass it:
-- a trigger sets it on every insert and change, whatever was given.

-- The new index starts with the old one's columns and replaces it.
-- DropIndex
DROP INDEX "Review_reviewerId_status_idx";

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "movementId" UUID;

CREATE FUNCTION review_movement_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "movementId" INTO NEW."movementId" FROM "Nomination" WHERE id = NEW."nominationId";
  RETURN NEW;
END
$$;

-- Reviews inserted from now on (also while the rows below are filled in).
CREATE TRIGGER "Review_movement" BEFORE INSERT OR UPDATE OF "nominationId" ON "Review"
  FOR EACH ROW EXECUTE FUNCTION review_movement_fill();

-- Existing reviews, in one rewrite of the table: 10.5 s for the 646,425 reviews of the national
-- bench dataset at load ≈ 7, where an UPDATE took 20–28 s.
CREATE FUNCTION review_movement_of(nomination uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT "movementId" FROM "Nomination" WHERE id = nomination
$$;
ALTER TABLE "Review" ALTER COLUMN "movementId" TYPE UUID USING review_movement_of("nominationId");
DROP FUNCTION review_movement_of(uuid);

-- Once filled, the column cannot be set by hand either (the trigger could not name it while the
-- rewrite above changed it).
CREATE OR REPLACE TRIGGER "Review_movement" BEFORE INSERT OR UPDATE OF "nominationId", "movementId" ON "Review"
  FOR EACH ROW EXECUTE FUNCTION review_movement_fill();

-- No code moves a nomination to another movement; should any, its reviews follow.
CREATE FUNCTION review_movement_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Review" SET "movementId" = NEW."movementId" WHERE "nominationId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Nomination_review_movement" AFTER UPDATE OF "movementId" ON "Nomination"
  FOR EACH ROW WHEN (OLD."movementId" IS DISTINCT FROM NEW."movementId") EXECUTE FUNCTION review_movement_follow();

-- CreateIndex
CREATE INDEX "Review_reviewerId_status_movementId_nominationId_idx" ON "Review"("reviewerId", "status", "movementId", "nominationId");
