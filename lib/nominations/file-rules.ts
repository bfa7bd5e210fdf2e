// What a dossier (hồ sơ) accepts as files, evidence (minh chứng) and the portrait, and why a
// file is refused. No server-only imports: the upload component applies the same limits
// before sending, so a file that is plainly too large is refused without uploading it.
import { DomainError } from "../errors";
import type { NominationFileKind } from "../generated/prisma/enums";
import type { FileKind } from "../storage/file-types";

const megabyte = 1024 * 1024;

/** The file types and size each kind of dossier file may have. */
export const nominationFileLimits = {
  EVIDENCE: { types: ["pdf", "jpg", "png", "docx", "xlsx"], maxBytes: 10 * megabyte },
  PORTRAIT: { types: ["jpg", "png"], maxBytes: 5 * megabyte },
} as const satisfies Record<NominationFileKind, { types: readonly FileKind[]; maxBytes: number }>;

/** All evidence files of one dossier together (removed ones do not count). */
export const maxEvidenceBytesPerNomination = 50 * megabyte;

/** The largest upload request read: the largest file plus room for the multipart envelope. */
export const maxUploadRequestBytes = nominationFileLimits.EVIDENCE.maxBytes + 64 * 1024;

export const nominationFileKinds = ["EVIDENCE", "PORTRAIT"] as const satisfies readonly NominationFileKind[];

/**
 * Why a file is refused, each a key of "nominationFiles.refusals": the content checks of
 * lib/storage/file-types.ts, the dossier's total, and a dossier no longer open to changes.
 */
export const nominationFileRefusals = [
  "fileEmpty",
  "fileTooLarge",
  "fileTypeNotAllowed",
  "fileCorrupt",
  "nominationFilesTooLarge",
  "notEditable",
] as const;
export type NominationFileRefusal = (typeof nominationFileRefusals)[number];

export class FileRefusedError extends DomainError {
  constructor(readonly reason: NominationFileRefusal) {
    super("invalid", `file refused: ${reason}`);
    this.name = "FileRefusedError";
  }
}

export function isNominationFileRefusal(value: unknown): value is NominationFileRefusal {
  return (nominationFileRefusals as readonly unknown[]).includes(value);
}

/** File name extensions of each type; the first is the one a name gets when it has none. */
export const fileExtensions: Record<FileKind, readonly string[]> = {
  pdf: [".pdf"],
  jpg: [".jpg", ".jpeg"],
  png: [".png"],
  docx: [".docx"],
  xlsx: [".xlsx"],
};

/** Short names of the types, as people know them. */
export const fileTypeLabels: Record<FileKind, string> = {
  pdf: "PDF",
  jpg: "JPEG",
  png: "PNG",
  docx: "DOCX",
  xlsx: "XLSX",
};

// As lib/storage/file-types.ts fileKinds, which cannot be imported here: it loads the content sniffer.
const mimeTypes: Record<FileKind, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The `accept` attribute of a file input for `kind`: extensions and MIME types. */
export function acceptAttribute(kind: NominationFileKind): string {
  const types = nominationFileLimits[kind].types;
  return [...types.flatMap((type) => fileExtensions[type]), ...types.map((type) => mimeTypes[type])].join(",");
}

/** The short type name of a stored MIME type ("PDF"), or the MIME type itself. */
export function fileTypeLabel(mimeType: string): string {
  const type = (Object.keys(mimeTypes) as FileKind[]).find((k) => mimeTypes[k] === mimeType);
  return type ? fileTypeLabels[type] : mimeType;
}

/** The values a refusal message names: the per-file limit, the dossier total (MB) and the types allowed. */
export function refusalValues(kind: NominationFileKind): { limit: number; total: number; allowed: string } {
  const { types, maxBytes } = nominationFileLimits[kind];
  return {
    limit: maxBytes / megabyte,
    total: maxEvidenceBytesPerNomination / megabyte,
    allowed: types.map((type) => fileTypeLabels[type]).join(", "),
  };
}

/**
 * The name a file is kept under: its own (already sanitized) name, with the extension of what
 * it really is, so a PNG sent as "anh.pdf" downloads as "anh.png" and opens.
 */
export function nameWithExtension(name: string, type: FileKind): string {
  const lower = name.toLowerCase();
  if (fileExtensions[type].some((extension) => lower.endsWith(extension))) return name;
  const known = Object.values(fileExtensions)
    .flat()
    .find((extension) => lower.endsWith(extension));
  const stem = known ? name.slice(0, -known.length) : name;
  return `${stem || "tep"}${fileExtensions[type][0]}`;
}
