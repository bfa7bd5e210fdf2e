// The app's file store: local disk under UPLOAD_DIR. An S3-compatible store would be chosen
// here, behind the same FileStorage interface, without touching its callers.
import { env } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalFileStorage } from "./local-file-storage";

export type { FileStorage } from "./file-storage";
export { StoredFileMissingError } from "./file-storage";

const globalForStorage = globalThis as unknown as { fileStorage?: FileStorage };

/** The shared file store of this process (tests point UPLOAD_DIR at a scratch folder). */
export function fileStorage(): FileStorage {
  globalForStorage.fileStorage ??= new LocalFileStorage(env().UPLOAD_DIR);
  return globalForStorage.fileStorage;
}
