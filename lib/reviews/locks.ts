// The movement as every review-and-decision command sees it: locked, with its posting, vote and
// decision, and the stage they put it in (lib/reviews/stage.ts). Commands that move the whole
// movement on (post, open or close the vote, decide, change the council) lock it FOR UPDATE;
// commands on one nomination or ballot lock it FOR SHARE and then their own rows, always in
// that order (as lib/nominations/locks.ts), so they queue behind a stage change instead of
// racing it.
import { db } from "../db";
import { notFoundError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { MovementStatus, Visibility, VoteStatus } from "../generated/prisma/enums";
import { reviewStage, stageAllows, type ReviewStage } from "./stage";
import { ReviewRefusedError } from "./errors";

export type Tx = Prisma.TransactionClient;

export interface ReviewMovement {
  id: string;
  name: string;
  nameEn: string | null;
  /** The movement row's version (forms that change the movement send it back). */
  version: number;
  status: MovementStatus;
  visibility: Visibility;
  postingAudience: Visibility;
  postingWorkingDays: number;
  reviewersPerNomination: number;
  disagreementPoints: number;
  calibrateScores: boolean;
  organizingPath: string;
  coveragePath: string;
  posting: { id: string; startsOn: string; workingDays: number; audience: Visibility } | null;
  vote: { id: string; status: VoteStatus; membership: number; quorumPercent: number | null } | null;
  hasDecision: boolean;
  holidays: Set<string>;
  stage: ReviewStage;
}

/** The movement's own columns, as movementRowSql reads them. */
type Row = Omit<ReviewMovement, "posting" | "vote" | "hasDecision" | "holidays" | "stage">;

/** The movement's row with its organizing and covered units' paths. */
function movementRowSql(id: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m.id::text AS id, m.name, m."nameEn", m.version, m.status::text AS status, m.visibility::text AS visibility,
           m."postingAudience"::text AS "postingAudience", m."postingWorkingDays", m."reviewersPerNomination",
           m."disagreementPoints", m."calibrateScores", o.path AS "organizingPath", c.path AS "coveragePath"
    FROM "Movement" m
    JOIN "Unit" o ON o.id = m."organizingUnitId"
    JOIN "Unit" c ON c.id = m."coverageUnitId"
    WHERE m.id = ${id}::uuid`;
}

/**
 * Reads and locks the movement `id` (FOR UPDATE or FOR SHARE) with its posting, vote and
 * decision; Not found when there is none. `today` is YYYY-MM-DD and fixes the stage.
 */
export async function lockReviewMovement(
  tx: Tx,
  id: string,
  mode: "update" | "share",
  today: string,
): Promise<ReviewMovement> {
  const lock = mode === "update" ? Prisma.sql`FOR UPDATE OF m` : Prisma.sql`FOR SHARE OF m`;
  const rows = await tx.$queryRaw<Row[]>`${movementRowSql(id)} ${lock}`;
  const row = rows[0];
  if (!row) throw notFoundError("movement");
  return { ...row, ...(await reviewStateOf(tx, row, today)) };
}

/** The same view without a lock, for pages (or inside `client`'s transaction). */
export async function readReviewMovement(id: string, today: string, client: Tx = db()): Promise<ReviewMovement | null> {
  const rows = await client.$queryRaw<Row[]>`${movementRowSql(id)}`;
  const row = rows[0];
  return row ? { ...row, ...(await reviewStateOf(client, row, today)) } : null;
}

interface StateRow {
  posting: { id: string; startsOn: string; workingDays: number; audience: Visibility } | null;
  vote: { id: string; status: VoteStatus; membership: number; quorumPercent: number | null } | null;
  hasDecision: boolean;
  holidays: string[];
}

/**
 * The movement's posting, vote, decision and the public holidays, in one query (every review
 * page reads them); the holidays as holidaySet (lib/calendar/holidays.ts) gives them.
 */
async function reviewStateOf(tx: Tx, row: Row, today: string) {
  const [state] = await tx.$queryRaw<StateRow[]>`
    SELECT (SELECT json_build_object('id', p.id, 'startsOn', to_char(p."startsOn", 'YYYY-MM-DD'), 'workingDays', p."workingDays", 'audience', p.audience)
              FROM "ShortlistPosting" p WHERE p."movementId" = ${row.id}::uuid) AS posting,
           (SELECT json_build_object('id', v.id, 'status', v.status, 'membership', v.membership, 'quorumPercent', v."quorumPercent")
              FROM "CouncilVote" v WHERE v."movementId" = ${row.id}::uuid) AS vote,
           EXISTS (SELECT 1 FROM "Decision" d WHERE d."movementId" = ${row.id}::uuid AND d."revokedAt" IS NULL) AS "hasDecision",
           ARRAY(SELECT to_char(h.day, 'YYYY-MM-DD') FROM "PublicHoliday" h) AS holidays`;
  const { posting, vote, hasDecision } = state!;
  const holidays = new Set(state!.holidays);
  const stage = reviewStage({ status: row.status, posting, vote, hasDecision, holidays }, today);
  return { posting, vote, hasDecision, holidays, stage };
}

/** Refuses (reason `wrongStage`, a key of "reviewRefusals") unless the movement is in one of `allowed`. */
export function assertStage(movement: Pick<ReviewMovement, "stage">, allowed: readonly ReviewStage[]): void {
  if (!stageAllows(movement.stage, allowed)) throw new ReviewRefusedError("wrongStage", { stage: movement.stage });
}
