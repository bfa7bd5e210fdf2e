// Shared steps of the nomination commands: row locks and the access and version checks around
// them. A command locks the movement FOR SHARE (a definition change locks it FOR UPDATE and so
// waits for, or is waited on by, every nomination write), then the nomination FOR UPDATE;
// always in that order, so two commands cannot deadlock.
import { conflict, forbidden, notFoundError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { MovementStatus, NominationStatus, Visibility } from "../generated/prisma/enums";
import { hasRole, isWithinScopes, officerScopes } from "../policy";
import type { Actor } from "../session";
import { NominationRefusedError } from "./errors";
import { editableStatuses } from "./lifecycle";

export type Tx = Prisma.TransactionClient;

export interface LockedMovement {
  id: string;
  name: string;
  status: MovementStatus;
  visibility: Visibility;
  requiresRegistration: boolean;
  coveragePath: string;
  /** The NOMINATION phase's days (YYYY-MM-DD), when the movement has one. */
  nominationStartsOn: string | null;
  nominationEndsOn: string | null;
}

/** Reads a movement FOR SHARE (with its coverage root's path), or null when there is none. */
export async function lockMovement(tx: Tx, id: string): Promise<LockedMovement | null> {
  const rows = await tx.$queryRaw<LockedMovement[]>`
    SELECT m.id::text AS id, m.name, m.status::text AS status, m.visibility::text AS visibility,
           m."requiresRegistration", c.path AS "coveragePath",
           to_char(p."startsOn", 'YYYY-MM-DD') AS "nominationStartsOn",
           to_char(p."endsOn", 'YYYY-MM-DD') AS "nominationEndsOn"
    FROM "Movement" m
    JOIN "Unit" c ON c.id = m."coverageUnitId"
    LEFT JOIN "MovementPhase" p ON p."movementId" = m.id AND p.kind = 'NOMINATION'
    WHERE m.id = ${id}::uuid
    FOR SHARE OF m, c`;
  return rows[0] ?? null;
}

export interface LockedNomination {
  id: string;
  movementId: string;
  awardTitleId: string;
  unitId: string;
  unitPath: string;
  createdById: string;
  status: NominationStatus;
  version: number;
  /** The level that holds it on a route (decision 0012); null with the nominating side or the organiser. */
  levelUnitId: string | null;
  routeCycle: number;
}

/** Reads a nomination FOR UPDATE (with its nominee unit's path), or null when there is none. */
export async function lockNomination(tx: Tx, id: string): Promise<LockedNomination | null> {
  const rows = await tx.$queryRaw<LockedNomination[]>`
    SELECT n.id::text AS id, n."movementId"::text AS "movementId", n."awardTitleId"::text AS "awardTitleId",
           n."unitId"::text AS "unitId", u.path AS "unitPath", n."createdById"::text AS "createdById",
           n.status::text AS status, n.version, n."levelUnitId"::text AS "levelUnitId", n."routeCycle"
    FROM "Nomination" n JOIN "Unit" u ON u.id = n."unitId"
    WHERE n.id = ${id}::uuid
    FOR UPDATE OF n`;
  return rows[0] ?? null;
}

/**
 * Locks an award title FOR UPDATE for the rest of the transaction: submissions for the same
 * title queue here, so two of them cannot both take the last place of a quota.
 */
export async function lockAwardTitle(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "AwardTitle" WHERE id = ${id}::uuid FOR UPDATE`;
}

/** True when nominations are taken on `today`: the movement is open and within its NOMINATION phase, if it has one. */
export function isNominationOpen(
  movement: Pick<LockedMovement, "status" | "nominationStartsOn" | "nominationEndsOn">,
  today: string,
): boolean {
  if (movement.status !== "OPEN") return false;
  if (movement.nominationStartsOn === null || movement.nominationEndsOn === null) return true;
  return movement.nominationStartsOn <= today && today <= movement.nominationEndsOn;
}

/** The signed-in actor, or Forbidden. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw forbidden();
  return actor;
}

/** The movement, locked FOR SHARE, as far as `actor` may see it: drafts are administrators' business only. */
export async function lockVisibleMovement(tx: Tx, actor: Actor, id: string): Promise<LockedMovement> {
  const movement = await lockMovement(tx, id);
  if (!movement || (movement.status === "DRAFT" && !hasRole(actor, "ADMIN"))) throw notFoundError("movement");
  return movement;
}

/**
 * Locks a nomination for a change by the nominating side: movement FOR SHARE, then the
 * nomination FOR UPDATE. Someone outside the officer's scope gets Not found when they may not
 * even see it, else Forbidden.
 */
export async function lockForOfficer(tx: Tx, actor: Actor, id: string) {
  const head = await tx.nomination.findUnique({ where: { id }, select: { movementId: true } });
  if (!head) throw notFoundError("nomination");
  const movement = await lockVisibleMovement(tx, actor, head.movementId);
  const nomination = await lockNomination(tx, id);
  if (!nomination) throw notFoundError("nomination");
  if (!isWithinScopes(nomination.unitPath, officerScopes(actor))) {
    if (hasRole(actor, "ADMIN")) throw forbidden();
    throw notFoundError("nomination");
  }
  return { movement, nomination };
}

/** Only a draft or a returned dossier may change. */
export function assertEditable(nomination: LockedNomination): void {
  if (!editableStatuses.includes(nomination.status))
    throw new NominationRefusedError([{ code: "notEditable", values: { status: nomination.status } }]);
}

/** The dossier is still at the version the form was built from; otherwise Conflict. */
export function assertVersion(nomination: LockedNomination, version: number): void {
  if (nomination.version !== version) throw conflict("nomination changed since it was read");
}
