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
export async function routeOverview(options: { actor: Actor | null; movementId: string; today: string }): Promise<{
  rows: LevelOverviewRow[];
  movement: { name: string; nameEn: string | null };
  organizerName: string;
  topDeadline: string;
} | null> {
  if (!can(options.actor, "movement.manage")) return null;
  const context = await routeContext(options.movementId);
  if (!context || context.route !== "LEVELS") return null;
  // Counted from the level rows alone (their copy of the title, and isCurrent): a movement's whole
  // route is one index range, with no join to its dossiers. A level appears once it holds a live
  // dossier, was chosen, or has an allotment.
  const rows = await db().$queryRaw<(Omit<LevelOverviewRow, "deadline" | "isOverdue"> & { path: string })[]>`
    WITH quotas AS (
      SELECT a."unitId", sum(a.quota)::int AS allotted, array_agg(a."awardTitleId") AS titles
      FROM "LevelAllotment" a WHERE a."movementId" = ${options.movementId}::uuid GROUP BY a."unitId"
    ),
    -- Grouped first, from the index alone (movementId, unitId, isCurrent, state, awardTitleId): a few hundred groups.
    grouped AS (
      SELECT l."unitId", l.state, l."awardTitleId", count(*)::int AS n
      FROM "NominationLevel" l WHERE l."movementId" = ${options.movementId}::uuid AND l."isCurrent"
      GROUP BY 1, 2, 3
    ),
    counted AS (
      SELECT g."unitId",
             sum(g.n)::int AS received,
             coalesce(sum(g.n) FILTER (WHERE g.state = 'PENDING'), 0)::int AS pending,
             coalesce(sum(g.n) FILTER (WHERE g.state = 'ENDORSED'), 0)::int AS endorsed,
             coalesce(sum(g.n) FILTER (WHERE g.state = 'FORWARDED'), 0)::int AS forwarded,
             coalesce(sum(g.n) FILTER (WHERE g.state = 'RETURNED'), 0)::int AS returned,
             coalesce(sum(g.n) FILTER (WHERE g.state = 'NOT_FORWARDED'), 0)::int AS "notForwarded",
             coalesce(sum(g.n) FILTER (WHERE g.state = 'FORWARDED' AND g."awardTitleId" = ANY(q.titles)), 0)::int AS "forwardedAllotted"
      FROM grouped g LEFT JOIN quotas q ON q."unitId" = g."unitId"
      GROUP BY g."unitId"
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
    movement: { name: context.movement.name, nameEn: context.movement.nameEn },
    organizerName: context.organizer.name,
    topDeadline: context.topDeadline,
    rows: rows.map(({ path, ...row }) => {
      const deadline = levelDeadline(context, { id: row.unitId, path });
      return { ...row, deadline, isOverdue: row.pending + row.endorsed > 0 && options.today > deadline };
    }),
  };
}
