-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "rosterAudience" "Visibility" NOT NULL DEFAULT 'PUBLIC';

-- AlterTable (the new required columns are filled from the nomination, decision, unit and
-- movement of each existing honoree before they become NOT NULL)
ALTER TABLE "Honoree" ADD COLUMN     "awardedOn" DATE,
ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "holderKey" TEXT,
ADD COLUMN     "listedFor" "Visibility",
ADD COLUMN     "portraitFileId" UUID,
ADD COLUMN     "revocationReference" TEXT,
ADD COLUMN     "revokedById" UUID,
ADD COLUMN     "searchText" TEXT;

-- Backfill: same rules as lib/roster/merit.ts (holderKeyOf) and lib/roster/search.ts (folding
-- as lib/text/search-text.ts does for precomposed Vietnamese).
UPDATE "Honoree" h SET
  "birthYear" = n."birthYear",
  "awardedOn" = d."issuedOn",
  "holderKey" = h.kind::text || '|' || h."unitId"::text || '|' || h."nameSearch" || '|' || coalesce(n."birthYear"::text, ''),
  "searchText" = trim(regexp_replace(lower(translate(h.name || ' ' || coalesce(h.position, '') || ' ' || u.name || ' ' || h.citation, 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '\s+', ' ', 'g')),
  "listedFor" = CASE WHEN h."publishedAt" IS NOT NULL AND h."revokedAt" IS NULL AND d."revokedAt" IS NULL THEN m.visibility END,
  "portraitFileId" = (SELECT f.id FROM "NominationFile" f WHERE f."nominationId" = h."nominationId" AND f.kind = 'PORTRAIT' AND f."removedAt" IS NULL ORDER BY f."createdAt" DESC LIMIT 1)
FROM "Nomination" n, "Decision" d, "Unit" u, "Movement" m
WHERE n.id = h."nominationId" AND d.id = h."decisionId" AND u.id = h."unitId" AND m.id = h."movementId";

UPDATE "Decision" d SET "publishedAt" = (SELECT max(h."publishedAt") FROM "Honoree" h WHERE h."decisionId" = d.id),
  "rosterAudience" = (SELECT m.visibility FROM "Movement" m WHERE m.id = d."movementId");

ALTER TABLE "Honoree" ALTER COLUMN "awardedOn" SET NOT NULL,
ALTER COLUMN "holderKey" SET NOT NULL,
ALTER COLUMN "searchText" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Honoree_holderKey_idx" ON "Honoree"("holderKey");

-- CreateIndex
CREATE INDEX "Honoree_listedFor_awardedOn_nameSearch_idx" ON "Honoree"("listedFor", "awardedOn" DESC, "nameSearch");

-- CreateIndex
CREATE INDEX "Honoree_listedFor_publishedAt_idx" ON "Honoree"("listedFor", "publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "Honoree" ADD CONSTRAINT "Honoree_portraitFileId_fkey" FOREIGN KEY ("portraitFileId") REFERENCES "NominationFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honoree" ADD CONSTRAINT "Honoree_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
