import type { ListUnitsParams } from "@/lib/units/schemas";

/** The shareable URL of a list view; default values are left out so URLs stay short. */
export function unitListHref(params: ListUnitsParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.status !== "active") search.set("status", params.status);
  if (params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/admin/units?${query}` : "/admin/units";
}
