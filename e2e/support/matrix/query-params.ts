// The URL parameters each page and route handler reads, for the fuzz battery (e2e/fuzz.spec.ts).
// Where a page parses its parameters with a schema, the schema's own keys are used, so a key
// added to the schema is fuzzed without anyone listing it; what a page reads by hand is named
// here. e2e/fuzz.spec.ts fails when a route whose source reads its search parameters has no entry.
import { auditFilterSchema } from "../../../lib/audit-log/queries";
import { dashboardParamsSchema } from "../../../lib/dashboard/params";
import { inboxParamsSchema } from "../../../lib/levels/inbox";
import { listNominationsParamsSchema } from "../../../lib/nominations/list-params";
import { councilParamsSchema } from "../../../lib/reviews/council/schemas";
import { reviewerQueueParamsSchema } from "../../../lib/reviews/reviewing/queue-params";
import { resultsParamsSchema } from "../../../lib/reviews/ranking/schemas";
import { meritParamsSchema } from "../../../lib/roster/merit-search";
import { rosterParamsSchema } from "../../../lib/roster/params";
import { rosterAdminParamsSchema } from "../../../lib/roster/roster-admin";
import { listUnitsParamsSchema } from "../../../lib/units/schemas";
import { listUsersParamsSchema } from "../../../lib/users/schemas";

const keysOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

/** Route pattern → the parameters its page or handler reads. Routes not listed read none. */
export const queryParamsByRoute: Record<string, readonly string[]> = {
  "/sign-in": ["callbackUrl", "reason"],
  "/honorees": keysOf(rosterParamsSchema),
  "/movements/[id]/honorees": keysOf(rosterParamsSchema),
  "/nominations": keysOf(listNominationsParamsSchema),
  "/nominations/new": ["movementId"],
  "/nominations/import": ["movement", "import"],
  "/reviews": [...keysOf(reviewerQueueParamsSchema), "conflict"],
  "/dashboard": keysOf(dashboardParamsSchema),
  "/admin/audit": keysOf(auditFilterSchema),
  "/admin/users": keysOf(listUsersParamsSchema),
  "/admin/units": keysOf(listUnitsParamsSchema),
  "/admin/units/new": ["parentId"],
  "/admin/holidays": ["year"],
  "/admin/merit": keysOf(meritParamsSchema),
  "/admin/movements/[id]/nominations": keysOf(listNominationsParamsSchema),
  "/admin/movements/[id]/results": keysOf(resultsParamsSchema),
  "/admin/movements/[id]/council": keysOf(councilParamsSchema),
  "/admin/movements/[id]/honorees": keysOf(rosterAdminParamsSchema),
  "/admin/movements/[id]/posting": ["filter", "page"],
  "/levels/[movementId]/[unitId]": keysOf(inboxParamsSchema),
  "/api/honorees/export": ["format", ...keysOf(rosterParamsSchema)],
  "/api/movements/[id]/nominations/export": keysOf(listNominationsParamsSchema),
  "/api/movements/[id]/certificates": ["unit"],
  "/api/nominations/import-template": ["movementId"],
  "/api/files/[fileId]": ["inline"],
  "/api/dashboard/export": ["movement", "format", "table"],
  // next-auth's own pages and endpoints read these.
  "/api/auth/[...nextauth]": ["callbackUrl", "error", "csrf"],
};
