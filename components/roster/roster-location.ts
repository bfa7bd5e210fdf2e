import { rosterHref, type RosterParams } from "@/lib/roster/params";

/** Where a roster view lives: its path, and the parameters the path already fixes (a movement's roster fixes the movement). */
export interface RosterLocation {
  path: string;
  fixed: readonly (keyof RosterParams)[];
}

/** The shareable URL of `params` at `location`. */
export const rosterHrefAt = (location: RosterLocation, params: RosterParams) =>
  rosterHref(location.path, params, { omit: location.fixed });
