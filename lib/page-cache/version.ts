// The public pages' version, as the database has it now. Triggers bump it when a roster or
// profile could change (migration page_cache_version), whoever writes: the app, an import
// script or a test.

/**
 * Reads through `query`, sharing reads between concurrent callers, but never a read that
 * started before the caller asked: a caller that arrives while a read runs waits for the
 * next one. So every answer is at least as new as the moment it was asked for (a page
 * committed before a request is never answered from an older cache).
 */
export function sharedReader<T>(query: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let following: Promise<T> | null = null;
  const read = (): Promise<T> => {
    if (!running) {
      running = query().finally(() => {
        running = null;
      });
      return running;
    }
    following ??= running
      .catch(() => undefined)
      .then(() => {
        following = null;
        return read();
      });
    return following;
  };
  return read;
}
