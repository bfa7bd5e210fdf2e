// Which part of a movement's coverage a dashboard viewer's counts are about. Administrators see
// the whole covered subtree; an officer the subtrees they act for (lib/policy.ts officerScopes)
// intersected with it, so a unit outside their scopes is never counted.
import { hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";

/**
 * The unit subtrees (materialized paths) `actor` sees of a movement covering `coveragePath`:
 * disjoint, so every unit lies in at most one of them. Empty when the movement covers none of
 * the officer's units.
 */
export function dashboardScopes(actor: Actor, coveragePath: string): string[] {
  if (hasRole(actor, "ADMIN")) return [coveragePath];
  const overlapping = officerScopes(actor).flatMap((scope) => {
    if (scope.startsWith(coveragePath)) return [scope];
    // An officer above the coverage root sees all of it.
    if (coveragePath.startsWith(scope)) return [coveragePath];
    return [];
  });
  const unique = [...new Set(overlapping)];
  // A scope inside another is already counted there.
  return unique.filter((scope) => !unique.some((other) => other !== scope && scope.startsWith(other)));
}

/** The unit ids along materialized paths ("/rootId/…/unitId/"): each scope unit and its ancestors. */
export function idsOnPaths(paths: readonly string[]): string[] {
  return [...new Set(paths.flatMap((path) => path.split("/").filter(Boolean)))];
}
