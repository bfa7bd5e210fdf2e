-- AlterTable
ALTER TABLE "Movement" ADD COLUMN     "copiedFromId" UUID;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Movement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
