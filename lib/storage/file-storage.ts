// Where uploaded files live. One small interface so the local-disk store used by default can be
// swapped for an S3-compatible one without touching the nominations code.
import type { Readable } from "node:stream";

export interface FileStorage {
  /** Stores `bytes` under a new opaque key and returns the key. The file is complete or absent, never partial. */
  put(bytes: Uint8Array): Promise<string>;
  /** The stored bytes as a stream, for downloads; throws StoredFileMissingError when there is no such key. */
  stream(key: string): Promise<Readable>;
  /** Removes a file; removing a missing one is not an error (cleanup may run twice). */
  delete(key: string): Promise<void>;
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`stored file missing: ${key}`);
    this.name = "StoredFileMissingError";
  }
}
