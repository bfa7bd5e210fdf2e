import { can } from "./policy";
import type { Actor } from "./session";

export interface NavItem {
  href: string;
  /** Key in the "nav" message namespace. */
  labelKey: "home" | "auditLog";
}

/** Navigation for this viewer: each item appears only for roles that may open it. */
export function navigationFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [{ href: "/", labelKey: "home" }];
  if (can(actor, "audit.view")) items.push({ href: "/admin/audit", labelKey: "auditLog" });
  return items;
}
