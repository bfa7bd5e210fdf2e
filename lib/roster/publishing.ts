// Publishing a movement's decision on the roster, unpublishing it, and revoking one recognition
// (docs/decisions/0008 "Publishing", "Revocation"). Administrators only; each step is one
// transaction that locks what it changes and is logged.
//
// Honoree.publishedAt is "on a roster since": unpublishing clears it with listedFor, so nothing
// that orders or counts by it (the home page's latest honorees, a movement's honoree count)
// keeps showing an unpublished recognition; publishing again starts it afresh. A revocation
// leaves it, as the record of when the recognition was shown.
import { recordAudit, recordAudits } from "../audit";
import { db } from "../db";
import { forbidden, conflict, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Visibility } from "../generated/prisma/enums";
import { can } from "../policy";
import type { Actor } from "../session";
import { RosterRefusedError } from "./errors";
import type { PublishRosterInput, RevokeHonoreeInput, UnpublishRosterInput } from "./publishing-schemas";

type Tx = Prisma.TransactionClient;

function requireRosterManager(actor: Actor | null): Actor {
  if (!actor || !can(actor, "roster.manage")) throw forbidden();
  return actor;
}

interface LockedDecision {
  id: string;
  version: number;
  publishedAt: Date | null;
  rosterAudience: Visibility;
  revokedAt: Date | null;
  movementVisibility: Visibility;
}

/**
 * The movement's decision, locked until the transaction ends, checked against the version the
 * administrator's page showed. A movement has one standing decision; a revoked one is only
 * returned (and refused) when there is no other.
 */
async function lockDecision(tx: Tx, movementId: string, version: number): Promise<LockedDecision> {
  const movement = await tx.movement.findUnique({ where: { id: movementId }, select: { id: true } });
  if (!movement) throw notFoundError("movement");
  const rows = await tx.$queryRaw<LockedDecision[]>`
    SELECT d.id::text AS id, d.version, d."publishedAt", d."rosterAudience"::text AS "rosterAudience", d."revokedAt",
           m.visibility::text AS "movementVisibility"
    FROM "Decision" d JOIN "Movement" m ON m.id = d."movementId"
    WHERE d."movementId" = ${movementId}::uuid
    ORDER BY (d."revokedAt" IS NULL) DESC, d."createdAt" DESC
    LIMIT 1
    FOR UPDATE OF d`;
  const decision = rows[0];
  if (!decision) throw new RosterRefusedError("noDecision");
  if (decision.revokedAt) throw new RosterRefusedError("decisionRevoked");
  if (decision.version !== version) throw conflict("decision changed since it was read");
  return decision;
}

/**
 * Publishes the movement's decision (administrators): lists every unrevoked honoree of it for
 * `audience` (always STAFF for a staff-only movement) and returns the audience and how many
 * were listed. A stale `version` is a conflict; an already published roster is refused.
 */
export async function publishRoster(options: {
  actor: Actor | null;
  input: PublishRosterInput;
}): Promise<{ audience: Visibility; honorees: number }> {
  const actor = requireRosterManager(options.actor);
  const { input } = options;
  return db().$transaction(async (tx) => {
    const decision = await lockDecision(tx, input.movementId, input.version);
    if (decision.publishedAt) throw new RosterRefusedError("alreadyPublished");
    // A staff-only movement never shows its honorees to the public, whatever the form sent.
    const audience: Visibility = decision.movementVisibility === "STAFF" ? "STAFF" : input.audience;
    await tx.decision.update({
      where: { id: decision.id },
      data: { publishedAt: new Date(), rosterAudience: audience, version: { increment: 1 } },
    });
    const honorees = await tx.$executeRaw`
      UPDATE "Honoree" SET "listedFor" = ${audience}::"Visibility", "publishedAt" = coalesce("publishedAt", now())
      WHERE "decisionId" = ${decision.id}::uuid AND "revokedAt" IS NULL`;
    await recordAudit(
      {
        actorId: actor.id,
        action: "roster.published",
        objectType: "Movement",
        objectId: input.movementId,
        before: { decisionId: decision.id, audience: null, version: decision.version },
        after: { decisionId: decision.id, audience, honorees, version: decision.version + 1 },
      },
      tx,
    );
    return { audience, honorees };
  });
}

/** Takes the movement's honorees off the roster (administrators), with a reason; returns how many were unlisted. */
export async function unpublishRoster(options: {
  actor: Actor | null;
  input: UnpublishRosterInput;
}): Promise<{ honorees: number }> {
  const actor = requireRosterManager(options.actor);
  const { input } = options;
  return db().$transaction(async (tx) => {
    const decision = await lockDecision(tx, input.movementId, input.version);
    if (!decision.publishedAt) throw new RosterRefusedError("notPublished");
    // rosterAudience stays as the last audience (the column has no null); publishedAt null is "not published".
    await tx.decision.update({ where: { id: decision.id }, data: { publishedAt: null, version: { increment: 1 } } });
    const honorees = await tx.$executeRaw`
      UPDATE "Honoree" SET "listedFor" = NULL, "publishedAt" = NULL
      WHERE "decisionId" = ${decision.id}::uuid AND "listedFor" IS NOT NULL`;
    await recordAudit(
      {
        actorId: actor.id,
        action: "roster.unpublished",
        objectType: "Movement",
        objectId: input.movementId,
        before: {
          decisionId: decision.id,
          audience: decision.rosterAudience,
          publishedAt: decision.publishedAt.toISOString(),
          version: decision.version,
        },
        after: {
          decisionId: decision.id,
          audience: null,
          honorees,
          reason: input.reason,
          version: decision.version + 1,
        },
      },
      tx,
    );
    return { honorees };
  });
}

interface LockedHonoree {
  id: string;
  nominationId: string;
  movementId: string;
  decisionId: string;
  name: string;
  listedFor: Visibility | null;
  revokedAt: Date | null;
}

/**
 * Revokes one recognition (administrators): records the reason, the revoking decision's
 * number, who and when, and takes it off the roster. It stays in the merit history, marked.
 * Revoking it again is refused (a conflict: someone did it first); there is no reinstatement.
 */
export async function revokeHonoree(options: {
  actor: Actor | null;
  input: RevokeHonoreeInput;
}): Promise<{ movementId: string; name: string }> {
  const actor = requireRosterManager(options.actor);
  const { input } = options;
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<LockedHonoree[]>`
      SELECT id::text AS id, "nominationId"::text AS "nominationId", "movementId"::text AS "movementId", "decisionId"::text AS "decisionId",
             name, "listedFor"::text AS "listedFor", "revokedAt"
      FROM "Honoree" WHERE id = ${input.honoreeId}::uuid FOR UPDATE`;
    const honoree = rows[0];
    if (!honoree) throw notFoundError("honoree");
    if (honoree.revokedAt) throw new RosterRefusedError("alreadyRevoked", "conflict");
    await tx.honoree.update({
      where: { id: honoree.id },
      data: {
        revokedAt: new Date(),
        revokedReason: input.reason,
        revocationReference: input.reference,
        revokedById: actor.id,
        listedFor: null,
      },
    });
    const after = {
      movementId: honoree.movementId,
      decisionId: honoree.decisionId,
      reason: input.reason,
      reference: input.reference,
      listedFor: null,
    };
    // Logged on the recognition and on its dossier, whose history (lib/nominations/history.ts) shows it.
    await recordAudits(
      [
        {
          actorId: actor.id,
          action: "honoree.revoked",
          objectType: "Honoree",
          objectId: honoree.id,
          before: { listedFor: honoree.listedFor },
          after,
        },
        {
          actorId: actor.id,
          action: "honoree.revoked",
          objectType: "Nomination",
          objectId: honoree.nominationId,
          before: { listedFor: honoree.listedFor },
          after: { ...after, honoreeId: honoree.id },
        },
      ],
      tx,
    );
    return { movementId: honoree.movementId, name: honoree.name };
  });
}
