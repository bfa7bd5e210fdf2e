// Who may do what: the one place access is decided. Pages, server actions and route
// handlers ask here; queries also filter by the same rules so a forgotten check returns nothing.
import type { Role } from "./generated/prisma/enums";
import type { Actor } from "./session";

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor?.roles.some((r) => r.role === role) ?? false;
}

/** Distinct roles an actor holds, in the order the home page presents them. */
export function rolesOf(actor: Actor): Role[] {
  const order: Role[] = ["ADMIN", "OFFICER", "REVIEWER", "STAFF"];
  return order.filter((role) => hasRole(actor, role));
}

/** Paths of the units an officer acts for (each with all units below it). */
export function officerScopes(actor: Actor): string[] {
  return actor.roles.filter((r) => r.role === "OFFICER").map((r) => r.unitPath);
}

/** True when a unit at `unitPath` lies within one of the subtrees `scopes`. */
export function isWithinScopes(unitPath: string, scopes: readonly string[]): boolean {
  return scopes.some((scope) => unitPath.startsWith(scope));
}

export type Action = "admin.area" | "audit.view" | "officer.area" | "reviewer.area" | "member.area";

/** May `actor` do `action`? Object-level rules join this as features land. */
export function can(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  switch (action) {
    case "admin.area":
    case "audit.view":
      return hasRole(actor, "ADMIN");
    case "officer.area":
      return hasRole(actor, "OFFICER");
    case "reviewer.area":
      return hasRole(actor, "REVIEWER");
    case "member.area":
      return actor.roles.length > 0;
  }
}
