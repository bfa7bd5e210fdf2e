// The minutes (biên bản) a level attaches to its council's consideration: a PDF, checked by its
// content like the dossiers' evidence, and stored before the consideration that names it.
import { db } from "../db";
import { canActAtLevel, canActForUnit } from "../policy";
import type { Actor } from "../session";
import { fileStorage, StoredFileMissingError } from "../storage";
import { uploadedFileName } from "../storage/file-names";
import { inspectFile, type FileRefusal } from "../storage/file-types";
import type { StoredMinutes } from "./forward";

/** The largest minutes file (a scanned, signed biên bản). */
export const maxMinutesBytes = 10 * 1024 * 1024;

/** Stores the form's minutes file, if one was chosen; a file that is not a readable PDF within the limit is refused. */
export async function storeMinutes(
  file: FormDataEntryValue | null,
): Promise<{ stored: StoredMinutes | null } | { refusal: FileRefusal }> {
  if (!(file instanceof File) || file.size === 0) return { stored: null };
  if (file.size > maxMinutesBytes) return { refusal: "fileTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const inspected = await inspectFile(bytes, { allowed: ["pdf"], maxBytes: maxMinutesBytes });
  if ("refusal" in inspected) return { refusal: inspected.refusal };
  const name = uploadedFileName(file.name, "bien-ban.pdf");
  return {
    stored: {
      key: await fileStorage().put(bytes),
      name: name.toLowerCase().endsWith(".pdf") ? name : `${name}.pdf`,
      size: bytes.length,
    },
  };
}

/**
 * The minutes of consideration `considerationId`, for those who may read a level's record: its
 * own officers, the officers of the units above it, administrators. Null for anyone else.
 */
export async function openMinutes(options: { actor: Actor | null; considerationId: string }) {
  const row = await db().levelConsideration.findUnique({
    where: { id: options.considerationId },
    select: { minutesKey: true, minutesName: true, minutesSize: true, unit: { select: { id: true, path: true } } },
  });
  if (!row?.minutesKey || !row.minutesName) return null;
  const { actor } = options;
  if (!canActAtLevel(actor, row.unit.id) && !canActForUnit(actor, row.unit.path)) return null;
  try {
    return { name: row.minutesName, size: row.minutesSize ?? 0, stream: await fileStorage().stream(row.minutesKey) };
  } catch (error) {
    if (error instanceof StoredFileMissingError) return null;
    throw error;
  }
}
