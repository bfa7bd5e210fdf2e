-- CreateEnum
CREATE TYPE "NominationFileKind" AS ENUM ('EVIDENCE', 'PORTRAIT');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('NOMINATION_RETURNED', 'NOMINATION_SHORTLISTED', 'NOMINATION_APPROVED', 'NOMINATION_REJECTED');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "headcount" INTEGER;

-- AlterTable
ALTER TABLE "AwardTitle" ADD COLUMN     "excludesDisciplined" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "maxAbsenceDays" INTEGER,
ADD COLUMN     "minServiceMonths" INTEGER,
ADD COLUMN     "quotaPerUnitPercent" INTEGER,
ADD COLUMN     "requiredPriorTitle" TEXT;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "absenceDays" INTEGER,
ADD COLUMN     "disciplined" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "identityKey" TEXT,
ADD COLUMN     "serviceMonths" INTEGER;

-- CreateTable
CREATE TABLE "NominationPriorRecognition" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "decisionRef" TEXT,

    CONSTRAINT "NominationPriorRecognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationFile" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "kind" "NominationFileKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "NominationFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationVersion" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NominationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "nominationId" UUID,
    "params" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationImport" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'RUNNING',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "refusedCount" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "NominationImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NominationPriorRecognition_nominationId_position_key" ON "NominationPriorRecognition"("nominationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "NominationFile_storageKey_key" ON "NominationFile"("storageKey");

-- CreateIndex
CREATE INDEX "NominationFile_nominationId_removedAt_idx" ON "NominationFile"("nominationId", "removedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NominationVersion_nominationId_number_key" ON "NominationVersion"("nominationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "NominationVersion_nominationId_fromVersion_key" ON "NominationVersion"("nominationId", "fromVersion");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "NominationImport_createdById_createdAt_idx" ON "NominationImport"("createdById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_movementId_awardTitleId_unitId_identityKey_key" ON "Nomination"("movementId", "awardTitleId", "unitId", "identityKey");

-- AddForeignKey
ALTER TABLE "NominationPriorRecognition" ADD CONSTRAINT "NominationPriorRecognition_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationFile" ADD CONSTRAINT "NominationFile_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationFile" ADD CONSTRAINT "NominationFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationVersion" ADD CONSTRAINT "NominationVersion_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationVersion" ADD CONSTRAINT "NominationVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationImport" ADD CONSTRAINT "NominationImport_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationImport" ADD CONSTRAINT "NominationImport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationImport" ADD CONSTRAINT "NominationImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
