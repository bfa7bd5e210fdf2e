// Reading the public posting (công khai): the posted shortlist as its audience sees it, and the
// feedback as administrators answer it. Who sees a posting: audience PUBLIC, anyone who may see
// the movement (so a staff-only movement still needs sign-in); audience STAFF, signed-in only.
import { db } from "../../db";
import type { FeedbackKind, NomineeKind, Visibility } from "../../generated/prisma/enums";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { readReviewMovement, type ReviewMovement } from "../locks";
import { unresolvedObjectionCount } from "./objections";
import type { FeedbackFilter } from "./schemas";
import { feedbackStages, postingLastDay } from "../stage";

/** Statuses of the dossiers that were on the posted shortlist (later steps move them on). */
const postedStatuses = ["SHORTLISTED", "APPROVED", "REJECTED", "HONOURED"] as const;

export interface PostingWindow {
  startsOn: string;
  lastDay: string;
  workingDays: number;
  audience: Visibility;
  /** Feedback may be sent today. */
  isOpen: boolean;
}

/** May `actor` (null: anonymous) see the posting of `movement`? */
export function canSeePosting(
  actor: Actor | null,
  movement: Pick<ReviewMovement, "status" | "visibility"> & { posting: { audience: Visibility } | null },
): boolean {
  if (!movement.posting || movement.status === "DRAFT") return false;
  if (actor) return true;
  return movement.visibility === "PUBLIC" && movement.posting.audience === "PUBLIC";
}

function windowOf(movement: ReviewMovement & { posting: NonNullable<ReviewMovement["posting"]> }): PostingWindow {
  const { posting } = movement;
  return {
    startsOn: posting.startsOn,
    lastDay: postingLastDay(posting, movement.holidays),
    workingDays: posting.workingDays,
    audience: posting.audience,
    isOpen: feedbackStages.includes(movement.stage),
  };
}

export interface PostedCandidate {
  id: string;
  nomineeKind: NomineeKind;
  nomineeName: string;
  position: string | null;
  unitName: string;
  citation: string;
  /** Sanitized HTML: sanitize again when showing it (lib/nominations/rich-text.ts). */
  achievementSummary: string;
}

export interface PostedTitle {
  id: string;
  name: string;
  nameEn: string | null;
  candidates: PostedCandidate[];
}

/**
 * The posted shortlist of a movement by award title, with its window; null when the movement
 * has no posting or `actor` may not see it. Signed-in viewers also get their own feedback.
 */
export async function postedShortlist(options: { actor: Actor | null; movementId: string; today: string }) {
  const { actor, movementId, today } = options;
  const movement = await readReviewMovement(movementId, today);
  if (!movement?.posting || !canSeePosting(actor, movement)) return null;
  const [nominations, mine] = await Promise.all([
    db().nomination.findMany({
      where: { movementId, status: { in: [...postedStatuses] } },
      orderBy: [{ awardTitle: { position: "asc" } }, { nomineeName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        nomineeKind: true,
        nomineeName: true,
        position: true,
        citation: true,
        achievementSummary: true,
        unit: { select: { name: true } },
        awardTitle: { select: { id: true, name: true, nameEn: true } },
      },
    }),
    actor
      ? db().postingFeedback.findMany({
          where: { movementId, authorId: actor.id },
          orderBy: { createdAt: "asc" },
          select: { id: true, nominationId: true, kind: true, body: true, createdAt: true, resolution: true },
        })
      : [],
  ]);
  const titles: PostedTitle[] = [];
  for (const n of nominations) {
    let title = titles.at(-1);
    if (title?.id !== n.awardTitle.id) titles.push((title = { ...n.awardTitle, candidates: [] }));
    title.candidates.push({
      id: n.id,
      nomineeKind: n.nomineeKind,
      nomineeName: n.nomineeName,
      position: n.position,
      unitName: n.unit.name,
      citation: n.citation,
      achievementSummary: n.achievementSummary,
    });
  }
  return {
    movement: { id: movement.id, name: movement.name },
    window: windowOf({ ...movement, posting: movement.posting }),
    titles,
    myFeedback: mine,
  };
}

export type PostedShortlist = NonNullable<Awaited<ReturnType<typeof postedShortlist>>>;

/**
 * What the administrators' posting page shows: before posting, the shortlist count per title
 * and the movement's defaults; after, the window and the feedback counts. Null when `actor` may
 * not manage movements or the movement does not exist.
 */
export async function postingOverview(options: { actor: Actor | null; movementId: string; today: string }) {
  const { actor, movementId, today } = options;
  if (!can(actor, "movement.manage")) return null;
  const movement = await readReviewMovement(movementId, today);
  if (!movement) return null;
  const [perTitle, feedbackCounts, unresolved] = await Promise.all([
    db().$queryRaw<{ id: string; name: string; nameEn: string | null; shortlisted: number }[]>`
      SELECT t.id::text AS id, t.name, t."nameEn", COUNT(n.id)::int AS shortlisted
      FROM "AwardTitle" t LEFT JOIN "Nomination" n ON n."awardTitleId" = t.id AND n.status = 'SHORTLISTED'
      WHERE t."movementId" = ${movementId}::uuid
      GROUP BY t.id ORDER BY t.position`,
    db().postingFeedback.groupBy({ by: ["kind"], where: { movementId }, _count: { _all: true } }),
    unresolvedObjectionCount(db(), movementId),
  ]);
  const countOf = (kind: FeedbackKind) => feedbackCounts.find((c) => c.kind === kind)?._count._all ?? 0;
  return {
    movement: {
      id: movement.id,
      name: movement.name,
      nameEn: movement.nameEn,
      version: movement.version,
      status: movement.status,
      stage: movement.stage,
    },
    defaults: { audience: movement.postingAudience, workingDays: movement.postingWorkingDays },
    perTitle,
    shortlisted: perTitle.reduce((sum, t) => sum + t.shortlisted, 0),
    window: movement.posting ? windowOf({ ...movement, posting: movement.posting }) : null,
    counts: { feedback: countOf("FEEDBACK"), objections: countOf("OBJECTION"), unresolved },
    /** Upcoming holidays, for the preview of the last day (the form computes it in the browser). */
    holidays: [...movement.holidays].filter((day) => day >= today).sort(),
  };
}

export type PostingOverview = NonNullable<Awaited<ReturnType<typeof postingOverview>>>;

export const feedbackPageSize = 20;

/** The feedback of a movement for administrators, newest first, a page at a time; null when not allowed. */
export async function feedbackForAdmin(options: {
  actor: Actor | null;
  movementId: string;
  filter: FeedbackFilter;
  page?: number;
}) {
  const { actor, movementId, filter } = options;
  if (!can(actor, "movement.manage")) return null;
  const where = { movementId, ...(filter === "unresolved" ? { kind: "OBJECTION" as const, resolvedAt: null } : {}) };
  const total = await db().postingFeedback.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / feedbackPageSize));
  const page = Math.min(Math.max(Math.trunc(options.page ?? 1) || 1, 1), pageCount);
  const rows = await db().postingFeedback.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * feedbackPageSize,
    take: feedbackPageSize,
    select: {
      id: true,
      kind: true,
      body: true,
      createdAt: true,
      resolution: true,
      resolvedAt: true,
      nomination: { select: { id: true, nomineeName: true } },
      author: { select: { fullName: true, roles: { select: { unit: { select: { name: true } } } } } },
      resolvedBy: { select: { fullName: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      createdAt: r.createdAt,
      resolution: r.resolution,
      resolvedAt: r.resolvedAt,
      resolverName: r.resolvedBy?.fullName ?? null,
      nominationId: r.nomination.id,
      nomineeName: r.nomination.nomineeName,
      authorName: r.author.fullName,
      authorUnits: [...new Set(r.author.roles.map((role) => role.unit.name))].join(", "),
    })),
  };
}

export type FeedbackRow = NonNullable<Awaited<ReturnType<typeof feedbackForAdmin>>>["rows"][number];

/** Whether the movement page should link to the posted shortlist: it is posted and `actor` may see it. */
export async function hasVisiblePosting(options: { actor: Actor | null; movementId: string }): Promise<boolean> {
  const posting = await db().shortlistPosting.findUnique({
    where: { movementId: options.movementId },
    select: { audience: true, movement: { select: { status: true, visibility: true } } },
  });
  if (!posting) return false;
  return canSeePosting(options.actor, {
    status: posting.movement.status,
    visibility: posting.movement.visibility,
    posting: { audience: posting.audience },
  });
}
