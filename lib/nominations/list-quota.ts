// The quota panel of the nomination lists: places taken per award title of a movement, for the
// whole movement and for one unit, read in one query (the list page's budget allows 10 a page).
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { isWithinScopes, officerScopes } from "../policy";
import type { Actor } from "../session";
import type { NominationListView } from "./list-params";
import { quotaCountingStatuses, unitLimit } from "./quotas";

export interface TitleQuotaUsage {
  id: string;
  name: string;
  nameEn: string | null;
  /** Places for the whole movement and how many are taken (both null when the movement sets no total). */
  quotaTotal: number | null;
  movementUsed: number | null;
  /** The unit's limit (null: unlimited) and its nominees' places taken. */
  unitLimit: number | null;
  unitUsed: number;
}

export interface NominationQuotaPanel {
  /** The unit whose places are counted; null for an administrator with no unit chosen. */
  unit: { id: string; name: string; headcount: number | null } | null;
  titles: TitleQuotaUsage[];
}

interface QuotaRow {
  titleId: string | null;
  name: string | null;
  nameEn: string | null;
  quotaTotal: number | null;
  quotaPerUnit: number | null;
  quotaPerUnitPercent: number | null;
  movementUsed: number;
  unitUsed: number;
  unitId: string | null;
  unitName: string | null;
  headcount: number | null;
}

/**
 * Places used per title of a movement, for the movement and for one unit: the unit filtered on
 * (when the viewer may see it), else an officer's own (first) unit. Null when the movement
 * cannot be seen in this view.
 */
export async function quotaPanel(options: {
  actor: Actor;
  view: NominationListView;
  movementId: string;
  filteredUnit: { id: string; path: string } | null;
}): Promise<NominationQuotaPanel | null> {
  const { view, movementId } = options;
  const unitId = quotaUnitId(options);
  // Officers never see a draft movement's titles, whatever other roles they hold.
  const visible = view === "admin" ? Prisma.empty : Prisma.sql`AND m.status <> 'DRAFT'`;
  const counting = Prisma.sql`n.status = ANY(${[...quotaCountingStatuses]}::"NominationStatus"[])`;
  // Only titles capped for the whole movement need its count: counting every nomination of a
  // large movement costs tens of milliseconds a page view (see scripts/bench/nomination-list.ts).
  const rows = await db().$queryRaw<QuotaRow[]>`
    WITH movement_used AS (
      SELECT n."awardTitleId" AS id, count(*)::int AS n
      FROM "Nomination" n
      WHERE n."movementId" = ${movementId}::uuid AND ${counting}
        AND n."awardTitleId" IN (SELECT t.id FROM "AwardTitle" t WHERE t."movementId" = ${movementId}::uuid AND t."quotaTotal" IS NOT NULL)
      GROUP BY n."awardTitleId"
    ),
    unit_used AS (
      SELECT n."awardTitleId" AS id, count(*)::int AS n
      FROM "Nomination" n
      WHERE n."movementId" = ${movementId}::uuid AND n."unitId" = ${unitId}::uuid AND ${counting}
      GROUP BY n."awardTitleId"
    )
    SELECT t.id::text AS "titleId", t.name, t."nameEn", t."quotaTotal", t."quotaPerUnit", t."quotaPerUnitPercent",
           coalesce(mu.n, 0) AS "movementUsed", coalesce(uu.n, 0) AS "unitUsed",
           u.id::text AS "unitId", u.name AS "unitName", u.headcount
    FROM "Movement" m
    LEFT JOIN "AwardTitle" t ON t."movementId" = m.id
    LEFT JOIN movement_used mu ON mu.id = t.id
    LEFT JOIN unit_used uu ON uu.id = t.id
    LEFT JOIN "Unit" u ON u.id = ${unitId}::uuid
    WHERE m.id = ${movementId}::uuid ${visible}
    ORDER BY t.position`;
  const [first] = rows;
  if (!first) return null;
  const unit = first.unitId ? { id: first.unitId, name: first.unitName!, headcount: first.headcount } : null;
  return {
    unit,
    // A movement without titles still has its one row (the titles' columns null).
    titles: rows.flatMap((row) =>
      row.titleId
        ? [
            {
              id: row.titleId,
              name: row.name!,
              nameEn: row.nameEn,
              quotaTotal: row.quotaTotal,
              movementUsed: row.quotaTotal === null ? null : row.movementUsed,
              unitLimit: unit ? unitLimit(row, unit.headcount) : null,
              unitUsed: row.unitUsed,
            },
          ]
        : [],
    ),
  };
}

/** The unit a quota panel counts for: the filtered unit when the viewer may see it, else an officer's own. */
function quotaUnitId(options: {
  actor: Actor;
  view: NominationListView;
  filteredUnit: { id: string; path: string } | null;
}): string | null {
  const { actor, view, filteredUnit } = options;
  if (filteredUnit && (view === "admin" || isWithinScopes(filteredUnit.path, officerScopes(actor))))
    return filteredUnit.id;
  if (view !== "officer") return null;
  return actor.roles.find((r) => r.role === "OFFICER")?.unitId ?? null;
}
