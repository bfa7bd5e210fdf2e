// Counts the SQL statements sent through pg (the driver under Prisma), for tests that hold a
// function to a number of queries (the page budgets of issue 8: no N+1).
import pg from "pg";

/** Starts counting; `restore` stops. */
export function countQueries(): { readonly count: number; restore(): void } {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    get count() {
      return count;
    },
    restore() {
      pg.Client.prototype.query = original;
    },
  };
}
