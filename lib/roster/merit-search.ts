// Merit history search for administrators (tra cứu lịch sử khen thưởng): holders whose name
// matches, one row per holder key (lib/roster/merit.ts) across movements and years, and one
// holder's whole history, unpublished and revoked recognitions included (marked).
import { z } from "zod";
import { db } from "../db";
import { forbidden } from "../errors";
import type { NomineeKind } from "../generated/prisma/enums";
import { can } from "../policy";
import type { Actor } from "../session";
import { meritHistoryOf, type MeritEntry } from "./merit-history";
import { optionalQueryText, queryPage, queryText } from "../validation/search-params";
import { rosterSearchTerm } from "./search";

/** Holders per page of results. */
export const meritPageSize = 25;

/** The merit page's URL parameters; anything malformed falls back to its default (a shared link never fails). */
export const meritParamsSchema = z.object({
  q: queryText(1000).transform((s) => s.slice(0, 100).trim()),
  page: queryPage(),
  /** A holder key whose history is shown (kind|unit|folded name|birth year). */
  holder: optionalQueryText(500),
});
export type MeritParams = z.infer<typeof meritParamsSchema>;

export interface MeritHolder {
  holderKey: string;
  /** The name on the latest recognition. */
  name: string;
  kind: NomineeKind;
  unitName: string;
  birthYear: number | null;
  recognitions: number;
  revoked: number;
  latestYear: number;
}

export interface MeritSearchResult {
  holders: MeritHolder[];
  total: number;
  page: number;
  pageCount: number;
}

function requireMeritSearch(actor: Actor | null): Actor {
  if (!actor || !can(actor, "merit.search")) throw forbidden();
  return actor;
}

/**
 * Holders whose name contains `q` (folded: no diacritics or case), grouped by holder key, by
 * name; `page` is clamped to the last one. An empty search finds nobody. Administrators only.
 */
export async function searchMerit(
  actor: Actor | null,
  options: { q: string; page: number },
): Promise<MeritSearchResult> {
  requireMeritSearch(actor);
  const term = rosterSearchTerm(options.q);
  if (!term) return { holders: [], total: 0, page: 1, pageCount: 1 };
  // strpos rather than LIKE: the search is a plain substring, "%" and "_" included.
  const [{ total } = { total: 0 }] = await db().$queryRaw<{ total: number }[]>`
    SELECT count(DISTINCT "holderKey")::int AS total FROM "Honoree" WHERE strpos("nameSearch", ${term}) > 0`;
  const pageCount = Math.max(1, Math.ceil(total / meritPageSize));
  const page = Math.min(options.page, pageCount);
  const holders = await db().$queryRaw<MeritHolder[]>`
    WITH holders AS (
      SELECT h."holderKey",
             (array_agg(h.name ORDER BY h."awardedOn" DESC, h.id))[1] AS name,
             (array_agg(h."nameSearch" ORDER BY h."awardedOn" DESC, h.id))[1] AS "nameSearch",
             (array_agg(h.kind::text))[1] AS kind,
             (array_agg(h."unitId"))[1] AS "unitId",
             (array_agg(h."birthYear"))[1] AS "birthYear",
             count(*)::int AS recognitions,
             (count(*) FILTER (WHERE h."revokedAt" IS NOT NULL))::int AS revoked,
             max(extract(year FROM h."awardedOn"))::int AS "latestYear"
      FROM "Honoree" h
      WHERE strpos(h."nameSearch", ${term}) > 0
      GROUP BY h."holderKey"
    )
    SELECT hs."holderKey", hs.name, hs.kind, u.name AS "unitName", hs."birthYear", hs.recognitions, hs.revoked, hs."latestYear"
    FROM holders hs JOIN "Unit" u ON u.id = hs."unitId"
    ORDER BY hs."nameSearch", hs."holderKey"
    LIMIT ${meritPageSize} OFFSET ${(page - 1) * meritPageSize}`;
  return { holders, total, page, pageCount };
}

export interface HolderHistory {
  holder: { holderKey: string; name: string; kind: NomineeKind; unitName: string; birthYear: number | null };
  entries: MeritEntry[];
}

/** Every recognition of `holderKey`, unpublished and revoked ones included, newest first; null when there is none. Administrators only. */
export async function holderHistory(actor: Actor | null, holderKey: string): Promise<HolderHistory | null> {
  requireMeritSearch(actor);
  const latest = await db().honoree.findFirst({
    where: { holderKey },
    orderBy: [{ awardedOn: "desc" }, { id: "asc" }],
    select: { name: true, kind: true, birthYear: true, unit: { select: { name: true } } },
  });
  if (!latest) return null;
  return {
    holder: {
      holderKey,
      name: latest.name,
      kind: latest.kind,
      unitName: latest.unit.name,
      birthYear: latest.birthYear,
    },
    entries: await meritHistoryOf(actor, holderKey),
  };
}
