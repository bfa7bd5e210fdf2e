// Recognitions in force per year across all movements (the dashboard's years section). Counting
// them scans every honoree (55,000 at national scale, more each year), while they change only
// when a decision is issued or revoked. So the counts are kept in memory per viewer scope and
// read again only when the public pages' version moves: triggers bump it in the transaction of
// every change to Honoree, Decision and Unit (migration page_cache_version), whoever writes.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { NomineeKind } from "../generated/prisma/enums";
import { can, hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { publicVersion } from "../page-cache/public-version";

export interface YearRow {
  year: number;
  individual: number;
  collective: number;
}

type YearCount = { year: number; kind: NomineeKind; count: number };

/** Scopes kept at once; past it the oldest is dropped (each is a few dozen numbers). */
const maxScopesKept = 1_000;
const maxFilledYears = 40;

interface YearsCache {
  version: string | null;
  byScope: Map<string, Promise<YearCount[]>>;
}

const globalForYears = globalThis as unknown as { dashboardYears?: YearsCache };

/**
 * Recognitions in force per year of award (Honoree.awardedOn, the decision's date) across all
 * movements, individuals and collectives apart: everything for an administrator, the honorees
 * of their units for an officer, published or not (lib/dashboard/queries.ts). Years between the
 * first and the last without any are listed with zeros, so a chart's axis has no gaps.
 */
export async function honoreesPerYear(actor: Actor): Promise<YearRow[]> {
  if (!can(actor, "dashboard.view")) return [];
  const scopes = hasRole(actor, "ADMIN") ? null : [...new Set(officerScopes(actor))].sort();
  return yearRows(await countsFor(scopes));
}

async function countsFor(scopes: string[] | null): Promise<YearCount[]> {
  const version = await publicVersion();
  // Without a version (the row is missing) nothing can tell when counts go stale: count afresh.
  if (version === null) return countPerYear(scopes);
  let cache = globalForYears.dashboardYears;
  if (!cache || cache.version !== version) {
    cache = { version, byScope: new Map() };
    globalForYears.dashboardYears = cache;
  }
  const key = scopes ? scopes.join(" ") : "*";
  let counts = cache.byScope.get(key);
  if (!counts) {
    // Read after the version, so what is kept under it is at least as new as it.
    counts = countPerYear(scopes);
    const kept = cache;
    counts.catch(() => kept.byScope.delete(key));
    if (kept.byScope.size >= maxScopesKept) kept.byScope.delete(kept.byScope.keys().next().value!);
    kept.byScope.set(key, counts);
  }
  return counts;
}

/** Forgets the kept counts (tests that need a cold start). */
export function forgetYearCounts(): void {
  globalForYears.dashboardYears = undefined;
}

async function countPerYear(scopes: string[] | null): Promise<YearCount[]> {
  const inScope = scopes
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM unnest(${scopes}::text[]) AS s(path) WHERE starts_with(u.path, s.path))`
    : Prisma.empty;
  return db().$queryRaw<YearCount[]>`
    SELECT extract(year FROM h."awardedOn")::int AS year, h.kind, count(*)::int AS count
    FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" JOIN "Unit" u ON u.id = h."unitId"
    WHERE h."revokedAt" IS NULL AND d."revokedAt" IS NULL ${inScope}
    GROUP BY 1, 2`;
}

function yearRows(rows: YearCount[]): YearRow[] {
  if (rows.length === 0) return [];
  const present = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const first = present[0]!;
  const span = present[present.length - 1]! - first + 1;
  // Gaps are filled over a span a chart can show; beyond it (a mistyped year) only years with honorees.
  const years = span <= maxFilledYears ? Array.from({ length: span }, (_, i) => first + i) : present;
  const count = (year: number, kind: NomineeKind) =>
    rows.find((row) => row.year === year && row.kind === kind)?.count ?? 0;
  return years.map((year) => ({ year, individual: count(year, "INDIVIDUAL"), collective: count(year, "COLLECTIVE") }));
}
