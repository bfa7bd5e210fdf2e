// The history of one dossier: its audit events (objectType "Nomination"), oldest first, with
// who acted. Administrators see everything; everyone else who may see the dossier (its
// officers, assigned reviewers) does not learn who reviewed, objected or voted on it, nor any
// score or ballot detail: those events show the council as their actor and no details.
import { db } from "../db";
import { canViewNomination, hasRole } from "../policy";
import type { Actor } from "../session";

export interface HistoryEvent {
  id: string;
  action: string;
  at: Date;
  /** The person who acted; null when hidden from this viewer (`actorHidden`) or unknown (system, deleted account). */
  actorName: string | null;
  actorHidden: boolean;
  /** The return comment, to everyone who sees the dossier. */
  comment?: string;
  /** The vote's totals, to administrators only. */
  totals?: { approvals: number; rejections: number; abstentions: number };
}

const maxEvents = 500;
/** Council-side steps whose actor only administrators may know. */
const councilActions = /^(review|posting|vote)\./;

function record(json: unknown): Record<string, unknown> {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

function totalsOf(after: Record<string, unknown>): HistoryEvent["totals"] {
  const { approvals, rejections, abstentions } = after;
  if (typeof approvals !== "number" || typeof rejections !== "number" || typeof abstentions !== "number")
    return undefined;
  return { approvals, rejections, abstentions };
}

/** The history of `nominationId` as `actor` may see it; null when they may not see the dossier. */
export async function nominationHistory(options: {
  actor: Actor | null;
  nominationId: string;
}): Promise<HistoryEvent[] | null> {
  const { actor, nominationId } = options;
  const nomination = await db().nomination.findUnique({
    where: { id: nominationId },
    select: {
      createdAt: true,
      createdBy: { select: { fullName: true } },
      unit: { select: { path: true } },
      reviews: { select: { reviewerId: true } },
    },
  });
  if (!nomination) return null;
  if (
    !canViewNomination(actor, {
      unitPath: nomination.unit.path,
      reviewerIds: nomination.reviews.map((r) => r.reviewerId),
    })
  )
    return null;
  const isAdmin = hasRole(actor, "ADMIN");
  const rows = await db().auditEvent.findMany({
    where: { objectType: "Nomination", objectId: nominationId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: maxEvents,
    select: { id: true, action: true, at: true, after: true, actor: { select: { fullName: true } } },
  });
  const events: HistoryEvent[] = rows.map((row) => {
    const actorHidden = !isAdmin && councilActions.test(row.action);
    const after = record(row.after);
    const event: HistoryEvent = {
      id: row.id.toString(),
      action: row.action,
      at: row.at,
      actorName: actorHidden ? null : (row.actor?.fullName ?? null),
      actorHidden,
    };
    if (row.action === "nomination.returned" && typeof after.returnComment === "string")
      event.comment = after.returnComment;
    // The dossier's officers learn why its recognition was revoked (lib/roster/publishing.ts).
    if (row.action === "honoree.revoked" && typeof after.reason === "string") event.comment = after.reason;
    if (isAdmin && row.action === "vote.result") event.totals = totalsOf(after);
    return event;
  });
  // Dossiers made before the audit trail (imports, seeds) still start with their creation.
  if (!events.some((event) => event.action === "nomination.created")) {
    events.unshift({
      id: "created",
      action: "nomination.created",
      at: nomination.createdAt,
      actorName: nomination.createdBy.fullName,
      actorHidden: false,
    });
  }
  return events;
}
