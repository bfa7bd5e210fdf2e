-- CreateIndex
CREATE INDEX "Nomination_nomineeNameSearch_idx" ON "Nomination" USING GIN ("nomineeNameSearch" gin_trgm_ops);
