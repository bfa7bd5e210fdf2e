import { can } from "./policy";
import type { Actor } from "./session";

export interface NavItem {
  href: string;
  /** Key in the "nav" message namespace. */
  labelKey: "home" | "movements" | "nominations" | "reviews" | "council" | "units" | "users" | "holidays" | "auditLog" | "account";
}

/** Navigation for this viewer: each item appears only for roles that may open it (pages check again). */
export function navigationFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [
    { href: "/", labelKey: "home" },
    { href: "/movements", labelKey: "movements" },
  ];
  if (can(actor, "nomination.create")) items.push({ href: "/nominations", labelKey: "nominations" });
  if (can(actor, "reviewer.area")) items.push({ href: "/reviews", labelKey: "reviews" }, { href: "/council", labelKey: "council" });
  if (can(actor, "unit.manage")) items.push({ href: "/admin/units", labelKey: "units" });
  if (can(actor, "user.manage")) items.push({ href: "/admin/users", labelKey: "users" });
  if (can(actor, "movement.manage")) items.push({ href: "/admin/holidays", labelKey: "holidays" });
  if (can(actor, "audit.view")) items.push({ href: "/admin/audit", labelKey: "auditLog" });
  if (can(actor, "profile.edit")) items.push({ href: "/account", labelKey: "account" });
  return items;
}
