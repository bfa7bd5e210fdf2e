-- CreateTable
CREATE TABLE "PageCacheVersion" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PageCacheVersion_pkey" PRIMARY KEY ("name")
);

INSERT INTO "PageCacheVersion" ("name", "version") VALUES ('public', 1);

-- Bumps the public pages' version once per transaction. Deferred to commit, so the version row is
-- locked only for the instant before the commit (no deadlock with the transaction's other locks),
-- and a reader sees the new version exactly when it can see the new rows.
CREATE FUNCTION page_cache_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('vinh_danh.page_cache_bumped', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('vinh_danh.page_cache_bumped', 'on', true);
    INSERT INTO "PageCacheVersion" ("name", "version") VALUES ('public', 1)
      ON CONFLICT ("name") DO UPDATE SET "version" = "PageCacheVersion"."version" + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Honoree_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Honoree"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Decision_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Decision"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Movement_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Movement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "AwardTitle_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "AwardTitle"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Unit_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Unit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
