// The organiser's overview of a route (decision 0012): per intermediate level, what it received
// in the dossiers' current submissions, forwarded, returned, did not forward and still holds,
// its deadline (flagged when passed with dossiers waiting) and how much of its allotment it used.
import { db } from "../db";
import { can } from "../policy";
import type { Actor } from "../session";
import { levelDeadline, routeContext } from "./context";

export interface LevelOverviewRow {
  unitId: string;
  unitName: string;
  depth: number;
  received: number;
  pending: number;
  endorsed: number;
  forwarded: number;
  returned: number;
  notForwarded: number;
  /** Sum of the allotments over the titles that have one; null when none has. */
  allotted: number | null;
  /** What it sent up of those titles: forwarded as a level and submitted as the nominating unit, as the allotment counts it. */
  allottedUsed: number;
  deadline: string;
  isOverdue: boolean;
  /** Active officers holding the role on the level itself: none means nobody can act there. */
  officers: number;
}

/** Every level of movement `movementId` with its figures, for administrators; null when not theirs or not routed through levels. */
export async function routeOverview(options: { actor: Actor | null; movementId: string; today: string }): Promise<{ rows: LevelOverviewRow[]; organizerName: string; topDeadline: string } | null> {
  if (!can(options.actor, "movement.manage")) return null;
  const context = await routeContext(options.movementId);
  if (!context || context.route !== "LEVELS") return null;
  // Counted from the level rows alone (their copies of title and nominating unit, and isCurrent):
  // a movement's whole route is one index range, with no join to its dossiers.
  const rows = await db().$queryRaw<(Omit<LevelOverviewRow, "deadline" | "isOverdue"> & { path: string })[]>`
    WITH quotas AS (
      SELECT a."unitId", sum(a.quota)::int AS allotted, array_agg(a."awardTitleId") AS titles
      FROM "LevelAllotment" a WHERE a."movementId" = ${options.movementId}::uuid GROUP BY a."unitId"
    ),
    counted AS (
      SELECT l."unitId",
             count(*) FILTER (WHERE l."isCurrent")::int AS received,
             count(*) FILTER (WHERE l."isCurrent" AND l.state = 'PENDING')::int AS pending,
             count(*) FILTER (WHERE l."isCurrent" AND l.state = 'ENDORSED')::int AS endorsed,
             count(*) FILTER (WHERE l."isCurrent" AND l.state = 'FORWARDED')::int AS forwarded,
             count(*) FILTER (WHERE l."isCurrent" AND l.state = 'RETURNED')::int AS returned,
             count(*) FILTER (WHERE l."isCurrent" AND l.state = 'NOT_FORWARDED')::int AS "notForwarded",
             count(*) FILTER (WHERE l."isCurrent" AND l.state = 'FORWARDED' AND l."awardTitleId" = ANY(q.titles))::int AS "forwardedAllotted"
      FROM "NominationLevel" l LEFT JOIN quotas q ON q."unitId" = l."unitId"
      WHERE l."movementId" = ${options.movementId}::uuid
      GROUP BY l."unitId"
    ),
    -- What a unit submitted itself, as the nominating unit, counts against its allotment too (sentUpCounts).
    submitted AS (
      SELECT n."nominatingUnitId" AS "unitId", count(*)::int AS count
      FROM quotas q JOIN "Nomination" n ON n."nominatingUnitId" = q."unitId" AND n."movementId" = ${options.movementId}::uuid
      WHERE n.status NOT IN ('DRAFT', 'RETURNED', 'WITHDRAWN') AND n."awardTitleId" = ANY(q.titles)
      GROUP BY 1
    ),
    levels AS (
      SELECT "unitId" AS id FROM counted
      UNION SELECT r."unitId" FROM "RouteUnit" r WHERE r."movementId" = ${options.movementId}::uuid AND r."isLevel"
      UNION SELECT "unitId" FROM quotas
    )
    SELECT u.id::text AS "unitId", u.name AS "unitName", u.path, u.depth,
           coalesce(c.received, 0) AS received, coalesce(c.pending, 0) AS pending, coalesce(c.endorsed, 0) AS endorsed,
           coalesce(c.forwarded, 0) AS forwarded, coalesce(c.returned, 0) AS returned, coalesce(c."notForwarded", 0) AS "notForwarded",
           q.allotted, (coalesce(c."forwardedAllotted", 0) + coalesce(sub.count, 0))::int AS "allottedUsed",
           (SELECT count(DISTINCT ra."userId")::int FROM "RoleAssignment" ra JOIN "User" p ON p.id = ra."userId" AND p."isActive"
            WHERE ra.role = 'OFFICER' AND ra."unitId" = u.id) AS officers
    FROM levels lv
    JOIN "Unit" u ON u.id = lv.id
    LEFT JOIN counted c ON c."unitId" = u.id
    LEFT JOIN quotas q ON q."unitId" = u.id
    LEFT JOIN submitted sub ON sub."unitId" = u.id
    ORDER BY u.path`;
  return {
    organizerName: context.organizer.name,
    topDeadline: context.topDeadline,
    rows: rows.map(({ path, ...row }) => {
      const deadline = levelDeadline(context, { id: row.unitId, path });
      return { ...row, deadline, isOverdue: row.pending + row.endorsed > 0 && options.today > deadline };
    }),
  };
}
