// What the results page reads: one page of a title's ranking (scores from lib/reviews/scores.ts,
// in one query), optionally only the nominees of a unit and the units below it. The filter only
// hides rows: ranks stay those of the whole title across the movement.
import { db } from "../db";
import type { NominationStatus } from "../generated/prisma/enums";
import { Prisma } from "../generated/prisma/client";
import { rankedScoresSql } from "./scores";

export const rankingPageSize = 50;

/** What the results page filters by: the movement's titles (with their quotas) and the units it covers. */
export async function rankingFilterOptions(movement: { id: string; coveragePath: string }) {
  const [titles, units] = await Promise.all([
    db().awardTitle.findMany({
      where: { movementId: movement.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, nameEn: true, quotaTotal: true, quotaPerUnit: true, quotaPerUnitPercent: true },
    }),
    db().unit.findMany({ where: { path: { startsWith: movement.coveragePath } }, orderBy: { path: "asc" }, select: { id: true, name: true, depth: true, path: true } }),
  ]);
  return { titles, units };
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

async function readPage(options: Options, page: number, client: Reader) {
  const pageSize = options.pageSize ?? rankingPageSize;
  const unitFilter = options.unitPath ? Prisma.sql`WHERE u.path LIKE ${options.unitPath} || '%'` : Prisma.empty;
  return client.$queryRaw<(Omit<RankingRow, "needsDiscussion"> & { total: number })[]>`
    ${rankedScoresSql({ movementId: options.movementId, awardTitleId: options.awardTitleId, calibrate: options.calibrate })},
    tied AS (SELECT r.*, COUNT(*) OVER (PARTITION BY rank) > 1 AS "isTie" FROM ranked r),
    shown AS (
      SELECT t.*, u.name AS "unitName", u.headcount AS "unitHeadcount", COUNT(*) OVER ()::int AS total
      FROM tied t JOIN "Unit" u ON u.id = t."unitId"
      ${unitFilter}
      ORDER BY rank, "nomineeName", "nominationId"
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT s."nominationId"::text AS "nominationId", s."nomineeName", s."unitId"::text AS "unitId", s."unitName", s."unitHeadcount",
           s.status::text AS status, s.score::float8 AS score, s.reviews, s.spread::float8 AS spread, s.rank, s."isTie",
           s.calibrated::float8 AS "calibratedScore", s."calibratedRank", s.total,
           (SELECT COUNT(*)::int FROM "Nomination" x
            WHERE x."movementId" = ${options.movementId}::uuid AND x."awardTitleId" = s."awardTitleId" AND x."unitId" = s."unitId" AND x.status = 'SHORTLISTED') AS "unitShortlisted"
    FROM shown s
    ORDER BY s.rank, s."nomineeName", s."nominationId"`;
}

/** One page of a title's ranking; a page past the end shows the last page. */
export async function rankingPage(options: Options, client: Reader = db()): Promise<RankingPage> {
  const pageSize = options.pageSize ?? rankingPageSize;
  let page = Math.max(1, options.page);
  let rows = await readPage(options, page, client);
  if (rows.length === 0 && page > 1) {
    const first = await readPage(options, 1, client);
    page = Math.max(1, Math.ceil((first[0]?.total ?? 0) / pageSize));
    rows = page === 1 ? first : await readPage(options, page, client);
  }
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map((row) => {
      const { total: _omitted, ...rest } = row; // eslint-disable-line @typescript-eslint/no-unused-vars -- drops the window count from each row
      return { ...rest, needsDiscussion: rest.spread >= options.disagreementPoints };
    }),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** How many nominations of the title are on the shortlist. */
export async function shortlistedCount(options: { movementId: string; awardTitleId: string }, client: Reader = db()): Promise<number> {
  const rows = await client.$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS count FROM "Nomination"
    WHERE "movementId" = ${options.movementId}::uuid AND "awardTitleId" = ${options.awardTitleId}::uuid AND status = 'SHORTLISTED'`;
  return rows[0]?.count ?? 0;
}
