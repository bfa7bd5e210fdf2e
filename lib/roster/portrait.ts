// An honoree's portrait, for whoever may see the profile (the same rule: lib/roster/queries.ts
// viewableHonoreesWhere + canViewHonoree). Only images are served, whatever the file row says.
import type { Readable } from "node:stream";
import { db } from "../db";
import type { Actor } from "../session";
import { logger } from "../logger";
import { isUuid } from "../ids";
import { fileKinds } from "../storage/file-types";
import { fileStorage, StoredFileMissingError } from "../storage";
import { viewableHonoreesWhere } from "./queries";
import { canViewHonoree } from "./visibility";

const portraitTypes = new Set<string>([fileKinds.jpg, fileKinds.png]);

export interface HonoreePortrait {
  stream: Readable;
  mimeType: string;
  sizeBytes: number;
  /** On the public roster: the same bytes for everyone, so shared caches may keep them. */
  isPublic: boolean;
}

/** The portrait of honoree `id` as a stream, or null when there is none or `actor` may not see the profile. */
export async function openHonoreePortrait(actor: Actor | null, id: string): Promise<HonoreePortrait | null> {
  if (!isUuid(id)) return null;
  const row = await db().honoree.findFirst({
    where: { AND: [{ id }, viewableHonoreesWhere(actor)] },
    select: {
      listedFor: true,
      unit: { select: { path: true } },
      portraitFile: { select: { storageKey: true, mimeType: true, sizeBytes: true } },
    },
  });
  if (!row?.portraitFile || !canViewHonoree(actor, { listedFor: row.listedFor, unitPath: row.unit.path })) return null;
  const file = row.portraitFile;
  if (!portraitTypes.has(file.mimeType)) return null;
  try {
    const stream = await fileStorage().stream(file.storageKey);
    return { stream, mimeType: file.mimeType, sizeBytes: file.sizeBytes, isPublic: row.listedFor === "PUBLIC" };
  } catch (error) {
    if (!(error instanceof StoredFileMissingError)) throw error;
    logger.error({ honoreeId: id, storageKey: file.storageKey }, "stored portrait missing");
    return null;
  }
}
