-- CreateEnum
CREATE TYPE "NominationRoute" AS ENUM ('DIRECT', 'LEVELS');

-- CreateEnum
CREATE TYPE "RouteLevelSelection" AS ENUM ('EVERY_OFFICER_UNIT', 'CHOSEN_UNITS');

-- CreateEnum
CREATE TYPE "LevelState" AS ENUM ('PENDING', 'ENDORSED', 'FORWARDED', 'RETURNED', 'NOT_FORWARDED');

-- CreateEnum
CREATE TYPE "RouteStepKind" AS ENUM ('SUBMITTED', 'ENDORSED', 'RETURNED', 'NOT_FORWARDED', 'FORWARDED', 'REACHED_ORGANISER', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'DOSSIER_AT_LEVEL';
ALTER TYPE "NotificationKind" ADD VALUE 'DOSSIER_ENDORSED';
ALTER TYPE "NotificationKind" ADD VALUE 'DOSSIER_FORWARDED';
ALTER TYPE "NotificationKind" ADD VALUE 'DOSSIER_NOT_FORWARDED';

-- AlterTable
ALTER TABLE "Movement" ADD COLUMN     "levelLeadWorkingDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "route" "NominationRoute" NOT NULL DEFAULT 'DIRECT',
ADD COLUMN     "routeSelection" "RouteLevelSelection" NOT NULL DEFAULT 'EVERY_OFFICER_UNIT';

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "levelSince" TIMESTAMP(3),
ADD COLUMN     "levelUnitId" UUID,
ADD COLUMN     "routeCycle" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "routeUnitIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateTable
CREATE TABLE "RouteUnit" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "isLevel" BOOLEAN NOT NULL DEFAULT true,
    "forwardBy" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RouteUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelAllotment" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "awardTitleId" UUID NOT NULL,
    "quota" INTEGER NOT NULL,
    "setById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LevelAllotment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationLevel" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "state" "LevelState" NOT NULL DEFAULT 'PENDING',
    "comment" TEXT,
    "rank" INTEGER,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NominationLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationStep" (
    "id" BIGSERIAL NOT NULL,
    "nominationId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL,
    "kind" "RouteStepKind" NOT NULL,
    "unitId" UUID NOT NULL,
    "toUnitId" UUID,
    "actorId" UUID,
    "comment" TEXT,
    "proposalId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NominationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelConsideration" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "membersPresent" INTEGER NOT NULL,
    "votesFor" INTEGER NOT NULL,
    "votesAgainst" INTEGER NOT NULL,
    "totalMembers" INTEGER NOT NULL,
    "note" TEXT,
    "minutesKey" TEXT,
    "minutesName" TEXT,
    "minutesSize" INTEGER,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelConsideration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelProposal" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "considerationId" UUID,
    "dossierCount" INTEGER NOT NULL,
    "forwardedById" UUID NOT NULL,
    "forwardedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RouteUnit_movementId_unitId_key" ON "RouteUnit"("movementId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "LevelAllotment_movementId_unitId_awardTitleId_key" ON "LevelAllotment"("movementId", "unitId", "awardTitleId");

-- CreateIndex
CREATE INDEX "NominationLevel_unitId_movementId_state_idx" ON "NominationLevel"("unitId", "movementId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "NominationLevel_nominationId_cycle_unitId_key" ON "NominationLevel"("nominationId", "cycle", "unitId");

-- CreateIndex
CREATE INDEX "NominationStep_nominationId_at_idx" ON "NominationStep"("nominationId", "at");

-- CreateIndex
CREATE INDEX "LevelConsideration_movementId_unitId_recordedAt_idx" ON "LevelConsideration"("movementId", "unitId", "recordedAt");

-- CreateIndex
CREATE INDEX "LevelProposal_movementId_unitId_idx" ON "LevelProposal"("movementId", "unitId");

-- CreateIndex
CREATE INDEX "Nomination_levelUnitId_idx" ON "Nomination"("levelUnitId");

-- CreateIndex
CREATE INDEX "Nomination_routeUnitIds_idx" ON "Nomination" USING GIN ("routeUnitIds");

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_levelUnitId_fkey" FOREIGN KEY ("levelUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteUnit" ADD CONSTRAINT "RouteUnit_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RouteUnit" ADD CONSTRAINT "RouteUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelAllotment" ADD CONSTRAINT "LevelAllotment_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelAllotment" ADD CONSTRAINT "LevelAllotment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelAllotment" ADD CONSTRAINT "LevelAllotment_awardTitleId_fkey" FOREIGN KEY ("awardTitleId") REFERENCES "AwardTitle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelAllotment" ADD CONSTRAINT "LevelAllotment_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationLevel" ADD CONSTRAINT "NominationLevel_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationLevel" ADD CONSTRAINT "NominationLevel_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationLevel" ADD CONSTRAINT "NominationLevel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationStep" ADD CONSTRAINT "NominationStep_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationStep" ADD CONSTRAINT "NominationStep_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationStep" ADD CONSTRAINT "NominationStep_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationStep" ADD CONSTRAINT "NominationStep_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationStep" ADD CONSTRAINT "NominationStep_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "LevelProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelConsideration" ADD CONSTRAINT "LevelConsideration_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelConsideration" ADD CONSTRAINT "LevelConsideration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelConsideration" ADD CONSTRAINT "LevelConsideration_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelProposal" ADD CONSTRAINT "LevelProposal_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelProposal" ADD CONSTRAINT "LevelProposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelProposal" ADD CONSTRAINT "LevelProposal_considerationId_fkey" FOREIGN KEY ("considerationId") REFERENCES "LevelConsideration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelProposal" ADD CONSTRAINT "LevelProposal_forwardedById_fkey" FOREIGN KEY ("forwardedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
