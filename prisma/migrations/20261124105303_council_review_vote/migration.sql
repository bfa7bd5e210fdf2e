-- CreateEnum
CREATE TYPE "VoteStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('FEEDBACK', 'OBJECTION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'NOMINATION_NOT_SELECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'NOMINATION_HONOURED';
ALTER TYPE "NotificationKind" ADD VALUE 'REVIEWS_ASSIGNED';

-- DropForeignKey
ALTER TABLE "CouncilVote" DROP CONSTRAINT "CouncilVote_nominationId_fkey";

-- DropForeignKey
ALTER TABLE "CouncilVote" DROP CONSTRAINT "CouncilVote_memberId_fkey";

-- DropIndex
DROP INDEX "CouncilVote_nominationId_memberId_key";

-- AlterTable
ALTER TABLE "Movement" ADD COLUMN     "calibrateScores" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "disagreementPoints" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "postingAudience" "Visibility" NOT NULL DEFAULT 'STAFF',
ADD COLUMN     "reviewersPerNomination" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "AwardTitle" ADD COLUMN     "thresholdStrict" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "assignedById" UUID;

-- The old per-member votes named their voter: they cannot become secret ballots, so they go.
DELETE FROM "CouncilVote";

-- AlterTable
ALTER TABLE "CouncilVote" DROP COLUMN "castAt",
DROP COLUMN "choice",
DROP COLUMN "memberId",
DROP COLUMN "nominationId",
ADD COLUMN     "ballotKey" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedById" UUID,
ADD COLUMN     "membership" INTEGER NOT NULL,
ADD COLUMN     "movementId" UUID NOT NULL,
ADD COLUMN     "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "openedById" UUID NOT NULL,
ADD COLUMN     "quorumPercent" INTEGER,
ADD COLUMN     "status" "VoteStatus" NOT NULL DEFAULT 'OPEN';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "addedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRecusal" (
    "id" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewRecusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "day" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicHoliday_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "ShortlistPosting" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "audience" "Visibility" NOT NULL,
    "startsOn" DATE NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "postedById" UUID NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortlistPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingFeedback" (
    "id" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolution" TEXT,
    "resolvedById" UUID,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PostingFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoterRegister" (
    "id" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "writtenRecordedById" UUID,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoterRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "voterKey" TEXT,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteTally" (
    "id" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "nominationId" UUID NOT NULL,
    "approvals" INTEGER NOT NULL,
    "rejections" INTEGER NOT NULL,
    "abstentions" INTEGER NOT NULL,
    "approved" BOOLEAN NOT NULL,

    CONSTRAINT "VoteTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionCorrection" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CouncilMember_userId_idx" ON "CouncilMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMember_movementId_userId_key" ON "CouncilMember"("movementId", "userId");

-- CreateIndex
CREATE INDEX "ReviewRecusal_reviewerId_idx" ON "ReviewRecusal"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRecusal_nominationId_reviewerId_key" ON "ReviewRecusal"("nominationId", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistPosting_movementId_key" ON "ShortlistPosting"("movementId");

-- CreateIndex
CREATE INDEX "PostingFeedback_nominationId_createdAt_idx" ON "PostingFeedback"("nominationId", "createdAt");

-- CreateIndex
CREATE INDEX "PostingFeedback_movementId_kind_resolvedAt_idx" ON "PostingFeedback"("movementId", "kind", "resolvedAt");

-- CreateIndex
CREATE INDEX "VoterRegister_voteId_memberId_idx" ON "VoterRegister"("voteId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "VoterRegister_voteId_nominationId_memberId_key" ON "VoterRegister"("voteId", "nominationId", "memberId");

-- CreateIndex
CREATE INDEX "Ballot_voteId_nominationId_idx" ON "Ballot"("voteId", "nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_nominationId_voterKey_key" ON "Ballot"("nominationId", "voterKey");

-- CreateIndex
CREATE UNIQUE INDEX "VoteTally_nominationId_key" ON "VoteTally"("nominationId");

-- CreateIndex
CREATE INDEX "VoteTally_voteId_idx" ON "VoteTally"("voteId");

-- CreateIndex
CREATE INDEX "DecisionCorrection_decisionId_createdAt_idx" ON "DecisionCorrection"("decisionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewScore_criterionId_idx" ON "ReviewScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilVote_movementId_key" ON "CouncilVote"("movementId");

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRecusal" ADD CONSTRAINT "ReviewRecusal_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRecusal" ADD CONSTRAINT "ReviewRecusal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistPosting" ADD CONSTRAINT "ShortlistPosting_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistPosting" ADD CONSTRAINT "ShortlistPosting_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingFeedback" ADD CONSTRAINT "PostingFeedback_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingFeedback" ADD CONSTRAINT "PostingFeedback_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingFeedback" ADD CONSTRAINT "PostingFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingFeedback" ADD CONSTRAINT "PostingFeedback_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRegister" ADD CONSTRAINT "VoterRegister_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRegister" ADD CONSTRAINT "VoterRegister_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRegister" ADD CONSTRAINT "VoterRegister_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRegister" ADD CONSTRAINT "VoterRegister_writtenRecordedById_fkey" FOREIGN KEY ("writtenRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteTally" ADD CONSTRAINT "VoteTally_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteTally" ADD CONSTRAINT "VoteTally_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
