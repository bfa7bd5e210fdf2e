import { listHref, sortHref, type ListNominationsParams, type NominationSortKey } from "@/lib/nominations/list-params";

/** Where a nomination list lives: its path, and the parameters its path already fixes (the admin list's movement). */
export interface ListLocation {
  path: string;
  fixed: readonly (keyof ListNominationsParams)[];
}

export const hrefAt = (location: ListLocation, params: ListNominationsParams) =>
  listHref(location.path, params, { omit: location.fixed });

export const sortHrefAt = (location: ListLocation, params: ListNominationsParams, key: NominationSortKey) =>
  sortHref(location.path, params, key, { omit: location.fixed });
