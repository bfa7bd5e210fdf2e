-- CreateEnum
CREATE TYPE "SecretCheckKind" AS ENUM ('SIGN_IN', 'CURRENT_PASSWORD', 'SECOND_FACTOR');

-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "kind" "SecretCheckKind" NOT NULL DEFAULT 'SIGN_IN';
