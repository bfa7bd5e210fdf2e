import type { ListUsersParams } from "@/lib/users/schemas";

/** The list URL for these filters, so a search can be bookmarked and shared. */
export function userListHref(params: Partial<ListUsersParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.role) query.set("role", params.role);
  if (params.unit) query.set("unit", params.unit);
  if (params.status) query.set("status", params.status);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `/admin/users?${text}` : "/admin/users";
}
