// Which parts of the message catalogs reach the browser. A client component can only read the
// messages its provider passes down, and every message passed is inlined into each page, so
// each part of the app sends what its client components use and no more (the whole catalog
// would be ~120 KB on every page). client-namespaces.test.ts checks these lists against the code.
import type { Messages } from "./messages";

type Namespace = keyof Messages;

/** The header, footer and error pages: on every page. */
export const shellNamespaces = ["errors", "nav"] as const satisfies readonly Namespace[];

/** Per section (the `section` of a layout's <ClientMessages>): what its client components add to the shell's. */
export const sectionNamespaces = {
  /** Public rosters and profiles: only the filter form's fields. */
  roster: ["validation"],
  /** Signed-in work: forms, dossiers, reviews, council and administration. */
  workspace: [
    "account", "council", "decision", "forms", "holidays", "locale", "mfa", "movementAdmin", "movementStatus", "movements",
    "nominationFields", "nominationFiles", "nominationImport", "nominationProblems", "nominations", "notifications",
    "posting", "registrations", "results", "reviewRefusals", "reviewStages", "reviewing", "roles", "rosterAdmin", "signIn",
    "units", "users", "validation", "vote",
  ],
} as const satisfies Record<string, readonly Namespace[]>;

export type Section = keyof typeof sectionNamespaces;

/** `messages` cut down to `namespaces`. */
export function pickNamespaces(messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
