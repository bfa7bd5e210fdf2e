-- A level row carries its dossier's title and nominating unit and whether it belongs to the
-- dossier's live submission, so a level's inbox, the organiser's overview and allotment use
-- read NominationLevel alone (decision 0012). Existing rows are filled from their dossiers.

-- DropIndex
DROP INDEX "Nomination_nominatingUnitId_idx";

-- DropIndex
DROP INDEX "NominationLevel_unitId_movementId_state_idx";

-- AlterTable
ALTER TABLE "NominationLevel" ADD COLUMN     "awardTitleId" UUID,
ADD COLUMN     "isCurrent" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "nominatingUnitId" UUID;

-- Backfill: current = the dossier's present submission, not withdrawn, and (when it was returned) only the returning level's row.
UPDATE "NominationLevel" l
SET "awardTitleId" = n."awardTitleId",
    "nominatingUnitId" = n."nominatingUnitId",
    "isCurrent" = l.cycle = n."routeCycle" AND n.status <> 'WITHDRAWN' AND (n.status <> 'RETURNED' OR l.state = 'RETURNED')
FROM "Nomination" n
WHERE n.id = l."nominationId";

ALTER TABLE "NominationLevel" ALTER COLUMN "awardTitleId" SET NOT NULL,
ALTER COLUMN "nominatingUnitId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Nomination_nominatingUnitId_movementId_idx" ON "Nomination"("nominatingUnitId", "movementId");

-- CreateIndex
CREATE INDEX "NominationLevel_movementId_unitId_isCurrent_state_awardTitl_idx" ON "NominationLevel"("movementId", "unitId", "isCurrent", "state", "awardTitleId");

-- AddForeignKey
ALTER TABLE "NominationLevel" ADD CONSTRAINT "NominationLevel_awardTitleId_fkey" FOREIGN KEY ("awardTitleId") REFERENCES "AwardTitle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationLevel" ADD CONSTRAINT "NominationLevel_nominatingUnitId_fkey" FOREIGN KEY ("nominatingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
