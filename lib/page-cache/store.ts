// The cached pages: least recently used first out, bounded by their total size.

export interface CachedPage {
  /** The public pages' version the page was rendered at (lib/page-cache/version.ts). */
  version: string;
  html: string;
  /** The CSP nonce the page was rendered with; replaced by each response's own. */
  nonce: string;
  headers: [string, string][];
}

export class PageStore {
  private readonly pages = new Map<string, CachedPage & { bytes: number }>();
  private totalBytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** The page under `key` if rendered at `version`; a page of another version is dropped. */
  get(key: string, version: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (page.version !== version) {
      this.totalBytes -= page.bytes;
      return undefined;
    }
    this.pages.set(key, page); // most recently used last
    return page;
  }

  set(key: string, page: CachedPage): void {
    // UTF-16 length × 2 over-counts ASCII, which errs on the side of less memory.
    const bytes = page.html.length * 2;
    if (bytes > this.maxBytes) return;
    const previous = this.pages.get(key);
    if (previous) {
      this.pages.delete(key);
      this.totalBytes -= previous.bytes;
    }
    this.pages.set(key, { ...page, bytes });
    this.totalBytes += bytes;
    for (const [oldestKey, oldest] of this.pages) {
      if (this.totalBytes <= this.maxBytes) break;
      this.pages.delete(oldestKey);
      this.totalBytes -= oldest.bytes;
    }
  }
}
