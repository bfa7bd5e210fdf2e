// The cached pages: least recently used first out, bounded by their total size.
import { VersionedLru } from "../versioned-lru";

export interface CachedPage {
  /** The public pages' version the page was rendered at (lib/page-cache/version.ts). */
  version: string;
  html: string;
  /** The CSP nonce the page was rendered with; replaced by each response's own. */
  nonce: string;
  headers: [string, string][];
}

/** Pages by key, bounded by their bytes (UTF-16 length × 2 over-counts ASCII, which errs on the side of less memory). */
export class PageStore extends VersionedLru<CachedPage> {
  constructor(maxBytes: number) {
    super(maxBytes, (page) => page.html.length * 2);
  }

  get size(): number {
    return this.count;
  }

  get bytes(): number {
    return this.totalSize;
  }
}
