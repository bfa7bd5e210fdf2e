// Which parts of the message catalogs reach the browser. A client component can only read the
// messages its provider passes down, and every message passed is inlined into each page, so
// each part of the app sends what its client components use and no more (the whole catalog
// would be ~120 KB on every page). client-namespaces.test.ts checks these lists against the code.
// The root layout has no intl provider (the error page gets its sentences from
// components/i18n/error-messages.tsx): a page outside these sections, such as the public roster
// and profiles, has no client component that translates, and ships neither messages nor use-intl.
import type { Messages } from "./messages";

type Namespace = keyof Messages;

/** Per section (the `section` of a layout's <ClientMessages>): what its client components translate. */
export const sectionNamespaces = {
  /** Signed-in work: forms, dossiers, reviews, council and administration. */
  workspace: [
    "account",
    "council",
    "decision",
    "forms",
    "holidays",
    "locale",
    "mfa",
    "movementAdmin",
    "movementStatus",
    "movements",
    "nominationFields",
    "nominationFiles",
    "nominationImport",
    "nominationProblems",
    "nominations",
    "notifications",
    "posting",
    "registrations",
    "results",
    "reviewRefusals",
    "reviewStages",
    "reviewing",
    "roles",
    "rosterAdmin",
    "signIn",
    "units",
    "users",
    "validation",
    "vote",
  ],
  /** A movement's results (ranking and shortlisting): the busiest page of the review, kept light. */
  results: ["forms", "results", "reviewRefusals", "reviewStages"],
  /** Routes through levels: a level's inbox and allotments, the organiser's route settings (decision 0012). */
  levels: ["levels", "validation"],
} as const satisfies Record<string, readonly Namespace[]>;

export type Section = keyof typeof sectionNamespaces;

/** `messages` cut down to `namespaces`. */
export function pickNamespaces(messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
