// Files of a nomination dossier: evidence (minh chứng) and an optional portrait. Uploads are
// checked by content, bounded per file and per dossier, and kept for good: removing a file
// only marks it removed, because a submitted version may refer to it, and the files of a
// withdrawn or rejected nomination stay with it.
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { recordAudit } from "../audit";
import { db } from "../db";
import { forbidden, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { NominationFileKind, NominationStatus } from "../generated/prisma/enums";
import { logger } from "../logger";
import { canEditNomination, canViewNomination, hasRole, isWithinScopes, officerScopes } from "../policy";
import type { Actor } from "../session";
import { fileStorage, StoredFileMissingError } from "../storage";
import { uploadedFileName } from "../storage/file-names";
import { inspectFile } from "../storage/file-types";
import { FileRefusedError, maxEvidenceBytesPerNomination, nameWithExtension, nominationFileLimits } from "./file-rules";
import { lockNomination, type Tx } from "./locks";
import { visibleNominationsWhere } from "./scope";

export { FileRefusedError };

/** A dossier file as lists and the upload answer show it. */
export interface NominationFileSummary {
  id: string;
  kind: NominationFileKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
}

const summarySelect = {
  id: true,
  kind: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} satisfies Prisma.NominationFileSelect;

/**
 * Throws unless `actor` may change the files of `nomination`: an officer in scope is told the
 * dossier is no longer open to changes; anyone else who can see it (an administrator) is refused.
 */
function assertEditable(actor: Actor | null, nomination: { unitPath: string; status: NominationStatus }): void {
  if (canEditNomination(actor, nomination)) return;
  if (actor && isWithinScopes(nomination.unitPath, officerScopes(actor))) throw new FileRefusedError("notEditable");
  throw forbidden();
}

/** Locks the nomination FOR UPDATE (uploads, removals and submission queue on it) and checks `actor` may change its files. */
async function lockEditable(tx: Tx, actor: Actor | null, nominationId: string) {
  const nomination = await lockNomination(tx, nominationId);
  if (!nomination || !canViewNomination(actor, nomination)) throw notFoundError("nomination");
  assertEditable(actor, nomination);
  return nomination;
}

async function evidenceBytesInUse(client: Pick<Tx, "nominationFile">, nominationId: string): Promise<number> {
  const { _sum } = await client.nominationFile.aggregate({
    where: { nominationId, kind: "EVIDENCE", removedAt: null },
    _sum: { sizeBytes: true },
  });
  return _sum.sizeBytes ?? 0;
}

const auditOf = (file: {
  id: string;
  kind: NominationFileKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}) => ({
  fileId: file.id,
  kind: file.kind,
  fileName: file.fileName,
  mimeType: file.mimeType,
  sizeBytes: file.sizeBytes,
  sha256: file.sha256,
});

/**
 * Adds an evidence file or the portrait (replacing the previous one) to a draft or returned
 * dossier. Refuses with FileRefusedError a file that is empty, too large, of a type not
 * allowed (by content), cut off, or that would take the dossier's evidence past its total.
 */
export async function addNominationFile(options: {
  actor: Actor | null;
  nominationId: string;
  kind: NominationFileKind;
  fileName: string;
  bytes: Uint8Array;
}): Promise<NominationFileSummary> {
  const { actor, nominationId, kind, bytes } = options;
  if (!actor) throw notFoundError("nomination");
  // Checked before anything is stored; checked again under the lock below.
  const current = await db().nomination.findUnique({
    where: { id: nominationId },
    select: { status: true, unit: { select: { path: true } } },
  });
  const access = current && { status: current.status, unitPath: current.unit.path };
  if (!access || !canViewNomination(actor, access)) throw notFoundError("nomination");
  assertEditable(actor, access);
  const { types, maxBytes } = nominationFileLimits[kind];
  const inspected = await inspectFile(bytes, { allowed: types, maxBytes });
  if ("refusal" in inspected) throw new FileRefusedError(inspected.refusal);
  const isOverTotal = async (client: Pick<Tx, "nominationFile">) =>
    kind === "EVIDENCE" &&
    (await evidenceBytesInUse(client, nominationId)) + bytes.length > maxEvidenceBytesPerNomination;
  if (await isOverTotal(db())) throw new FileRefusedError("nominationFilesTooLarge");

  const fileName = nameWithExtension(uploadedFileName(options.fileName), inspected.kind);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // The bytes go first: a row never points at a file that is not there.
  const storageKey = await fileStorage().put(bytes);
  try {
    return await db().$transaction(async (tx) => {
      await lockEditable(tx, actor, nominationId);
      // Under the lock, so two uploads at once cannot both fit into the last megabytes.
      if (await isOverTotal(tx)) throw new FileRefusedError("nominationFilesTooLarge");
      if (kind === "PORTRAIT") await removePortraits(tx, actor.id, nominationId);
      const file = await tx.nominationFile.create({
        data: {
          nominationId,
          kind,
          storageKey,
          fileName,
          mimeType: inspected.mime,
          sizeBytes: bytes.length,
          sha256,
          uploadedById: actor.id,
        },
        select: summarySelect,
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "nomination.file_added",
          objectType: "Nomination",
          objectId: nominationId,
          after: auditOf({ ...file, sha256 }),
        },
        tx,
      );
      return file;
    });
  } catch (error) {
    await fileStorage()
      .delete(storageKey)
      .catch((cleanup: unknown) =>
        logger.warn(
          { err: cleanup instanceof Error ? cleanup.message : String(cleanup), storageKey },
          "stored upload not cleaned up",
        ),
      );
    throw error;
  }
}

/** A new portrait replaces the current one, which is kept as removed. */
async function removePortraits(tx: Tx, actorId: string, nominationId: string): Promise<void> {
  const previous = await tx.nominationFile.findMany({
    where: { nominationId, kind: "PORTRAIT", removedAt: null },
    select: { ...summarySelect, sha256: true },
  });
  if (previous.length === 0) return;
  await tx.nominationFile.updateMany({
    where: { id: { in: previous.map((f) => f.id) } },
    data: { removedAt: new Date() },
  });
  for (const file of previous) {
    await recordAudit(
      {
        actorId,
        action: "nomination.file_removed",
        objectType: "Nomination",
        objectId: nominationId,
        before: auditOf(file),
      },
      tx,
    );
  }
}

/** Removes a file from a draft or returned dossier: marked removed, bytes and row kept. Removing it twice is not an error. */
export async function removeNominationFile(options: {
  actor: Actor | null;
  fileId: string;
}): Promise<{ nominationId: string }> {
  const { actor, fileId } = options;
  const found =
    actor && (await db().nominationFile.findUnique({ where: { id: fileId }, select: { nominationId: true } }));
  if (!actor || !found) throw notFoundError("file");
  return db().$transaction(async (tx) => {
    await lockEditable(tx, actor, found.nominationId);
    const file = await tx.nominationFile.findUniqueOrThrow({
      where: { id: fileId },
      select: { ...summarySelect, sha256: true, removedAt: true },
    });
    if (file.removedAt) return { nominationId: found.nominationId };
    await tx.nominationFile.update({ where: { id: fileId }, data: { removedAt: new Date() } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "nomination.file_removed",
        objectType: "Nomination",
        objectId: found.nominationId,
        before: auditOf(file),
      },
      tx,
    );
    return { nominationId: found.nominationId };
  });
}

/** A dossier's current files with what its viewer needs to show them, or null when `actor` may not see it. */
export async function getNominationFiles(options: { actor: Actor | null; nominationId: string }): Promise<{
  nomination: { id: string; nomineeName: string; status: NominationStatus };
  files: NominationFileSummary[];
  canEdit: boolean;
} | null> {
  const where = visibleNominationsWhere(options.actor);
  if (!where) return null;
  const row = await db().nomination.findFirst({
    where: { AND: [{ id: options.nominationId }, where] },
    select: {
      id: true,
      nomineeName: true,
      status: true,
      unit: { select: { path: true } },
      files: { where: { removedAt: null }, select: summarySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row || !canViewNomination(options.actor, { unitPath: row.unit.path })) return null;
  return {
    nomination: { id: row.id, nomineeName: row.nomineeName, status: row.status },
    files: row.files,
    canEdit: canEditNomination(options.actor, { unitPath: row.unit.path, status: row.status }),
  };
}

/** The current (not removed) files of a dossier, or null when `actor` may not see it. */
export async function listNominationFiles(options: {
  actor: Actor | null;
  nominationId: string;
}): Promise<NominationFileSummary[] | null> {
  return (await getNominationFiles(options))?.files ?? null;
}

/**
 * A file's bytes for download, or null when there is no such file or `actor` may not see its
 * dossier (the caller answers both the same way). Removed files stay downloadable by those
 * who may see the dossier: they belong to its history, and a submitted version may list them.
 */
export async function openNominationFileForDownload(options: {
  actor: Actor | null;
  fileId: string;
}): Promise<{ stream: Readable; fileName: string; mimeType: string; sizeBytes: number } | null> {
  const { actor } = options;
  // Reviewers see the dossiers assigned to them (and read their evidence while scoring).
  const reviewerId = actor && hasRole(actor, "REVIEWER") ? actor.id : null;
  const scope = visibleNominationsWhere(actor);
  const assigned = reviewerId ? { reviews: { some: { reviewerId } } } : null;
  if (!scope && !assigned) return null;
  const file = await db().nominationFile.findFirst({
    // Prisma matches nothing with OR: [{}], so the administrators' "everything" ({}) stands alone.
    where: {
      id: options.fileId,
      nomination:
        scope && assigned && Object.keys(scope).length > 0
          ? { OR: [scope, assigned] }
          : (scope ?? assigned ?? undefined),
    },
    select: {
      storageKey: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      nominationId: true,
      nomination: { select: { unit: { select: { path: true } } } },
    },
  });
  if (!file) return null;
  const isAssigned =
    reviewerId !== null && (await db().review.count({ where: { nominationId: file.nominationId, reviewerId } })) > 0;
  if (!canViewNomination(actor, { unitPath: file.nomination.unit.path, reviewerIds: isAssigned ? [reviewerId] : [] }))
    return null;
  try {
    const stream = await fileStorage().stream(file.storageKey);
    return { stream, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes };
  } catch (error) {
    if (!(error instanceof StoredFileMissingError)) throw error;
    logger.error({ fileId: options.fileId, storageKey: file.storageKey }, "stored file missing");
    return null;
  }
}
