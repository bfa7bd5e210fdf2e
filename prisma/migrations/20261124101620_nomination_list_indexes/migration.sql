-- CreateIndex
CREATE INDEX "Nomination_movementId_updatedAt_id_idx" ON "Nomination"("movementId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Nomination_movementId_awardTitleId_status_idx" ON "Nomination"("movementId", "awardTitleId", "status");

-- CreateIndex
CREATE INDEX "Nomination_movementId_unitId_awardTitleId_status_idx" ON "Nomination"("movementId", "unitId", "awardTitleId", "status");
