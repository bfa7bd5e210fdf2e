// The facts a movement's route is computed from (decision 0012): its settings, which units have
// an officer, which were chosen, each level's own deadline, the holidays. Read once per command
// or page; the rules themselves are lib/levels/route.ts.
import { holidaySet } from "../calendar/holidays";
import { toDay } from "../movements/days";
import type { Prisma } from "../generated/prisma/client";
import type { NominationRoute, RouteLevelSelection } from "../generated/prisma/enums";
import { db } from "../db";
import { routeDeadlines, routeOf, type RouteRules } from "./route";

type Reader = Prisma.TransactionClient;

export interface RouteContext {
  movementId: string;
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

/** The route facts of movement `movementId`, or null when there is no such movement. */
export async function routeContext(movementId: string, client: Reader = db()): Promise<RouteContext | null> {
  const movement = await client.movement.findUnique({
    where: { id: movementId },
    select: {
      id: true,
      route: true,
      routeSelection: true,
      levelLeadWorkingDays: true,
      endsOn: true,
      organizingUnit: { select: { id: true, path: true, name: true } },
      phases: { where: { kind: "NOMINATION" }, select: { endsOn: true } },
      routeUnits: { select: { unitId: true, isLevel: true, forwardBy: true } },
    },
  });
  if (!movement) return null;
  const isLevels = movement.route === "LEVELS";
  // Active officers on units below the organiser: the levels of EVERY_OFFICER_UNIT (a direct route needs none of this).
  const officers =
    isLevels && movement.routeSelection === "EVERY_OFFICER_UNIT"
      ? await client.roleAssignment.findMany({
          where: { role: "OFFICER", user: { isActive: true }, unit: { isActive: true, path: { startsWith: movement.organizingUnit.path } } },
          select: { unitId: true },
          distinct: ["unitId"],
        })
      : [];
  return {
    movementId: movement.id,
    route: movement.route,
    selection: movement.routeSelection,
    leadWorkingDays: movement.levelLeadWorkingDays,
    organizer: movement.organizingUnit,
    topDeadline: toDay(movement.phases[0]?.endsOn ?? movement.endsOn),
    rules: {
      selection: movement.routeSelection,
      organizerId: movement.organizingUnit.id,
      officerUnitIds: new Set(officers.map((o) => o.unitId)),
      chosenUnitIds: new Set(movement.routeUnits.filter((r) => r.isLevel).map((r) => r.unitId)),
    },
    overrides: new Map(movement.routeUnits.flatMap((r) => (r.forwardBy ? [[r.unitId, toDay(r.forwardBy)] as const] : []))),
    holidays: isLevels ? await holidaySet(client) : new Set(),
  };
}

/** The levels a dossier of the unit at `nominatingPath` climbs (empty on a direct route). */
export function routeFor(context: RouteContext, nominatingPath: string): string[] {
  return context.route === "LEVELS" ? routeOf(nominatingPath, context.rules) : [];
}

/** Each level's forward deadline on `route`. */
export function deadlinesFor(context: RouteContext, route: readonly string[]): Map<string, string> {
  return routeDeadlines(route, { topDeadline: context.topDeadline, leadWorkingDays: context.leadWorkingDays, overrides: context.overrides, holidays: context.holidays });
}

/**
 * The forward deadline of the level `unitId` at `unitPath`: the levels above it are those of
 * its own route to the organiser, whatever dossier is asked about.
 */
export function levelDeadline(context: RouteContext, unit: { id: string; path: string }): string {
  const above = routeFor(context, unit.path);
  return deadlinesFor(context, [unit.id, ...above]).get(unit.id)!;
}
