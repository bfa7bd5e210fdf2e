-- CreateTable
CREATE TABLE "RankingVersion" (
    "movementId" UUID NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "RankingVersion_pkey" PRIMARY KEY ("movementId")
);

-- Bumps the ranking version of movement `m` once per transaction (a tx-local flag per movement).
-- Called from deferred triggers, so the version row is locked only for the instant before the
-- commit, and a reader sees the new version exactly when it can see the new rows. A movement
-- that no longer exists (a cascading delete) gets no row.
CREATE FUNCTION ranking_version_bump(m uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  flag text := 'vinh_danh.ranking_bumped_' || replace(m::text, '-', '');
BEGIN
  IF m IS NULL OR current_setting(flag, true) IS NOT DISTINCT FROM 'on' THEN
    RETURN;
  END IF;
  PERFORM set_config(flag, 'on', true);
  INSERT INTO "RankingVersion" ("movementId", "version")
    SELECT id, 1 FROM "Movement" WHERE id = m
    ON CONFLICT ("movementId") DO UPDATE SET "version" = "RankingVersion"."version" + 1;
END
$$;

-- A submitted review entering, leaving or changing: its nomination's movement.
CREATE FUNCTION ranking_version_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM ranking_version_bump((SELECT "movementId" FROM "Nomination" WHERE id = OLD."nominationId"));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM ranking_version_bump((SELECT "movementId" FROM "Nomination" WHERE id = NEW."nominationId"));
  END IF;
  RETURN NULL;
END
$$;

-- A nomination whose ranking facts (movement, title, unit, name) change, or that is deleted.
CREATE FUNCTION ranking_version_nomination() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ranking_version_bump(OLD."movementId");
  IF TG_OP = 'UPDATE' THEN
    PERFORM ranking_version_bump(NEW."movementId");
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Review_ranking_insert" AFTER INSERT ON "Review"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'SUBMITTED')
  EXECUTE FUNCTION ranking_version_review();
CREATE CONSTRAINT TRIGGER "Review_ranking_update" AFTER UPDATE ON "Review"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD.status = 'SUBMITTED' OR NEW.status = 'SUBMITTED')
        AND (OLD.status IS DISTINCT FROM NEW.status OR OLD."weightedScore" IS DISTINCT FROM NEW."weightedScore"
             OR OLD."nominationId" IS DISTINCT FROM NEW."nominationId" OR OLD."reviewerId" IS DISTINCT FROM NEW."reviewerId"))
  EXECUTE FUNCTION ranking_version_review();
CREATE CONSTRAINT TRIGGER "Review_ranking_delete" AFTER DELETE ON "Review"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'SUBMITTED')
  EXECUTE FUNCTION ranking_version_review();
CREATE CONSTRAINT TRIGGER "Nomination_ranking_update" AFTER UPDATE ON "Nomination"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."movementId" IS DISTINCT FROM NEW."movementId" OR OLD."awardTitleId" IS DISTINCT FROM NEW."awardTitleId"
        OR OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."nomineeName" IS DISTINCT FROM NEW."nomineeName")
  EXECUTE FUNCTION ranking_version_nomination();
CREATE CONSTRAINT TRIGGER "Nomination_ranking_delete" AFTER DELETE ON "Nomination"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ranking_version_nomination();
