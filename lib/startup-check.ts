// Node.js-only start-up check, imported by instrumentation.ts#register on the Node.js runtime
// (kept out of instrumentation.ts so the Edge compilation never sees process.exit).
import { env, InvalidEnvironmentError } from "./env";

/** Stops the server with every bad variable named, instead of failing on the first request. */
export function exitOnInvalidEnvironment(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
