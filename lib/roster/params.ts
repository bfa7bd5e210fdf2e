// URL parameters of the roster pages and exports (docs/decisions/0008). Anything malformed or
// unknown falls back to its default rather than failing: a shared link never gives a 500.
import { z } from "zod";
import { NomineeKind } from "../generated/prisma/enums";
import { queryEnum, queryId, queryInt, queryPage, queryText } from "../validation/search-params";

export const rosterSortKeys = ["newest", "oldest", "name"] as const;
export type RosterSortKey = (typeof rosterSortKeys)[number];

/** Honorees per roster page. */
export const rosterPageSize = 24;

const optionalYear = queryInt({ min: 1945, max: 2100, fallback: undefined });

export const rosterParamsSchema = z.object({
  /** Searched in name, position, unit and citation without diacritics or case (lib/roster/search.ts). */
  q: queryText(1000).transform((s) => s.slice(0, 100).trim()),
  movement: queryId(),
  title: queryId(),
  /** The honoree's unit, with the units below it. */
  unit: queryId(),
  kind: queryEnum(Object.values(NomineeKind) as [NomineeKind, ...NomineeKind[]], undefined),
  /** Period: years of the decision, inclusive. */
  from: optionalYear,
  to: optionalYear,
  sort: queryEnum(rosterSortKeys, "newest"),
  // Clamped to the last page once the total is known.
  page: queryPage(),
});
export type RosterParams = z.infer<typeof rosterParamsSchema>;

/** Parses a page's `searchParams` (or a handler's URLSearchParams) into roster parameters. */
export function parseRosterParams(
  input: Record<string, string | string[] | undefined> | URLSearchParams,
): RosterParams {
  const record = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
  return rosterParamsSchema.parse(record);
}

/** Query string of a roster view (defaults left out, so URLs stay short); "" when all are defaults. */
export function rosterQueryString(
  params: RosterParams,
  options: { omit?: readonly (keyof RosterParams)[] } = {},
): string {
  const search = new URLSearchParams();
  const keep = (key: keyof RosterParams) => !options.omit?.includes(key);
  if (params.q && keep("q")) search.set("q", params.q);
  for (const key of ["movement", "title", "unit", "kind"] as const) {
    const value = params[key];
    if (value && keep(key)) search.set(key, value);
  }
  for (const key of ["from", "to"] as const) {
    const value = params[key];
    if (value !== undefined && keep(key)) search.set(key, String(value));
  }
  if (params.sort !== "newest" && keep("sort")) search.set("sort", params.sort);
  if (params.page > 1 && keep("page")) search.set("page", String(params.page));
  return search.toString();
}

/** The shareable URL of a roster view at `path`. */
export function rosterHref(
  path: string,
  params: RosterParams,
  options?: { omit?: readonly (keyof RosterParams)[] },
): string {
  const query = rosterQueryString(params, options);
  return query ? `${path}?${query}` : path;
}
