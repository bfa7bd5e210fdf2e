-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "Honoree_listedFor_awardedOn_nameSearch_idx";

-- CreateIndex
CREATE INDEX "Honoree_listedFor_awardedOn_nameSearch_id_idx" ON "Honoree"("listedFor", "awardedOn" DESC, "nameSearch", "id");

-- CreateIndex
CREATE INDEX "Honoree_searchText_idx" ON "Honoree" USING GIN ("searchText" gin_trgm_ops);
