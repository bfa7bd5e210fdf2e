// What the app keeps in memory under a database version (the public pages, the rankings): an
// entry answers only at the version it was made at, least recently used entries go first, and
// the total size (in whatever unit `sizeOf` counts) stays within a bound.

export class VersionedLru<T extends { version: string }> {
  private readonly entries = new Map<string, { item: T; size: number }>();
  private total = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (item: T) => number,
  ) {}

  /** Entries kept. */
  get count(): number {
    return this.entries.size;
  }

  /** Their total size. */
  get totalSize(): number {
    return this.total;
  }

  /** The entry under `key` if made at `version`; one of another version is dropped. */
  get(key: string, version: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.item.version !== version) {
      this.total -= entry.size;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry.item;
  }

  /** Keeps `item` under `key` (nothing larger than the bound), dropping the least recently used past it. */
  set(key: string, item: T): void {
    const size = this.sizeOf(item);
    if (size > this.maxSize) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.total -= previous.size;
    }
    this.entries.set(key, { item, size });
    this.total += size;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.total <= this.maxSize) break;
      this.entries.delete(oldestKey);
      this.total -= oldest.size;
    }
  }
}
