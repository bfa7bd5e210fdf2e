// The URLs of a route's pages (decision 0012), built in one place.
export const levelPaths = {
  /** The officer's levels, across movements. */
  mine: () => "/levels",
  /** One level's inbox in one movement. */
  inbox: (movementId: string, unitId: string) => `/levels/${movementId}/${unitId}`,
  /** The allotments one level hands out. */
  allotments: (movementId: string, unitId: string) => `/levels/${movementId}/${unitId}/allotments`,
  /** The organiser's route settings and deadlines. */
  routeSettings: (movementId: string) => `/admin/movements/${movementId}/route`,
  /** The allotments the organiser hands out. */
  organiserAllotments: (movementId: string) => `/admin/movements/${movementId}/route/allotments`,
  /** The organiser's overview of every level. */
  overview: (movementId: string) => `/admin/movements/${movementId}/levels`,
  /** The minutes PDF of a level's consideration. */
  minutes: (considerationId: string) => `/api/levels/considerations/${considerationId}/minutes`,
};

/** The query of an inbox view, defaults left out so URLs stay short. */
export function inboxQuery(params: {
  title?: string;
  from?: string;
  state: string;
  q: string;
  sort: string;
  page: number;
}): string {
  const search = new URLSearchParams();
  if (params.title) search.set("title", params.title);
  if (params.from) search.set("from", params.from);
  if (params.state !== "open") search.set("state", params.state);
  if (params.q) search.set("q", params.q);
  if (params.sort !== "rank") search.set("sort", params.sort);
  if (params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `?${query}` : "";
}
