// Matrix fixtures for dossier files: a draft nomination of unit A (in a movement of its own)
// with one evidence PDF whose bytes are in the store the app under test reads.
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { defaultUploadDir } from "../../../lib/env";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { LocalFileStorage } from "../../../lib/storage/local-file-storage";
import { toSearchText } from "../../../lib/text/search-text";
import { pdf } from "../../../scripts/test/sample-files";

const projectRoot = path.resolve(import.meta.dirname, "../../..");

/** The app's file store as the server started by playwright.config.ts sees it (it runs in the project root). */
export function appFileStorage(): LocalFileStorage {
  return new LocalFileStorage(path.resolve(projectRoot, process.env.UPLOAD_DIR ?? defaultUploadDir));
}

export interface FileFixtures {
  nominationId: string;
  fileId: string;
}

/** A draft nomination of a person of unit A, and an evidence file of it (bytes stored). */
export async function createFileFixtures(
  db: PrismaClient,
  options: { run: string; parentId: string; unitAId: string; officerAId: string },
): Promise<FileFixtures> {
  const movement = await db.movement.create({
    data: {
      code: `MX-files-${options.run}`,
      name: `Phong trào ma trận tệp ${options.run}`,
      description: "Phong trào dùng cho kiểm thử phân quyền tệp hồ sơ.",
      organizingUnitId: options.parentId,
      coverageUnitId: options.parentId,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2030-12-31"),
      status: "OPEN",
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
    },
    include: { awardTitles: true },
  });
  const nomineeName = `Người được đề nghị ma trận ${options.run}`;
  const nomination = await db.nomination.create({
    data: {
      movementId: movement.id,
      awardTitleId: movement.awardTitles[0]!.id,
      unitId: options.unitAId,
      nominatingUnitId: options.unitAId,
      createdById: options.officerAId,
      nomineeKind: "INDIVIDUAL",
      nomineeName,
      nomineeNameSearch: toSearchText(nomineeName),
    },
  });
  const file = await storedEvidence(db, nomination.id, options.officerAId);
  return { nominationId: nomination.id, fileId: file.id };
}

/** An evidence PDF of `nominationId`, its bytes in the app's store. */
export async function storedEvidence(db: PrismaClient, nominationId: string, uploadedById: string) {
  const bytes = pdf(`Minh chung ${randomUUID()}`);
  return db.nominationFile.create({
    data: {
      nominationId,
      kind: "EVIDENCE",
      storageKey: await appFileStorage().put(bytes),
      fileName: "Minh chứng ma trận.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById,
    },
  });
}
