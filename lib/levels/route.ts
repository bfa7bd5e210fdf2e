// The route of a dossier through the levels of the unit tree (decision 0012), as pure rules:
// which units consider it on the way up, and by when each must have forwarded it. The
// commands read the facts (paths, officers, chosen units, holidays) and ask here.
import { workingDaysBefore } from "../calendar/working-days";
import type { RouteLevelSelection } from "../generated/prisma/enums";

/** The ids of a unit's ancestors in a materialized path ("/root/a/b/" → root, a, b), top first. */
export function pathIds(path: string): string[] {
  return path.split("/").filter(Boolean);
}

export interface RouteRules {
  selection: RouteLevelSelection;
  /** The organising unit: the top, which is no level of the route. */
  organizerId: string;
  /** Units with an active officer (EVERY_OFFICER_UNIT). */
  officerUnitIds: ReadonlySet<string>;
  /** Units the organiser chose as levels (CHOSEN_UNITS). */
  chosenUnitIds: ReadonlySet<string>;
}

/**
 * The levels a dossier nominated by the unit at `nominatingPath` climbs, nearest first: the
 * units strictly between the nominating unit and the organiser (or, when the organiser is not
 * above it, every unit above it) that the selection makes levels.
 */
export function routeOf(nominatingPath: string, rules: RouteRules): string[] {
  const ancestors = pathIds(nominatingPath).slice(0, -1);
  const top = ancestors.lastIndexOf(rules.organizerId);
  const between = ancestors.slice(top + 1);
  const isLevel = (id: string) =>
    rules.selection === "CHOSEN_UNITS" ? rules.chosenUnitIds.has(id) : rules.officerUnitIds.has(id);
  return between.filter(isLevel).reverse();
}

export interface DeadlineRules {
  /** The organiser's deadline: the last day of the NOMINATION phase (YYYY-MM-DD). */
  topDeadline: string;
  /** N: a level forwards this many working days before the level above it. */
  leadWorkingDays: number;
  /** Deadlines set for single levels, which the levels below them count back from. */
  overrides: ReadonlyMap<string, string>;
  holidays: ReadonlySet<string>;
}

/**
 * Each level's forward deadline along `route` (nearest first): the top's is the nomination
 * phase's end; each level's is its own override, else N working days before the next one's.
 */
export function routeDeadlines(route: readonly string[], rules: DeadlineRules): Map<string, string> {
  const deadlines = new Map<string, string>();
  let above = rules.topDeadline;
  for (let i = route.length - 1; i >= 0; i--) {
    const unitId = route[i]!;
    const own = rules.overrides.get(unitId) ?? workingDaysBefore(above, rules.leadWorkingDays, rules.holidays);
    deadlines.set(unitId, own);
    above = own;
  }
  return deadlines;
}

/** The level after `unitId` on `route`, or null when the organiser comes next. */
export function nextLevel(route: readonly string[], unitId: string): string | null {
  const index = route.indexOf(unitId);
  if (index < 0) throw new RangeError(`unit ${unitId} is not a level of this route`);
  return route[index + 1] ?? null;
}
