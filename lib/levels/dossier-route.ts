// Where a dossier is on its route, and how it got there (decision 0012): every level with its
// state in the current submission and its deadline, who holds it now and since when, and the
// full history of hand-overs and verdicts, for the dossier page, the reviewers and the organiser.
import { db } from "../db";
import type { LevelState, NominationStatus, RouteStepKind } from "../generated/prisma/enums";
import { deadlinesFor, routeContext } from "./context";

export interface RouteLevelView {
  unitId: string;
  unitName: string;
  state: LevelState | null;
  comment: string | null;
  rank: number | null;
  deadline: string;
}

export interface RouteStepView {
  kind: RouteStepKind;
  unitName: string;
  toUnitName: string | null;
  actorName: string | null;
  comment: string | null;
  at: Date;
}

export interface DossierRoute {
  isThroughLevels: boolean;
  organizerName: string;
  /** Who holds it now: a level, the organiser, or the nominating side (not submitted, returned, ended). */
  holder:
    | { kind: "level"; unitName: string; since: Date | null; deadline: string; state: LevelState | null }
    | { kind: "organiser"; since: Date | null }
    /** A level kept it from going further (not forwarded): its route ends there. */
    | { kind: "stopped"; unitName: string }
    /** With the nominating unit: not sent yet, returned for revision, or withdrawn. */
    | { kind: "nominating"; reason: "draft" | "returned" | "withdrawn" };
  levels: RouteLevelView[];
  history: RouteStepView[];
  /** The level considerations behind the forwards of this dossier (votes), nearest level first. */
  endorsements: {
    unitName: string;
    comment: string | null;
    rank: number | null;
    vote: { totalMembers: number; membersPresent: number; votesFor: number; votesAgainst: number } | null;
  }[];
}

/** The route of nomination `nominationId` (the caller checked that the viewer may see the dossier). */
export async function dossierRoute(nominationId: string): Promise<DossierRoute | null> {
  const nomination = await db().nomination.findUnique({
    where: { id: nominationId },
    select: {
      movementId: true,
      status: true,
      routeUnitIds: true,
      routeCycle: true,
      levelUnitId: true,
      levelSince: true,
      submittedAt: true,
    },
  });
  if (!nomination) return null;
  const context = await routeContext(nomination.movementId);
  if (!context) return null;
  const [levels, steps, units, votes] = await Promise.all([
    db().nominationLevel.findMany({
      where: { nominationId, cycle: nomination.routeCycle },
      select: { unitId: true, state: true, comment: true, rank: true },
    }),
    db().nominationStep.findMany({
      where: { nominationId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: {
        kind: true,
        comment: true,
        at: true,
        unit: { select: { name: true } },
        toUnit: { select: { name: true } },
        actor: { select: { fullName: true } },
      },
    }),
    db().unit.findMany({ where: { id: { in: nomination.routeUnitIds } }, select: { id: true, name: true } }),
    // The consideration each forwarding level recorded last before forwarding this dossier.
    db().$queryRaw<
      { unitId: string; totalMembers: number; membersPresent: number; votesFor: number; votesAgainst: number }[]
    >`
      SELECT DISTINCT ON (s."unitId") s."unitId"::text AS "unitId", c."totalMembers", c."membersPresent", c."votesFor", c."votesAgainst"
      FROM "NominationStep" s
      JOIN "LevelProposal" p ON p.id = s."proposalId"
      JOIN "LevelConsideration" c ON c.id = p."considerationId"
      WHERE s."nominationId" = ${nominationId}::uuid AND s.kind = 'FORWARDED' AND s.cycle = ${nomination.routeCycle}
      ORDER BY s."unitId", s.at DESC`,
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const byUnit = new Map(levels.map((l) => [l.unitId, l]));
  const deadlines = deadlinesFor(context, nomination.routeUnitIds);
  const voteOf = new Map(votes.map((v) => [v.unitId, v]));
  const routeLevels: RouteLevelView[] = nomination.routeUnitIds.map((unitId) => ({
    unitId,
    unitName: names.get(unitId) ?? "",
    state: byUnit.get(unitId)?.state ?? null,
    comment: byUnit.get(unitId)?.comment ?? null,
    rank: byUnit.get(unitId)?.rank ?? null,
    deadline: deadlines.get(unitId)!,
  }));
  return {
    isThroughLevels: context.route === "LEVELS" || nomination.routeUnitIds.length > 0,
    organizerName: context.organizer.name,
    holder: holderOf(nomination.status, nomination.levelUnitId, nomination.levelSince, routeLevels),
    levels: routeLevels,
    history: steps.map((step) => ({
      kind: step.kind,
      unitName: step.unit.name,
      toUnitName: step.toUnit?.name ?? null,
      actorName: step.actor?.fullName ?? null,
      comment: step.comment,
      at: step.at,
    })),
    endorsements: routeLevels
      .filter((level) => level.state === "FORWARDED" || level.state === "ENDORSED")
      .map((level) => {
        const vote = voteOf.get(level.unitId);
        return {
          unitName: level.unitName,
          comment: level.comment,
          rank: level.rank,
          vote: vote
            ? {
                totalMembers: vote.totalMembers,
                membersPresent: vote.membersPresent,
                votesFor: vote.votesFor,
                votesAgainst: vote.votesAgainst,
              }
            : null,
        };
      }),
  };
}

function holderOf(
  status: NominationStatus,
  levelUnitId: string | null,
  since: Date | null,
  levels: RouteLevelView[],
): DossierRoute["holder"] {
  if (levelUnitId) {
    const level = levels.find((l) => l.unitId === levelUnitId);
    return {
      kind: "level",
      unitName: level?.unitName ?? "",
      since,
      deadline: level?.deadline ?? "",
      state: level?.state ?? null,
    };
  }
  if (["SUBMITTED", "IN_REVIEW", "SHORTLISTED", "APPROVED", "REJECTED", "HONOURED"].includes(status))
    return { kind: "organiser", since };
  if (status === "NOT_SELECTED") {
    const stoppedAt = levels.find((l) => l.state === "NOT_FORWARDED");
    return stoppedAt ? { kind: "stopped", unitName: stoppedAt.unitName } : { kind: "organiser", since };
  }
  return {
    kind: "nominating",
    reason: status === "RETURNED" ? "returned" : status === "WITHDRAWN" ? "withdrawn" : "draft",
  };
}
