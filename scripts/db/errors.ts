// Start-up uses the app's own reading of connection failures (lib/database-errors.ts), so
// "starting anyway" and the app's 503s agree on what "the database is unreachable" means.
export { isDatabaseUnreachable } from "../../lib/database-errors";
