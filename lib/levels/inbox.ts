// A level's inbox (decision 0012): the dossiers units below sent up that reached this level in
// their current submission, with their state here, counted per title against the allotment,
// the level's deadline and its latest council consideration. Officers of the level act on it;
// the organiser's administrators read it.
import { z } from "zod";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { LevelState, NomineeKind } from "../generated/prisma/enums";
import { canActAtLevel, canReadLevel } from "../policy";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { queryEnum, queryId, queryPage, queryText } from "../validation/search-params";
import { sentUpCounts } from "./allotments";
import { isLevelOf, levelDeadline, routeContext } from "./context";
import { escapeLike } from "../nominations/list";

export const inboxPageSize = 50;

/** What the inbox lists: what awaits the level (the default), one state, or everything it received. */
export const inboxStateFilters = [
  "open",
  "PENDING",
  "ENDORSED",
  "FORWARDED",
  "RETURNED",
  "NOT_FORWARDED",
  "all",
] as const;
export type InboxStateFilter = (typeof inboxStateFilters)[number];
export const inboxSortKeys = ["rank", "received", "name"] as const;

export const inboxParamsSchema = z.object({
  title: queryId(),
  /** The unit that sent the dossier up (its nominating unit). */
  from: queryId(),
  state: queryEnum(inboxStateFilters, "open"),
  q: queryText(200),
  sort: queryEnum(inboxSortKeys, "rank"),
  page: queryPage(),
});
export type InboxParams = z.infer<typeof inboxParamsSchema>;

export interface InboxRow {
  nominationId: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  version: number;
  titleId: string;
  titleName: string;
  titleNameEn: string | null;
  unitName: string;
  fromUnitId: string;
  fromUnitName: string;
  state: LevelState;
  comment: string | null;
  rank: number | null;
  receivedAt: Date;
  decidedAt: Date | null;
  levelVersion: number;
}

export interface InboxTitle {
  id: string;
  name: string;
  nameEn: string | null;
  /** Allotment (null: unlimited) and dossiers this unit sent up (forwarded here, or its own submitted). */
  quota: number | null;
  sentUp: number;
  /** Dossiers here awaiting the level, per state. */
  pending: number;
  endorsed: number;
}

export interface LevelInbox {
  movement: { id: string; name: string; nameEn: string | null; status: string };
  unit: { id: string; name: string };
  /** May the viewer act (an officer of this level), or only read (the organiser)? */
  canAct: boolean;
  deadline: string;
  isOverdue: boolean;
  organizerName: string;
  titles: InboxTitle[];
  /** The units that sent dossiers up to this level, for the filter. */
  fromUnits: { id: string; name: string; count: number }[];
  consideration: {
    id: string;
    recordedAt: Date;
    totalMembers: number;
    membersPresent: number;
    votesFor: number;
    votesAgainst: number;
    minutesName: string | null;
  } | null;
  rows: InboxRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** The page's order over the matching level rows (`p`, with the dossier's folded name when sorting by name). */
const orderOf = (sort: InboxParams["sort"]) => {
  switch (sort) {
    case "rank":
      return Prisma.sql`p.rank ASC NULLS LAST, p."receivedAt", p."nominationId"`;
    case "received":
      return Prisma.sql`p."receivedAt" DESC, p."nominationId"`;
    case "name":
      return Prisma.sql`p."nomineeNameSearch", p."nominationId"`;
  }
};

const stateCondition = (state: InboxStateFilter) => {
  if (state === "all") return Prisma.sql`TRUE`;
  if (state === "open") return Prisma.sql`l.state IN ('PENDING', 'ENDORSED')`;
  return Prisma.sql`l.state = ${state}::"LevelState"`;
};

/**
 * The inbox of level `unitId` in movement `movementId` as `actor` may see it: officers of that
 * very unit (who act) and administrators (who read); null for anyone else or an unknown
 * movement, level or a direct route.
 */
export async function levelInbox(options: {
  actor: Actor | null;
  movementId: string;
  unitId: string;
  params: InboxParams;
  today: string;
}): Promise<LevelInbox | null> {
  const { actor, movementId, unitId, params } = options;
  if (!canReadLevel(actor, unitId)) return null;
  const canAct = canActAtLevel(actor, unitId);
  const context = await routeContext(movementId);
  if (!context || !isLevelOf(context, unitId) || context.movement.status === "DRAFT") return null;
  const head = await db().unit.findUnique({ where: { id: unitId }, select: { name: true, path: true } });
  if (!head || !head.path.startsWith(context.organizer.path)) return null;

  // The level rows alone decide what matches (they carry the title, the sending unit and whether
  // they belong to a live submission); the dossiers are joined for the name filter and sort, and
  // for the page's fifty rows.
  const here = Prisma.sql`l."movementId" = ${movementId}::uuid AND l."unitId" = ${unitId}::uuid AND l."isCurrent"`;
  const filters = [here, stateCondition(params.state)];
  if (params.title) filters.push(Prisma.sql`l."awardTitleId" = ${params.title}::uuid`);
  if (params.from) filters.push(Prisma.sql`l."nominatingUnitId" = ${params.from}::uuid`);
  const q = toSearchText(params.q);
  if (q) filters.push(Prisma.sql`n."nomineeNameSearch" LIKE ${`%${escapeLike(q)}%`}`);
  const byName = q !== "" || params.sort === "name";
  const offset = (Math.max(1, params.page) - 1) * inboxPageSize;

  const [rows, groups, titles, sentUp, consideration] = await Promise.all([
    db().$queryRaw<(InboxRow & { total: number })[]>`
      WITH matching AS (
        SELECT l."nominationId", l."awardTitleId", l."nominatingUnitId", l.state, l.comment, l.rank, l."receivedAt", l."decidedAt", l.version,
               ${byName ? Prisma.sql`n."nomineeNameSearch"` : Prisma.sql`NULL::text AS "nomineeNameSearch"`}
        FROM "NominationLevel" l ${byName ? Prisma.sql`JOIN "Nomination" n ON n.id = l."nominationId"` : Prisma.empty}
        WHERE ${Prisma.join(filters, " AND ")}
      ),
      page AS (SELECT p.*, count(*) OVER ()::int AS total FROM matching p ORDER BY ${orderOf(params.sort)} LIMIT ${inboxPageSize} OFFSET ${offset})
      SELECT n.id::text AS "nominationId", n."nomineeName", n."nomineeKind"::text AS "nomineeKind", n.version,
             t.id::text AS "titleId", t.name AS "titleName", t."nameEn" AS "titleNameEn", u.name AS "unitName",
             nu.id::text AS "fromUnitId", nu.name AS "fromUnitName",
             p.state::text AS state, p.comment, p.rank, p."receivedAt", p."decidedAt", p.version AS "levelVersion", p.total
      FROM page p
      JOIN "Nomination" n ON n.id = p."nominationId"
      JOIN "AwardTitle" t ON t.id = p."awardTitleId"
      JOIN "Unit" u ON u.id = n."unitId"
      JOIN "Unit" nu ON nu.id = p."nominatingUnitId"
      ORDER BY ${orderOf(params.sort)}`,
    // Per sending unit, title and state: the filter's choices and the counts against allotments.
    db().$queryRaw<{ fromUnitId: string; fromUnitName: string; titleId: string; state: LevelState; count: number }[]>`
      SELECT g."fromUnitId"::text AS "fromUnitId", nu.name AS "fromUnitName", g."titleId"::text AS "titleId", g.state::text AS state, g.count
      FROM (SELECT l."nominatingUnitId" AS "fromUnitId", l."awardTitleId" AS "titleId", l.state, count(*)::int AS count
            FROM "NominationLevel" l WHERE ${here} GROUP BY 1, 2, 3) g
      JOIN "Unit" nu ON nu.id = g."fromUnitId"`,
    db().$queryRaw<{ id: string; name: string; nameEn: string | null; quota: number | null }[]>`
      SELECT t.id::text AS id, t.name, t."nameEn", a.quota
      FROM "AwardTitle" t
      LEFT JOIN "LevelAllotment" a ON a."movementId" = t."movementId" AND a."unitId" = ${unitId}::uuid AND a."awardTitleId" = t.id
      WHERE t."movementId" = ${movementId}::uuid
      ORDER BY t.position`,
    // What this unit sent up, as its allotment counts it (forwarded here, or submitted as the nominating unit).
    sentUpCounts(db(), movementId, [unitId]),
    db().levelConsideration.findFirst({
      where: { movementId, unitId },
      orderBy: { recordedAt: "desc" },
      select: {
        id: true,
        recordedAt: true,
        totalMembers: true,
        membersPresent: true,
        votesFor: true,
        votesAgainst: true,
        minutesName: true,
      },
    }),
  ]);

  const countsByTitle = new Map<string, { pending: number; endorsed: number }>();
  const fromUnits = new Map<string, { id: string; name: string; count: number }>();
  for (const group of groups) {
    const counts = countsByTitle.get(group.titleId) ?? { pending: 0, endorsed: 0 };
    if (group.state === "PENDING") counts.pending += group.count;
    if (group.state === "ENDORSED") counts.endorsed += group.count;
    countsByTitle.set(group.titleId, counts);
    const from = fromUnits.get(group.fromUnitId) ?? { id: group.fromUnitId, name: group.fromUnitName, count: 0 };
    from.count += group.count;
    fromUnits.set(group.fromUnitId, from);
  }
  const total = rows[0]?.total ?? 0;
  const deadline = levelDeadline(context, { id: unitId, path: head.path });
  const awaiting = [...countsByTitle.values()].reduce((sum, c) => sum + c.pending + c.endorsed, 0);
  return {
    movement: {
      id: movementId,
      name: context.movement.name,
      nameEn: context.movement.nameEn,
      status: context.movement.status,
    },
    unit: { id: unitId, name: head.name },
    canAct,
    deadline,
    isOverdue: awaiting > 0 && options.today > deadline,
    organizerName: context.organizer.name,
    titles: titles.map((title) => ({
      ...title,
      sentUp: sentUp.get(unitId)?.get(title.id) ?? 0,
      ...(countsByTitle.get(title.id) ?? { pending: 0, endorsed: 0 }),
    })),
    fromUnits: [...fromUnits.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")),
    consideration,
    rows: rows.map((row) => {
      const rest: Partial<typeof row> = { ...row };
      delete rest.total;
      return rest as InboxRow;
    }),
    total,
    page: Math.max(1, params.page),
    pageCount: Math.max(1, Math.ceil(total / inboxPageSize)),
  };
}

/** The levels at which `actor` acts in movements routed through levels, with what awaits each. */
export async function actorLevels(actor: Actor | null): Promise<
  {
    movementId: string;
    movementName: string;
    movementNameEn: string | null;
    unitId: string;
    unitName: string;
    awaiting: number;
  }[]
> {
  const unitIds = actor?.roles.filter((r) => r.role === "OFFICER").map((r) => r.unitId) ?? [];
  if (unitIds.length === 0) return [];
  return db().$queryRaw`
    SELECT m.id::text AS "movementId", m.name AS "movementName", m."nameEn" AS "movementNameEn", u.id::text AS "unitId", u.name AS "unitName",
           (SELECT count(*)::int FROM "NominationLevel" l
            WHERE l."movementId" = m.id AND l."unitId" = u.id AND l."isCurrent" AND l.state IN ('PENDING', 'ENDORSED')) AS awaiting
    FROM "Movement" m
    JOIN "Unit" o ON o.id = m."organizingUnitId"
    JOIN "Unit" u ON u.id = ANY(${unitIds}::uuid[]) AND u.path LIKE o.path || '%' AND u.id <> o.id
    WHERE m.route = 'LEVELS' AND m.status <> 'DRAFT'
      -- A chosen level, or (every unit with an officer being one) a level some dossier reached.
      AND (EXISTS (SELECT 1 FROM "NominationLevel" l WHERE l."unitId" = u.id AND l."movementId" = m.id)
           OR (m."routeSelection" = 'CHOSEN_UNITS' AND EXISTS (SELECT 1 FROM "RouteUnit" r WHERE r."movementId" = m.id AND r."unitId" = u.id AND r."isLevel")))
    ORDER BY m."startsOn" DESC, u.name`;
}
