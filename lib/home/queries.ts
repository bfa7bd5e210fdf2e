// What each role's home page shows. Every query filters by what the viewer may see.
import { db } from "../db";
import type { NominationStatus } from "../generated/prisma/enums";
import { rosterRowSelect, toRosterRow, type RosterRow } from "../roster/queries";
import { listedWhere } from "../roster/visibility";
import type { Actor } from "../session";
import { unitsWithinScopes } from "../units/scope";

/** A card of the home page's latest honorees: a roster card, and when it was published. */
export interface HonoreeCard extends RosterRow {
  publishedAt: Date | null;
}

/** The latest honorees on the rosters `actor` may read (lib/roster/visibility.ts), newest publication first. */
export async function latestHonorees(options: { actor: Actor | null; take?: number }): Promise<HonoreeCard[]> {
  const rows = await db().honoree.findMany({
    where: listedWhere(options.actor),
    // Served by the index (listedFor, publishedAt DESC).
    orderBy: [{ publishedAt: "desc" }, { nameSearch: "asc" }, { id: "asc" }],
    take: options.take ?? 6,
    select: { ...rosterRowSelect, publishedAt: true },
  });
  return rows.map((row) => ({ ...toRosterRow(row), publishedAt: row.publishedAt }));
}

export interface MovementSummary {
  id: string;
  name: string;
  slogan: string | null;
  startsOn: Date;
  endsOn: Date;
  status: string;
}

/** Movements accepting registrations and nominations. */
export async function openMovements(options: { isSignedIn: boolean }): Promise<MovementSummary[]> {
  return db().movement.findMany({
    where: { status: "OPEN", ...(options.isSignedIn ? {} : { visibility: "PUBLIC" as const }) },
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, slogan: true, startsOn: true, endsOn: true, status: true },
  });
}

export interface AdminOverview {
  activeUnits: number;
  activeUsers: number;
  movementsByStatus: Record<string, number>;
  awaitingAction: number;
}

/** Counts an administrator starts the day with. */
export async function adminOverview(): Promise<AdminOverview> {
  const [activeUnits, activeUsers, movements, awaitingAction] = await Promise.all([
    db().unit.count({ where: { isActive: true } }),
    db().user.count({ where: { isActive: true } }),
    db().movement.groupBy({ by: ["status"], _count: { _all: true } }),
    db().nomination.count({ where: { status: "SUBMITTED" } }),
  ]);
  return {
    activeUnits,
    activeUsers,
    movementsByStatus: Object.fromEntries(movements.map((m) => [m.status, m._count._all])),
    awaitingAction,
  };
}

/** Nominations by status across the subtrees an officer acts for. */
export async function officerNominationCounts(scopes: string[]): Promise<Partial<Record<NominationStatus, number>>> {
  if (scopes.length === 0) return {};
  const rows = await db().nomination.groupBy({
    by: ["status"],
    where: { nominatingUnit: unitsWithinScopes(scopes) },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export interface ReviewQueueItem {
  id: string;
  nomineeName: string;
  movementName: string;
  status: string;
}

/** The reviewer's unfinished assignments, oldest first. */
export async function reviewerQueue(reviewerId: string): Promise<{ pending: ReviewQueueItem[]; submitted: number }> {
  const [pending, submitted] = await Promise.all([
    db().review.findMany({
      // Named statuses, not "not SUBMITTED": an index range on (reviewer, status), where a
      // negation reads every one of a reviewer's thousands of reviews.
      where: { reviewerId, status: { in: ["ASSIGNED", "IN_PROGRESS"] } },
      orderBy: { createdAt: "asc" },
      take: 10,
      select: {
        id: true,
        status: true,
        nomination: { select: { nomineeName: true, movement: { select: { name: true } } } },
      },
    }),
    db().review.count({ where: { reviewerId, status: "SUBMITTED" } }),
  ]);
  return {
    pending: pending.map((r) => ({
      id: r.id,
      nomineeName: r.nomination.nomineeName,
      movementName: r.nomination.movement.name,
      status: r.status,
    })),
    submitted,
  };
}
