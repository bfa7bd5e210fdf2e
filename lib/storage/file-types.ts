// Uploaded files are recognised by their content (magic bytes and structure), never by the name
// or the type the browser claims: a renamed executable is refused, and so is a truncated PDF.
import { fileTypeFromBuffer } from "file-type";

export const fileKinds = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type FileKind = keyof typeof fileKinds;

export type FileRefusal = "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed" | "fileCorrupt";

const endsWith = (bytes: Uint8Array, marker: number[], within: number) => {
  const tail = bytes.subarray(Math.max(0, bytes.length - within));
  outer: for (let i = tail.length - marker.length; i >= 0; i--) {
    for (let j = 0; j < marker.length; j++) if (tail[i + j] !== marker[j]) continue outer;
    return true;
  }
  return false;
};

/** A complete file of its kind ends with its closing marker; a cut-off upload does not. */
const isComplete: Record<FileKind, (bytes: Uint8Array) => boolean> = {
  // "%%EOF", possibly followed by a line break or padding.
  pdf: (bytes) => endsWith(bytes, [0x25, 0x25, 0x45, 0x4f, 0x46], 1024),
  // End Of Image marker.
  jpg: (bytes) => endsWith(bytes, [0xff, 0xd9], 64),
  // The IEND chunk.
  png: (bytes) => endsWith(bytes, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], 64),
  // ZIP containers end with the end-of-central-directory record (after at most a 64 KiB comment).
  docx: (bytes) => endsWith(bytes, [0x50, 0x4b, 0x05, 0x06], 65_557),
  xlsx: (bytes) => endsWith(bytes, [0x50, 0x4b, 0x05, 0x06], 65_557),
};

/**
 * What kind of file `bytes` is, if it is one of `allowed` and complete; otherwise why it is
 * refused. `maxBytes` bounds the size.
 */
export async function inspectFile(
  bytes: Uint8Array,
  options: { allowed: readonly FileKind[]; maxBytes: number },
): Promise<{ kind: FileKind; mime: string } | { refusal: FileRefusal }> {
  if (bytes.length === 0) return { refusal: "fileEmpty" };
  if (bytes.length > options.maxBytes) return { refusal: "fileTooLarge" };
  const detected = await fileTypeFromBuffer(bytes);
  const kind = (Object.keys(fileKinds) as FileKind[]).find((k) => fileKinds[k] === detected?.mime);
  if (!kind || !options.allowed.includes(kind)) return { refusal: "fileTypeNotAllowed" };
  if (!isComplete[kind](bytes)) return { refusal: "fileCorrupt" };
  return { kind, mime: fileKinds[kind] };
}
