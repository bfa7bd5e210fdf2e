// The dashboard page's URL: `?movement=<id>`. A malformed or repeated value is ignored (the page
// shows the newest movement) rather than refused, like the other filtered pages.
import { z } from "zod";
import { queryId } from "../validation/search-params";

export const dashboardParamsSchema = z.object({ movement: queryId() });
export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

/** The export link of the movement's dashboard: every table (xlsx) or one table (csv). */
export function dashboardExportHref(
  movementId: string,
  file: { format: "xlsx" } | { format: "csv"; table: string },
): string {
  const query = new URLSearchParams({ movement: movementId, ...file });
  return `/api/dashboard/export?${query.toString()}`;
}
