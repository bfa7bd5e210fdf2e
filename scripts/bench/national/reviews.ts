// Self-assessments, reviews and scores, expanded in SQL from a plan of the nominations (a temp
// table) because they are millions of rows. Reviewers are council members of the movement, a
// different seat for each of a nomination's reviews; a score follows the dossier's quality, the
// reviewer's leniency and some noise, on half-point steps within each criterion's maximum.
import type pg from "pg";
import { evidenceSentences, reviewComments } from "./content";
import { reviewStartOf, type BenchMovement } from "./movements";
import { asOf } from "./movement-specs";
import type { PlannedNomination } from "./nominations";
import { BatchInserter, insertObjects, ns, sqlUnit, sqlUuid, unit as hash, type Column } from "./sql";

const planColumns: Column[] = [
  ["id", "uuid"],
  ["n", "bigint"],
  ["movement_id", "uuid"],
  ["kind", "text"],
  ["self_count", "int"],
  ["quality", "float8"],
  ["reviewers", "int"],
  ["pending", "int"],
  ["council_size", "int"],
  ["review_at", "timestamp"],
  ["review_days", "int"],
];

/** The plan tables the SQL below reads: one row per nomination, one per council seat, one per criterion text. */
export async function writePlan(
  client: pg.Client,
  planned: readonly PlannedNomination[],
  movements: readonly BenchMovement[],
): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE bench_nomination (${planColumns.map(([name, type]) => `${name} ${type}`).join(", ")})`,
  );
  const rows = new BatchInserter(client, "bench_nomination", planColumns);
  for (const p of planned) {
    const reviewStart = reviewStartOf(p.movement);
    const reviewEnd = p.movement.phases.find((phase) => phase.kind === "PUBLIC_POSTING")!.startsOn;
    const until = reviewEnd < asOf ? reviewEnd : asOf;
    await rows.add({
      id: p.id,
      n: p.n,
      movement_id: p.movement.id,
      kind: p.kind,
      self_count: p.selfAssessed,
      quality: p.quality,
      reviewers: p.reviewers,
      pending: p.pendingReview,
      council_size: p.movement.council.length,
      review_at: new Date(reviewStart.getTime() + (1 + (p.n % 10)) * 3_600_000),
      review_days: Math.max(1, Math.floor((until.getTime() - reviewStart.getTime()) / 86_400_000) - 1),
    });
  }
  await rows.finish();
  await client.query(
    `CREATE TEMP TABLE bench_council (movement_id uuid, seat int, user_id uuid, leniency float8, PRIMARY KEY (movement_id, seat))`,
  );
  const seats = movements.flatMap((m) =>
    m.council.map((userId, seat) => ({
      movement_id: m.id,
      seat,
      user_id: userId,
      leniency: (hash(m.no * 100 + seat) - 0.5) * 0.12,
    })),
  );
  await insertObjects(
    client,
    "bench_council",
    [
      ["movement_id", "uuid"],
      ["seat", "int"],
      ["user_id", "uuid"],
      ["leniency", "float8"],
    ],
    seats,
  );
  await client.query(`CREATE TEMP TABLE bench_criterion_text (criterion_id uuid, kind text, body text)`);
  const texts = movements.flatMap((m) =>
    m.criteria.flatMap((c) => [
      { criterion_id: c.id, kind: "INDIVIDUAL", body: c.individual },
      { criterion_id: c.id, kind: "COLLECTIVE", body: c.collective },
    ]),
  );
  await insertObjects(
    client,
    "bench_criterion_text",
    [
      ["criterion_id", "uuid"],
      ["kind", "text"],
      ["body", "text"],
    ],
    texts,
  );
  await client.query(`ANALYZE bench_nomination; ANALYZE bench_council; ANALYZE bench_criterion_text`);
}

/** One self-assessment per criterion the nomination has filled in: the criterion's sentence and a piece of evidence. */
export async function insertSelfAssessments(client: pg.Client): Promise<number> {
  const result = await client.query(
    `INSERT INTO "NominationSelfAssessment" (id, "nominationId", "criterionId", text)
     SELECT ${sqlUuid(ns.selfAssessment, "p.n * 8 + c.position")}, p.id, c.id, t.body || ' ' || ($1::text[])[1 + (p.n + c.position) % cardinality($1::text[])]
     FROM bench_nomination p
     JOIN "Criterion" c ON c."movementId" = p.movement_id AND c.position <= p.self_count
     JOIN bench_criterion_text t ON t.criterion_id = c.id AND t.kind = p.kind`,
    [evidenceSentences],
  );
  return result.rowCount ?? 0;
}

/**
 * The reviews, one row each in a temp table that both inserts read: seat j of the council after
 * the nomination's own starting seat, the review's share of the score (quality, the reviewer's
 * leniency, the reviewer's mood that day), and the first 35 characters of its scores' ids.
 */
export async function writeReviewPlan(client: pg.Client): Promise<number> {
  const no = "p.n * 8 + j";
  const submittedAt = `p.review_at + make_interval(days => ((p.n + j * 3) % p.review_days)::int, mins => ((p.n * 13 + j * 47) % 480)::int)`;
  const result = await client.query(
    `CREATE TEMP TABLE bench_review AS
     SELECT ${no} AS no, ${sqlUuid(ns.review, no)} AS id, p.id AS nomination_id, p.movement_id, cm.user_id AS reviewer_id,
            j = p.pending AS is_pending,
            CASE WHEN j = p.pending THEN NULL ELSE ($1::text[])[1 + (p.n + j) % cardinality($1::text[])] END AS comment,
            CASE WHEN j = p.pending THEN NULL ELSE ${submittedAt} END AS submitted_at,
            p.review_at AS created_at,
            0.3 + 0.6 * p.quality + cm.leniency + (${sqlUnit(no)} - 0.5) * 0.2 AS base,
            '${ns.score.toString(16).padStart(8, "0")}-0000-4000-8000-' || lpad(to_hex(${no}), 11, '0') AS score_prefix
     FROM bench_nomination p
     CROSS JOIN LATERAL generate_series(0, p.reviewers - 1) AS j
     JOIN bench_council cm ON cm.movement_id = p.movement_id AND cm.seat = ((p.n * 7919) % p.council_size + j) % p.council_size
     WHERE p.reviewers > 0`,
    [reviewComments],
  );
  return result.rowCount ?? 0;
}

/**
 * Reviews: SUBMITTED, except the one still pending on a few dossiers under review. Written after
 * their scores: where the schema keeps a review's weighted score (migration review_weighted_score),
 * it is summed here from the scores exactly as that migration's triggers and backfill do, which
 * is much faster than the triggers updating 600,000 reviews one score statement after another.
 * Likewise a review's movement (migration review_movement) comes from the plan. The review
 * triggers are switched off meanwhile: with the nominations' primary key set aside, the one
 * copying the movement and the ranking-version ones (migration ranking_version) would each scan
 * every nomination for every review; a fresh database has no kept ranking to invalidate.
 */
export async function insertReviews(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'Review' AND column_name IN ('weightedScore', 'movementId')`,
  );
  const weighted = rows.some((row) => row.column_name === "weightedScore");
  const withMovement = rows.some((row) => row.column_name === "movementId");
  await client.query(`ALTER TABLE "Review" DISABLE TRIGGER USER`);
  const result = await client.query(
    `INSERT INTO "Review" (id, "nominationId", "reviewerId", status, "overallComment", "submittedAt", version, "createdAt", "updatedAt"${weighted ? `, "weightedScore"` : ""}${withMovement ? `, "movementId"` : ""})
     SELECT r.id, r.nomination_id, r.reviewer_id, (CASE WHEN r.is_pending THEN 'ASSIGNED' ELSE 'SUBMITTED' END)::"ReviewStatus", r.comment, r.submitted_at,
            CASE WHEN r.is_pending THEN 1 ELSE 3 END, r.created_at, coalesce(r.submitted_at, r.created_at)${weighted ? ", w.score" : ""}${withMovement ? ", r.movement_id" : ""}
     FROM bench_review r
     ${
       weighted
         ? `LEFT JOIN (SELECT sc."reviewId", SUM(c."weight"::float8 / c."maxScore" * sc."score"::float8) AS score
                       FROM "ReviewScore" sc JOIN "Criterion" c ON c."id" = sc."criterionId" GROUP BY sc."reviewId") w ON w."reviewId" = r.id`
         : ""
     }`,
  );
  await client.query(`ALTER TABLE "Review" ENABLE TRIGGER USER`);
  return result.rowCount ?? 0;
}

/** Half-point steps from 0 to 20, the highest maximum of any criterion: a score is picked from here, not converted. */
const halfPoints = Array.from({ length: 41 }, (_, i) => (i / 2).toFixed(1));

/**
 * A score for every criterion of every submitted review (its id: the review's prefix and the
 * criterion's position). Inserted before the reviews, so a trigger refreshing reviews from their
 * scores finds none to update.
 */
export async function insertScores(client: pg.Client): Promise<number> {
  const noise = `(${sqlUnit("r.no * 8 + c.position")} - 0.5) * 0.24`;
  const result = await client.query(
    `INSERT INTO "ReviewScore" (id, "reviewId", "criterionId", score)
     SELECT (r.score_prefix || c.position)::uuid, r.id, c.id, ($1::numeric[])[1 + round(c."maxScore" * greatest(0.1, least(1.0, r.base + ${noise})) * 2)::int]
     FROM bench_review r JOIN "Criterion" c ON c."movementId" = r.movement_id
     WHERE NOT r.is_pending`,
    [halfPoints],
  );
  return result.rowCount ?? 0;
}
