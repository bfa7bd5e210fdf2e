// URL parameters of the nomination lists (officers' and administrators'), and the shareable
// URL of a list view. Anything malformed falls back to its default rather than failing.
import { z } from "zod";
import { NominationStatus } from "../generated/prisma/enums";
import { queryEnum, queryId, queryInt, queryText } from "../validation/search-params";

/** Whose list: an officer's units, or everything an administrator oversees. */
export type NominationListView = "officer" | "admin";

export const nominationSortKeys = ["updated", "name", "status"] as const;
export type NominationSortKey = (typeof nominationSortKeys)[number];
export type SortOrder = "asc" | "desc";

/** "" or absent means no filter; a malformed id is dropped, never a 500. */
const optionalId = queryId();

export const listNominationsParamsSchema = z.object({
  movement: optionalId,
  title: optionalId,
  /** The nominee's unit, with the units below it. */
  unit: optionalId,
  status: queryEnum(Object.values(NominationStatus) as [NominationStatus, ...NominationStatus[]], undefined),
  q: queryText(200),
  sort: queryEnum(nominationSortKeys, "updated"),
  /** Absent: the sort's natural order (newest first; names and statuses from the start). */
  dir: queryEnum(["asc", "desc"], undefined),
  // Clamped to the last page once the total is known.
  page: queryInt({ min: 1, fallback: 1 }),
});
export type ListNominationsParams = z.infer<typeof listNominationsParamsSchema>;

/** The defaults: every filter off, newest changes first. */
export const defaultListParams: ListNominationsParams = listNominationsParamsSchema.parse({});

/** The order a sort key reads in when no direction is given. */
export function sortOrderOf(params: Pick<ListNominationsParams, "sort" | "dir">): SortOrder {
  return params.dir ?? (params.sort === "updated" ? "desc" : "asc");
}

/** Query string of a list view (defaults left out, so URLs stay short); "" when all are defaults. */
export function listQueryString(
  params: ListNominationsParams,
  options: { omit?: readonly (keyof ListNominationsParams)[] } = {},
): string {
  const search = new URLSearchParams();
  const keep = (key: keyof ListNominationsParams) => !options.omit?.includes(key);
  for (const key of ["movement", "title", "unit", "status"] as const) {
    const value = params[key];
    if (value && keep(key)) search.set(key, value);
  }
  if (params.q && keep("q")) search.set("q", params.q);
  if (params.sort !== "updated" && keep("sort")) search.set("sort", params.sort);
  if (params.dir && params.dir !== sortOrderOf({ sort: params.sort, dir: undefined }) && keep("dir"))
    search.set("dir", params.dir);
  if (params.page > 1 && keep("page")) search.set("page", String(params.page));
  return search.toString();
}

/** The shareable URL of a list view at `path`. */
export function listHref(
  path: string,
  params: ListNominationsParams,
  options?: { omit?: readonly (keyof ListNominationsParams)[] },
): string {
  const query = listQueryString(params, options);
  return query ? `${path}?${query}` : path;
}

/** The URL that sorts by `key`: the other direction when already sorted by it, back to page 1. */
export function sortHref(
  path: string,
  params: ListNominationsParams,
  key: NominationSortKey,
  options?: { omit?: readonly (keyof ListNominationsParams)[] },
): string {
  const current = sortOrderOf(params);
  const natural = sortOrderOf({ sort: key, dir: undefined });
  const dir: SortOrder = params.sort === key ? (current === "asc" ? "desc" : "asc") : natural;
  return listHref(path, { ...params, sort: key, dir, page: 1 }, options);
}
