// Who may do what: the one place access is decided. Pages, server actions and route
// handlers ask here; queries also filter by the same rules (see scopeWhere helpers in each
// domain) so a forgotten check returns nothing rather than someone else's data.
import { env } from "./env";
import type { Role } from "./generated/prisma/enums";
import type { Actor, RoleOnUnit } from "./session";

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

/** True when one of the subtrees at `a` and `b` lies within the other. */
function subtreesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The actor's officer roles on units inside the subtree at `coveragePath` or above it: the
 * units for which they take part in a movement covering that subtree.
 */
export function officerRolesOverlapping(actor: Actor, coveragePath: string): RoleOnUnit[] {
  return actor.roles.filter((r) => r.role === "OFFICER" && subtreesOverlap(r.unitPath, coveragePath));
}

/**
 * The subtrees of a movement covering `coveragePath` in which an officer acts: their own unit's
 * when it lies inside the coverage, the whole coverage when their unit is above it.
 */
export function officerScopesWithin(actor: Actor, coveragePath: string): string[] {
  const roots = officerScopes(actor).flatMap((scope) =>
    scope.startsWith(coveragePath) ? [scope] : coveragePath.startsWith(scope) ? [coveragePath] : [],
  );
  return [...new Set(roots)];
}

/** True when one of the actor's roles must sign in with a second factor (env MFA_REQUIRED_ROLES). */
export function isMfaRequiredFor(actor: Pick<Actor, "roles">): boolean {
  const required = env().MFA_REQUIRED_ROLES;
  return actor.roles.some((r) => required.includes(r.role));
}

/** Administrators act everywhere; an officer for their unit and the units below it. */
export function canActForUnit(actor: Actor | null, unitPath: string): boolean {
  if (!actor) return false;
  return hasRole(actor, "ADMIN") || isWithinScopes(unitPath, officerScopes(actor));
}

/**
 * May `actor` register (or update the registration and results of) the unit at `unitPath`
 * for a movement covering the subtree at `coveragePath`? Its officers and administrators may,
 * and only for a unit the movement covers.
 */
export function canManageRegistration(actor: Actor | null, unitPath: string, coveragePath: string): boolean {
  return unitPath.startsWith(coveragePath) && canActForUnit(actor, unitPath);
}

/**
 * May `actor` register some unit for a movement covering the subtree at `coveragePath` (before
 * asking which of their units are still unregistered)? Administrators, and officers of a unit
 * inside the covered subtree or above it.
 */
export function canRegisterForCoverage(actor: Actor | null, coveragePath: string): boolean {
  if (!actor) return false;
  if (hasRole(actor, "ADMIN")) return true;
  return officerRolesOverlapping(actor, coveragePath).length > 0;
}

/** Statuses in which the nominating side may still change a dossier. */
export const editableNominationStatuses = ["DRAFT", "RETURNED"] as const;

/**
 * May `actor` see a nomination of a nominee in the unit at `unitPath`? Administrators see all;
 * officers those of their unit and the units below it; reviewers the dossiers assigned to them
 * (`reviewerIds`: the reviewers with an assignment on it, when the caller read them).
 */
export function canViewNomination(
  actor: Actor | null,
  nomination: { unitPath: string; reviewerIds?: readonly string[] },
): boolean {
  if (actor && hasRole(actor, "REVIEWER") && nomination.reviewerIds?.includes(actor.id)) return true;
  return canActForUnit(actor, nomination.unitPath);
}

/**
 * May `actor` change the dossier (fields, files, submit, withdraw)? Only the nominating side,
 * officers acting for the nominee's unit, and only while it is a draft or returned for revision.
 * Administrators do not write officers' dossiers: they return them with a comment.
 */
export function canEditNomination(actor: Actor | null, nomination: { unitPath: string; status: string }): boolean {
  if (!actor || !(editableNominationStatuses as readonly string[]).includes(nomination.status)) return false;
  return isWithinScopes(nomination.unitPath, officerScopes(actor));
}

/**
 * May `actor` act at the level of unit `unitId` on a route (decision 0012): receive, return,
 * endorse, not forward, forward, record the level's consideration, hand out its allotment? Only
 * officers holding the role on that very unit: an officer above it acts for the units below
 * when editing dossiers, but cannot stand in for a lower level's council.
 */
export function canActAtLevel(actor: Actor | null, unitId: string): boolean {
  return !!actor && actor.roles.some((r) => r.role === "OFFICER" && r.unitId === unitId);
}

/**
 * May `actor` read what is at level `unitId` (its inbox, its allotments)? Its own officers, who
 * act there, and administrators, who oversee every level without acting for it.
 */
export function canReadLevel(actor: Actor | null, unitId: string): boolean {
  return canActAtLevel(actor, unitId) || hasRole(actor, "ADMIN");
}

/** The units at whose level `actor` acts. */
export function levelUnitIdsOf(actor: Actor | null): string[] {
  return [...new Set(actor?.roles.filter((r) => r.role === "OFFICER").map((r) => r.unitId) ?? [])];
}

/** May `actor` score (save, submit, declare a conflict on) a review? Only its assigned reviewer, while they hold the reviewer role. */
export function canScoreReview(actor: Actor | null, review: { reviewerId: string }): boolean {
  return !!actor && hasRole(actor, "REVIEWER") && review.reviewerId === actor.id;
}

export type Action =
  | "admin.area"
  | "movement.manage"
  | "holiday.manage"
  | "nomination.return"
  | "nomination.create"
  | "audit.view"
  | "unit.manage"
  | "user.manage"
  | "officer.area"
  | "reviewer.area"
  | "member.area"
  | "profile.edit"
  | "roster.manage"
  | "merit.search"
  | "roster.export"
  | "dashboard.view";

/** May `actor` do `action`? Object-level checks use the dedicated helpers above. */
export function can(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  switch (action) {
    case "admin.area":
    case "audit.view":
    case "unit.manage":
    case "user.manage":
    case "movement.manage":
    case "holiday.manage":
    case "nomination.return":
    // Publishing, unpublishing and revoking recognitions; searching everyone's merit history.
    case "roster.manage":
    case "merit.search":
      return hasRole(actor, "ADMIN");
    case "dashboard.view":
      return hasRole(actor, "ADMIN") || hasRole(actor, "OFFICER");
    case "nomination.create":
      return hasRole(actor, "OFFICER");
    case "officer.area":
      return hasRole(actor, "OFFICER");
    case "reviewer.area":
      return hasRole(actor, "REVIEWER");
    case "member.area":
    // Exports of the roster as filtered (anonymous visitors read it on the page only).
    case "roster.export":
      return actor.roles.length > 0;
    case "profile.edit":
      return true;
  }
}
