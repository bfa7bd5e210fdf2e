// The ranked scores of a title, kept in memory per movement while the movement's ranking version
// is unchanged. At national scale a title holds tens of thousands of nominations and ranking them
// reads every submitted review (≈ 1–2 s, docs/PERFORMANCE.md "Issue 8"); the results page is read
// far more often than the ranking changes (reviews are closed by the time shortlisting starts).
//
// Correctness rests on the database: deferred triggers (migration ranking_version) bump
// RankingVersion.version of a movement in the same transaction as any change to its submitted
// reviews or to a nomination's movement, title, unit or name, whoever writes. A ranking is kept
// with the version read *before* it was computed, so a change committed meanwhile only makes it
// look older than it is, never newer. Only what those triggers cover is kept here: a nomination's
// status, its unit's name and the shortlist counts are read fresh for each page.
import { db } from "../../db";
import { env } from "../../env";
import { VersionedLru } from "../../versioned-lru";
import { rankedScoresSql, type NominationScore } from "./scores";

/** A nomination's score as lib/reviews/ranking/scores.ts computes it (less the title, which the key gives), and whether it ties. */
export type RankedNomination = Omit<NominationScore, "awardTitleId" | "needsDiscussion"> & {
  /** Another nomination of the title has the same rank. */
  isTie: boolean;
};

export interface TitleRankingKey {
  movementId: string;
  awardTitleId: string;
  calibrate: boolean;
}

interface Kept {
  version: string;
  rows: RankedNomination[];
}

/** Rankings kept, least recently used first out, bounded by their total rows (≈ 200 bytes each). */
export class RankingStore extends VersionedLru<Kept> {
  constructor(maxRows: number) {
    super(maxRows, (kept) => kept.rows.length);
  }

  get rows(): number {
    return this.totalSize;
  }
}

/** Room for the largest titles of a few movements by default (the national dataset's largest title: 44,800 rows); 0 keeps none. */
let rankings: RankingStore | undefined;
const store = () => (rankings ??= new RankingStore(env().RANKING_CACHE_MAX_ROWS));
/** Computations under way, so concurrent requests for the same ranking and version share one. */
const computing = new Map<string, { version: string; rows: Promise<RankedNomination[]> }>();

/** The movement's ranking version as committed now ("0" before its first bump). */
export async function rankingVersion(movementId: string): Promise<string> {
  const rows = await db().$queryRaw<{ version: string }[]>`
    SELECT version::text AS version FROM "RankingVersion" WHERE "movementId" = ${movementId}::uuid`;
  return rows[0]?.version ?? "0";
}

/**
 * Every ranked nomination of the title (those with a submitted review), by rank, then name.
 * Reads committed data only (never a transaction's own writes: its version is not bumped yet).
 */
export async function rankedTitle(key: TitleRankingKey): Promise<RankedNomination[]> {
  const version = await rankingVersion(key.movementId);
  const cacheKey = `${key.movementId}/${key.awardTitleId}/${key.calibrate ? "calibrated" : "plain"}`;
  const kept = store().get(cacheKey, version);
  if (kept) return kept.rows;
  const running = computing.get(cacheKey);
  if (running?.version === version) return running.rows;
  const rows = computeRanking(key);
  const mine = { version, rows };
  computing.set(cacheKey, mine);
  try {
    const computed = await rows;
    store().set(cacheKey, { version, rows: computed });
    return computed;
  } finally {
    if (computing.get(cacheKey) === mine) computing.delete(cacheKey);
  }
}

async function computeRanking(key: TitleRankingKey): Promise<RankedNomination[]> {
  const rows = await db().$queryRaw<Omit<RankedNomination, "isTie">[]>`
    ${rankedScoresSql(key)}
    SELECT r."nominationId"::text AS "nominationId", r."unitId"::text AS "unitId", r."nomineeName", r.score::float8 AS score, r.reviews,
           r.spread::float8 AS spread, r.rank, r.calibrated::float8 AS "calibratedScore", r."calibratedRank"
    FROM ranked r
    ORDER BY r.rank, r."nomineeName", r."nominationId"`;
  const perRank = new Map<number, number>();
  for (const row of rows) perRank.set(row.rank, (perRank.get(row.rank) ?? 0) + 1);
  return rows.map((row) => ({ ...row, isTie: perRank.get(row.rank)! > 1 }));
}
