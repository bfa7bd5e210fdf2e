// The facts a movement's route is computed from (decision 0012): its settings, which units have
// an officer, which were chosen, each level's own deadline, the holidays. Read once per command
// or page; the rules themselves are lib/levels/route.ts.
import type { Prisma } from "../generated/prisma/client";
import type { MovementStatus, NominationRoute, RouteLevelSelection } from "../generated/prisma/enums";
import { db } from "../db";
import { routeDeadlines, routeOf, type RouteRules } from "./route";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface RouteContext {
  movementId: string;
  movement: { name: string; nameEn: string | null; status: MovementStatus };
  route: NominationRoute;
  selection: RouteLevelSelection;
  leadWorkingDays: number;
  organizer: { id: string; path: string; name: string };
  /** The organiser's deadline: the end of the NOMINATION phase, else of the movement. */
  topDeadline: string;
  rules: RouteRules;
  /** Levels' own deadlines (RouteUnit.forwardBy). */
  overrides: Map<string, string>;
  holidays: Set<string>;
}

/** The route facts of movement `movementId`, or null when there is no such movement. One query. */
export async function routeContext(movementId: string, client: Reader = db()): Promise<RouteContext | null> {
  const [row] = await client.$queryRaw<
    {
      name: string;
      nameEn: string | null;
      status: MovementStatus;
      route: NominationRoute;
      selection: RouteLevelSelection;
      leadWorkingDays: number;
      organizerId: string;
      organizerPath: string;
      organizerName: string;
      topDeadline: string;
      routeUnits: { unitId: string; isLevel: boolean; forwardBy: string | null }[];
      officerUnitIds: string[];
      holidays: string[];
    }[]
  >`
    SELECT m.name, m."nameEn", m.status, m.route, m."routeSelection" AS selection, m."levelLeadWorkingDays" AS "leadWorkingDays",
           o.id::text AS "organizerId", o.path AS "organizerPath", o.name AS "organizerName",
           to_char(COALESCE(p."endsOn", m."endsOn"), 'YYYY-MM-DD') AS "topDeadline",
           COALESCE((SELECT json_agg(json_build_object('unitId', r."unitId", 'isLevel', r."isLevel", 'forwardBy', to_char(r."forwardBy", 'YYYY-MM-DD')))
                     FROM "RouteUnit" r WHERE r."movementId" = m.id), '[]') AS "routeUnits",
           -- Active officers below the organiser: the levels of EVERY_OFFICER_UNIT (a direct route needs none of this).
           CASE WHEN m.route = 'LEVELS' AND m."routeSelection" = 'EVERY_OFFICER_UNIT' THEN
             COALESCE((SELECT array_agg(DISTINCT ra."unitId"::text) FROM "RoleAssignment" ra
                       JOIN "User" us ON us.id = ra."userId" AND us."isActive"
                       JOIN "Unit" un ON un.id = ra."unitId" AND un."isActive" AND un.path LIKE o.path || '%'
                       WHERE ra.role = 'OFFICER'), '{}')
           ELSE '{}' END AS "officerUnitIds",
           CASE WHEN m.route = 'LEVELS' THEN
             COALESCE((SELECT array_agg(to_char(h.day, 'YYYY-MM-DD')) FROM "PublicHoliday" h), '{}')
           ELSE '{}' END AS holidays
    FROM "Movement" m
    JOIN "Unit" o ON o.id = m."organizingUnitId"
    LEFT JOIN "MovementPhase" p ON p."movementId" = m.id AND p.kind = 'NOMINATION'
    WHERE m.id = ${movementId}::uuid`;
  if (!row) return null;
  return {
    movementId,
    movement: { name: row.name, nameEn: row.nameEn, status: row.status },
    route: row.route,
    selection: row.selection,
    leadWorkingDays: row.leadWorkingDays,
    organizer: { id: row.organizerId, path: row.organizerPath, name: row.organizerName },
    topDeadline: row.topDeadline,
    rules: {
      selection: row.selection,
      organizerId: row.organizerId,
      officerUnitIds: new Set(row.officerUnitIds),
      chosenUnitIds: new Set(row.routeUnits.filter((r) => r.isLevel).map((r) => r.unitId)),
    },
    overrides: new Map(row.routeUnits.flatMap((r) => (r.forwardBy ? [[r.unitId, r.forwardBy] as const] : []))),
    holidays: new Set(row.holidays),
  };
}

/**
 * May `unitId` hold dossiers as a level of this route? A chosen unit (CHOSEN_UNITS), or any unit
 * with an active officer below the organiser (EVERY_OFFICER_UNIT); never the organiser itself.
 */
export function isLevelOf(context: RouteContext, unitId: string): boolean {
  if (context.route !== "LEVELS" || unitId === context.organizer.id) return false;
  return context.selection === "CHOSEN_UNITS"
    ? context.rules.chosenUnitIds.has(unitId)
    : context.rules.officerUnitIds.has(unitId);
}

/** The levels a dossier of the unit at `nominatingPath` climbs (empty on a direct route). */
export function routeFor(context: RouteContext, nominatingPath: string): string[] {
  return context.route === "LEVELS" ? routeOf(nominatingPath, context.rules) : [];
}

/** Each level's forward deadline on `route`. */
export function deadlinesFor(context: RouteContext, route: readonly string[]): Map<string, string> {
  return routeDeadlines(route, {
    topDeadline: context.topDeadline,
    leadWorkingDays: context.leadWorkingDays,
    overrides: context.overrides,
    holidays: context.holidays,
  });
}

/**
 * The forward deadline of the level `unitId` at `unitPath`: the levels above it are those of
 * its own route to the organiser, whatever dossier is asked about.
 */
export function levelDeadline(context: RouteContext, unit: { id: string; path: string }): string {
  const above = routeFor(context, unit.path);
  return deadlinesFor(context, [unit.id, ...above]).get(unit.id)!;
}
