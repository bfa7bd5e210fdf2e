import { can } from "./policy";
import type { Actor } from "./session";

export interface NavItem {
  href: string;
  /** Key in the "nav" message namespace. */
  labelKey:
    | "home"
    | "movements"
    | "honorees"
    | "nominations"
    | "levels"
    | "reviews"
    | "council"
    | "dashboard"
    | "units"
    | "users"
    | "holidays"
    | "merit"
    | "auditLog"
    | "account";
}

/** Navigation for this viewer: each item appears only for roles that may open it (pages check again). */
export function navigationFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [
    { href: "/", labelKey: "home" },
    { href: "/movements", labelKey: "movements" },
    { href: "/honorees", labelKey: "honorees" },
  ];
  if (can(actor, "nomination.create"))
    items.push({ href: "/nominations", labelKey: "nominations" }, { href: "/levels", labelKey: "levels" });
  if (can(actor, "reviewer.area"))
    items.push({ href: "/reviews", labelKey: "reviews" }, { href: "/council", labelKey: "council" });
  if (can(actor, "dashboard.view")) items.push({ href: "/dashboard", labelKey: "dashboard" });
  if (can(actor, "unit.manage")) items.push({ href: "/admin/units", labelKey: "units" });
  if (can(actor, "user.manage")) items.push({ href: "/admin/users", labelKey: "users" });
  if (can(actor, "movement.manage")) items.push({ href: "/admin/holidays", labelKey: "holidays" });
  if (can(actor, "merit.search")) items.push({ href: "/admin/merit", labelKey: "merit" });
  if (can(actor, "audit.view")) items.push({ href: "/admin/audit", labelKey: "auditLog" });
  if (can(actor, "profile.edit")) items.push({ href: "/account", labelKey: "account" });
  return items;
}
