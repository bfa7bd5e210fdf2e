// Which failures mean "the database is not there for us right now" (answer 503, try again soon)
// rather than a bug or a bad request. Errors reach us in several wrappers: pg's own errors,
// pg-pool's plain Error when no connection frees up in time, and Prisma's errors, which carry
// the driver adapter's error in `meta.driverAdapterError` (its `cause` names a kind and the
// PostgreSQL code). Duck-typed, so this module loads without the generated client.

/** Socket errors and PostgreSQL codes of a server that is down, restarting or refusing us. */
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EPIPE",
  // connection_exception class: the connection is gone or never came up.
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  // admin_shutdown (fast shutdown, pg_terminate_backend), crash_shutdown, cannot_connect_now (starting up, shutting down).
  "57P01",
  "57P02",
  "57P03",
  // Prisma: can't reach the server, timed out reaching it, server closed the connection.
  "P1001",
  "P1002",
  "P1017",
]);

/** Driver-adapter error kinds of the same situations. */
const unreachableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

const unreachableMessages =
  /Connection terminated|Can't reach database server|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|Client has encountered a connection error|server closed the connection unexpectedly|connect ECONNREFUSED|^timeout expired$/i;

/**
 * Codes of a server that is up but has no room for us now: too many connections (53300), a
 * statement cancelled by our statement_timeout (57014), Prisma timing out on the pool (P2024).
 */
const overloadCodes = new Set(["53300", "57014", "P2024"]);
const overloadKinds = new Set(["TooManyConnections"]);
/**
 * pg-pool's error when connectionTimeoutMillis passes with every connection busy, and Prisma's
 * when a transaction waits longer than its maxWait for one or outlives its timeout.
 */
const overloadMessages =
  /timeout exceeded when trying to connect|Unable to start a transaction in the given time|expired transaction|canceling statement due to statement timeout/i;

interface Facts {
  codes: string[];
  kinds: string[];
  messages: string[];
}

/** Codes, adapter kinds and messages of `error` and of everything it wraps (cause chains, Prisma's meta). */
function factsOf(error: unknown, facts: Facts = { codes: [], kinds: [], messages: [] }, depth = 0): Facts {
  if (typeof error !== "object" || error === null || depth > 5) return facts;
  const record = error as Record<string, unknown>;
  for (const key of ["code", "originalCode"]) if (typeof record[key] === "string") facts.codes.push(record[key]);
  if (typeof record.kind === "string") facts.kinds.push(record.kind);
  for (const key of ["message", "originalMessage"])
    if (typeof record[key] === "string") facts.messages.push(record[key]);
  factsOf(record.cause, facts, depth + 1);
  const meta = record.meta as Record<string, unknown> | undefined;
  if (meta && typeof meta === "object") factsOf(meta.driverAdapterError, facts, depth + 1);
  return facts;
}

function matches(error: unknown, codes: Set<string>, kinds: Set<string>, messages: RegExp): boolean {
  const facts = factsOf(error);
  return (
    facts.codes.some((code) => codes.has(code)) ||
    facts.kinds.some((kind) => kinds.has(kind)) ||
    facts.messages.some((message) => messages.test(message))
  );
}

/** True when `error` says the database could not be reached: down, restarting, or the connection dropped. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return matches(error, unreachableCodes, unreachableKinds, unreachableMessages);
}

/**
 * True when the request failed because the database is unreachable or has no capacity for it
 * now (no pooled connection within the wait, statement timeout): a 503, not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isDatabaseUnreachable(error) || matches(error, overloadCodes, overloadKinds, overloadMessages);
}
