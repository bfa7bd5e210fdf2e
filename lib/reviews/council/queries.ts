// What the council page shows: the members with their workload, the review coverage of each
// nomination (computed in SQL, paginated), who may still be assigned to a nomination, and who
// may join the council. Reads only; the page checks the policy before calling.
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { NominationStatus, ReviewStatus } from "../../generated/prisma/enums";
import { reviewerConflict } from "./conflicts";

export const coveragePageSize = 50;

export interface CouncilMemberRow {
  userId: string;
  name: string;
  email: string;
  units: string[];
  assigned: number;
  submitted: number;
}

/** The council of a movement, by name, with each member's units and assignments (all / submitted). */
export async function councilOverview(movementId: string): Promise<CouncilMemberRow[]> {
  // The movement's reviews are counted per reviewer once, then joined to the members (joining
  // every member to every nomination took 2.6 s for 476 members × 64,000 nominations).
  return db().$queryRaw<CouncilMemberRow[]>`
    WITH workload AS (
      SELECT r."reviewerId", count(*)::int AS assigned, count(*) FILTER (WHERE r.status = 'SUBMITTED')::int AS submitted
      FROM "Review" r JOIN "Nomination" n ON n.id = r."nominationId"
      WHERE n."movementId" = ${movementId}::uuid
      GROUP BY r."reviewerId"
    )
    SELECT u.id::text AS "userId", u."fullName" AS name, u.email,
           COALESCE((SELECT array_agg(DISTINCT un.name) FROM "RoleAssignment" ra JOIN "Unit" un ON un.id = ra."unitId" WHERE ra."userId" = u.id), '{}') AS units,
           COALESCE(w.assigned, 0) AS assigned, COALESCE(w.submitted, 0) AS submitted
    FROM "CouncilMember" cm
    JOIN "User" u ON u.id = cm."userId"
    LEFT JOIN workload w ON w."reviewerId" = u.id
    WHERE cm."movementId" = ${movementId}::uuid
    ORDER BY u."fullNameSearch", u.id`;
}

export interface CoverageAssignment {
  reviewId: string;
  reviewerId: string;
  reviewerName: string;
  status: ReviewStatus;
}

export interface CoverageRow {
  nominationId: string;
  nomineeName: string;
  unitName: string;
  titleName: string;
  status: NominationStatus;
  submitted: number;
  assignments: CoverageAssignment[];
  /** Fewer completed reviews than the movement asks for. */
  isShort: boolean;
}

/**
 * Dossiers the organiser's council deals with: on a route through levels (decision 0012), those
 * no longer held by a level and not stopped at one.
 */
const reachedOrganiser = Prisma.sql`n."levelUnitId" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "NominationLevel" l WHERE l."nominationId" = n.id AND l.cycle = n."routeCycle" AND l.state = 'NOT_FORWARDED')`;

/** Per nomination under review or past it: its assignments and completed reviews against `perNomination`, 50 a page. */
export async function reviewCoverage(options: {
  movementId: string;
  perNomination: number;
  onlyShort: boolean;
  page: number;
}): Promise<{ rows: CoverageRow[]; total: number; page: number; pageCount: number }> {
  const { movementId, perNomination, onlyShort } = options;
  const rows = await db().$queryRaw<(Omit<CoverageRow, "isShort"> & { total: number })[]>`
    WITH coverage AS (
      SELECT n.id, n."nomineeName", n."nomineeNameSearch", un.name AS "unitName", t.name AS "titleName", n.status::text AS status,
             count(r.id) FILTER (WHERE r.status = 'SUBMITTED')::int AS submitted,
             COALESCE(json_agg(json_build_object('reviewId', r.id, 'reviewerId', r."reviewerId", 'reviewerName', u."fullName", 'status', r.status)
                      ORDER BY u."fullNameSearch") FILTER (WHERE r.id IS NOT NULL), '[]') AS assignments
      FROM "Nomination" n
      JOIN "Unit" un ON un.id = n."unitId"
      JOIN "AwardTitle" t ON t.id = n."awardTitleId"
      LEFT JOIN "Review" r ON r."nominationId" = n.id
      LEFT JOIN "User" u ON u.id = r."reviewerId"
      WHERE n."movementId" = ${movementId}::uuid
        AND n.status NOT IN ('DRAFT', 'RETURNED', 'WITHDRAWN') AND ${reachedOrganiser}
      GROUP BY n.id, un.name, t.name
    )
    SELECT id AS "nominationId", "nomineeName", "unitName", "titleName", status, submitted, assignments, count(*) OVER ()::int AS total
    FROM coverage
    WHERE NOT ${onlyShort} OR submitted < ${perNomination}
    ORDER BY submitted, "nomineeNameSearch", id
    LIMIT ${coveragePageSize} OFFSET ${(Math.max(1, options.page) - 1) * coveragePageSize}`;
  const total = rows[0]?.total ?? (options.page > 1 ? await countCoverage(movementId, perNomination, onlyShort) : 0);
  return {
    rows: rows.map((row) => ({
      nominationId: row.nominationId,
      nomineeName: row.nomineeName,
      unitName: row.unitName,
      titleName: row.titleName,
      status: row.status,
      submitted: row.submitted,
      assignments: row.assignments,
      isShort: row.submitted < perNomination,
    })),
    total,
    page: Math.max(1, options.page),
    pageCount: Math.max(1, Math.ceil(total / coveragePageSize)),
  };
}

async function countCoverage(movementId: string, perNomination: number, onlyShort: boolean): Promise<number> {
  const rows = await db().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (
      SELECT n.id FROM "Nomination" n LEFT JOIN "Review" r ON r."nominationId" = n.id AND r.status = 'SUBMITTED'
      WHERE n."movementId" = ${movementId}::uuid AND n.status NOT IN ('DRAFT', 'RETURNED', 'WITHDRAWN') AND ${reachedOrganiser}
      GROUP BY n.id HAVING NOT ${onlyShort} OR count(r.id) < ${perNomination}) c`;
  return rows[0]?.total ?? 0;
}

export interface EligibleReviewer {
  userId: string;
  name: string;
}

/** For each of `nominationIds`: the council members who could be assigned (not assigned, not recused, no conflict). */
export async function eligibleReviewersFor(
  movementId: string,
  organizingPath: string,
  nominationIds: readonly string[],
): Promise<Map<string, EligibleReviewer[]>> {
  const [members, nominations] = await Promise.all([
    db().$queryRaw<{ id: string; name: string; unitPaths: string[] }[]>`
      SELECT u.id::text AS id, u."fullName" AS name,
             COALESCE((SELECT array_agg(un.path) FROM "RoleAssignment" ra JOIN "Unit" un ON un.id = ra."unitId" WHERE ra."userId" = u.id), '{}') AS "unitPaths"
      FROM "CouncilMember" cm JOIN "User" u ON u.id = cm."userId"
      WHERE cm."movementId" = ${movementId}::uuid AND u."isActive"
      ORDER BY u."fullNameSearch", u.id`,
    db().$queryRaw<{ id: string; unitPath: string; createdById: string; taken: string[] }[]>`
      SELECT n.id::text AS id, un.path AS "unitPath", n."createdById"::text AS "createdById",
             ARRAY(SELECT r."reviewerId"::text FROM "Review" r WHERE r."nominationId" = n.id
                   UNION SELECT rr."reviewerId"::text FROM "ReviewRecusal" rr WHERE rr."nominationId" = n.id) AS taken
      FROM "Nomination" n JOIN "Unit" un ON un.id = n."unitId"
      WHERE n."movementId" = ${movementId}::uuid AND n.id = ANY(${[...nominationIds]}::uuid[])`,
  ]);
  return new Map(
    nominations.map((nomination) => [
      nomination.id,
      members
        .filter(
          (member) =>
            !nomination.taken.includes(member.id) && reviewerConflict(member, nomination, organizingPath) === null,
        )
        .map((member) => ({ userId: member.id, name: member.name })),
    ]),
  );
}

/** The council members who could be assigned to one nomination (for the manual assignment). */
export async function eligibleReviewers(nominationId: string): Promise<EligibleReviewer[]> {
  const rows = await db().$queryRaw<{ movementId: string; organizingPath: string }[]>`
    SELECT m.id::text AS "movementId", o.path AS "organizingPath"
    FROM "Nomination" n JOIN "Movement" m ON m.id = n."movementId" JOIN "Unit" o ON o.id = m."organizingUnitId"
    WHERE n.id = ${nominationId}::uuid`;
  const row = rows[0];
  if (!row) return [];
  return (await eligibleReviewersFor(row.movementId, row.organizingPath, [nominationId])).get(nominationId) ?? [];
}

/** Active users holding the REVIEWER role who are not yet on the movement's council. */
export async function reviewerCandidates(movementId: string): Promise<EligibleReviewer[]> {
  const users = await db().user.findMany({
    where: { isActive: true, roles: { some: { role: "REVIEWER" } }, councilSeats: { none: { movementId } } },
    orderBy: [{ fullNameSearch: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true },
    take: 500,
  });
  return users.map((user) => ({ userId: user.id, name: user.fullName }));
}
