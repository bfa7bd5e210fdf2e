// What the results page reads: one page of a title's ranking (scores from lib/reviews/ranking/scores.ts,
// kept per movement by lib/reviews/ranking/cache.ts), optionally only the nominees of a unit and
// the units below it. The filter only hides rows: ranks stay those of the whole title across the
// movement.
import { db } from "../../db";
import { isUuid } from "../../ids";
import type { NominationStatus } from "../../generated/prisma/enums";
import { Prisma } from "../../generated/prisma/client";
import { rankedTitle } from "./cache";

export const rankingPageSize = 50;

export interface RankingUnitOption {
  id: string;
  name: string;
  depth: number;
  path: string;
}

/**
 * What the results page filters by: the movement's titles (with their quotas), the unit chosen
 * (`unitId`, when it is one the movement covers) and the units to choose from next. A national
 * movement covers thousands of units, so the choice drills down instead of listing them all: the
 * units from the covered unit down to the chosen one, then the chosen one's children (a unit
 * the movement does not cover counts as none chosen).
 */
export async function rankingFilterOptions(movement: { id: string; coveragePath: string }, unitId?: string | null) {
  const chosenId = unitId && isUuid(unitId) ? unitId : null;
  const [titles, units] = await Promise.all([
    db().awardTitle.findMany({
      where: { movementId: movement.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, nameEn: true, quotaTotal: true, quotaPerUnit: true, quotaPerUnitPercent: true },
    }),
    db().$queryRaw<(RankingUnitOption & { isChosen: boolean })[]>`
      WITH chosen AS (
        SELECT id, path FROM "Unit"
        WHERE path LIKE ${movement.coveragePath} || '%' AND (id = ${chosenId}::uuid OR path = ${movement.coveragePath})
        ORDER BY (id = ${chosenId}::uuid) DESC NULLS LAST
        LIMIT 1
      )
      SELECT u.id::text AS id, u.name, u.depth, u.path, COALESCE(u.id = ${chosenId}::uuid, false) AS "isChosen"
      FROM chosen c JOIN "Unit" u
        ON (u.path LIKE ${movement.coveragePath} || '%' AND c.path LIKE u.path || '%') OR u."parentId" = c.id
      ORDER BY u.path`,
  ]);
  const chosen = units.find((unit) => unit.isChosen);
  return {
    titles,
    units: units.map(({ isChosen: _isChosen, ...unit }) => unit), // eslint-disable-line @typescript-eslint/no-unused-vars -- the flag only finds `unit`
    unit: chosen ? { id: chosen.id, name: chosen.name, depth: chosen.depth, path: chosen.path } : undefined,
  };
}

export interface RankingRow {
  nominationId: string;
  nomineeName: string;
  unitId: string;
  unitName: string;
  /** The nominee unit's headcount (per-unit quotas given as a share of it). */
  unitHeadcount: number | null;
  /** Nominations of this title and nominee unit already on the shortlist. */
  unitShortlisted: number;
  status: NominationStatus;
  score: number;
  reviews: number;
  spread: number;
  rank: number;
  /** Another nomination of the title has the same rank. */
  isTie: boolean;
  needsDiscussion: boolean;
  calibratedScore: number | null;
  calibratedRank: number | null;
}

export interface RankingPage {
  rows: RankingRow[];
  total: number;
  page: number;
  pageCount: number;
}

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

interface Options {
  movementId: string;
  awardTitleId: string;
  /** Path of a unit: only nominees of it and the units below it are listed. */
  unitPath?: string | null;
  page: number;
  pageSize?: number;
  calibrate: boolean;
  disagreementPoints: number;
}

/** What is read fresh for the rows shown: what shortlisting and unit edits change without re-ranking. */
interface ShownFacts {
  nominationId: string;
  status: NominationStatus;
  unitName: string;
  unitHeadcount: number | null;
  unitShortlisted: number;
}

async function unitIdsUnder(unitPath: string): Promise<Set<string>> {
  const rows = await db().$queryRaw<
    { id: string }[]
  >`SELECT id::text AS id FROM "Unit" WHERE path LIKE ${unitPath} || '%'`;
  return new Set(rows.map((row) => row.id));
}

async function shownFacts(
  movementId: string,
  awardTitleId: string,
  nominationIds: string[],
): Promise<Map<string, ShownFacts>> {
  if (nominationIds.length === 0) return new Map();
  const rows = await db().$queryRaw<ShownFacts[]>`
    SELECT n.id::text AS "nominationId", n.status::text AS status, u.name AS "unitName", u.headcount AS "unitHeadcount",
           (SELECT COUNT(*)::int FROM "Nomination" x
            WHERE x."movementId" = ${movementId}::uuid AND x."awardTitleId" = ${awardTitleId}::uuid AND x."unitId" = n."unitId" AND x.status = 'SHORTLISTED') AS "unitShortlisted"
    FROM "Nomination" n JOIN "Unit" u ON u.id = n."unitId"
    WHERE n.id = ANY(${nominationIds}::uuid[])`;
  return new Map(rows.map((row) => [row.nominationId, row]));
}

/**
 * One page of a title's ranking; a page past the end shows the last page. The ranking itself
 * comes from the movement's kept ranking (lib/reviews/ranking/cache.ts, committed data only).
 */
export async function rankingPage(options: Options): Promise<RankingPage> {
  const pageSize = options.pageSize ?? rankingPageSize;
  const [ranked, unitIds] = await Promise.all([
    rankedTitle({ movementId: options.movementId, awardTitleId: options.awardTitleId, calibrate: options.calibrate }),
    options.unitPath ? unitIdsUnder(options.unitPath) : null,
  ]);
  const listed = unitIds ? ranked.filter((row) => unitIds.has(row.unitId)) : ranked;
  const total = listed.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const slice = listed.slice((page - 1) * pageSize, page * pageSize);
  const facts = await shownFacts(
    options.movementId,
    options.awardTitleId,
    slice.map((row) => row.nominationId),
  );
  const rows: RankingRow[] = [];
  for (const row of slice) {
    const fresh = facts.get(row.nominationId);
    // A nomination deleted since the ranking was read: its version bump is committed too, so the next request re-ranks.
    if (!fresh) continue;
    rows.push({ ...row, ...fresh, needsDiscussion: row.spread >= options.disagreementPoints });
  }
  return { rows, total, page, pageCount };
}

/** How many nominations of the title are on the shortlist. */
export async function shortlistedCount(
  options: { movementId: string; awardTitleId: string },
  client: Reader = db(),
): Promise<number> {
  const rows = await client.$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS count FROM "Nomination"
    WHERE "movementId" = ${options.movementId}::uuid AND "awardTitleId" = ${options.awardTitleId}::uuid AND status = 'SHORTLISTED'`;
  return rows[0]?.count ?? 0;
}
