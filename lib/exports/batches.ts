// Streamed exports (the roster's and the nominations' xlsx/csv) send their first byte before
// the last row is read. So: everything that can fail because of the request (parameters, the
// first read) is done before the answer starts, and a failure after that (the database gone
// mid-way) ends the file with a visible marker row instead of cutting it, which a spreadsheet
// would open without a word and someone would take for the whole list.
import type { Writable } from "node:stream";

/** What a streamed export wrote: its rows, and why it stopped early (null when it did not). */
export interface ExportOutcome {
  rows: number;
  failure: Error | null;
}

/**
 * `batches` with its first batch already read, so a failure of the first read happens before
 * the caller sends anything (and becomes an error answer, not a file).
 */
export async function withFirstBatchRead<T>(batches: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}

/**
 * Hands each batch to `write`; resolves with the error that stopped the batches early, or null.
 * A download the client closed is not a failure to mark (nobody reads the file): it rethrows.
 */
export async function writeEachBatch<T>(
  batches: AsyncIterable<T>,
  output: Writable,
  write: (batch: T) => Promise<void> | void,
): Promise<Error | null> {
  try {
    for await (const batch of batches) await write(batch);
    return null;
  } catch (error) {
    if (output.destroyed) throw error;
    return error instanceof Error ? error : new Error(String(error));
  }
}
