// Who sees which honoree (docs/decisions/0008). A roster lists an honoree only while its
// decision is published and it is not revoked: `listedFor` holds that state (null, PUBLIC or
// STAFF) and every roster, search, export, profile and metadata query filters on it through
// `listedWhere`, so one forgotten check shows nothing rather than an unpublished honoree.
import type { Prisma } from "../generated/prisma/client";
import type { Visibility } from "../generated/prisma/enums";
import { canActForUnit } from "../policy";
import type { Actor } from "../session";

/** The rosters a viewer may read: the public one, and the staff one when signed in. */
export function rosterAudiencesFor(actor: Actor | null): Visibility[] {
  return actor ? ["PUBLIC", "STAFF"] : ["PUBLIC"];
}

/** The honorees on the rosters `actor` may read. */
export function listedWhere(actor: Actor | null): Prisma.HonoreeWhereInput {
  return { listedFor: { in: rosterAudiencesFor(actor) } };
}

/** May `actor` see this honoree (its profile, portrait, certificate link)? Listed for them, or unlisted and they act for its unit. */
export function canViewHonoree(
  actor: Actor | null,
  honoree: { listedFor: Visibility | null; unitPath: string },
): boolean {
  if (honoree.listedFor !== null && rosterAudiencesFor(actor).includes(honoree.listedFor)) return true;
  return canActForUnit(actor, honoree.unitPath);
}

/** May `actor` download the certificate of this honoree? Administrators and officers acting for its unit, while it is not revoked. */
export function canCertifyHonoree(actor: Actor | null, honoree: { unitPath: string; revokedAt: Date | null }): boolean {
  return honoree.revokedAt === null && canActForUnit(actor, honoree.unitPath);
}
