// The default file store: plain files under one directory on local disk. Keys are random
// ("ab/<uuid>") so no user-chosen name ever reaches the file system.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { StoredFileMissingError, type FileStorage } from "./file-storage";

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    // Keys come from our database, but a key is still never allowed to leave the root.
    if (!keyPattern.test(key)) throw new StoredFileMissingError(key);
    return path.join(this.root, key);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const target = this.pathOf(key);
    const partial = path.join(this.root, "partial", `${id}.part`);
    await mkdir(path.dirname(target), { recursive: true });
    await mkdir(path.dirname(partial), { recursive: true });
    // Written and flushed under a temporary name, then renamed: a crash leaves only a ".part" file.
    const handle = await open(partial, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
    return key;
  }

  async stream(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) throw new StoredFileMissingError(key);
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
