// The shortlist of the movement at its decision stage, posted for ten working days to signed-in
// staff, with feedback from members and a few objections (some already answered).
import type pg from "pg";
import type { BenchMovement } from "./movements";
import type { PlannedNomination } from "./nominations";
import type { PeopleDirectory } from "./people";
import { addDays, benchUuid, Columns, insertColumns, ns, type Column } from "./sql";

const feedbackBodies = [
  "Đồng chí là người tận tụy, được đồng nghiệp quý mến; tôi hoàn toàn nhất trí.",
  "Tập thể có nhiều đổi mới trong phục vụ người dân, xứng đáng được biểu dương.",
  "Đề nghị làm rõ số liệu về sáng kiến đã được công nhận.",
];

/** Inserts the posting and its feedback; returns the counts. */
export async function insertPosting(
  client: pg.Client,
  movements: readonly BenchMovement[],
  planned: readonly PlannedNomination[],
  people: PeopleDirectory,
): Promise<Record<string, number>> {
  const movement = movements.find((m) => m.spec.status === "DECISION");
  if (!movement) return { ShortlistPosting: 0, PostingFeedback: 0 };
  const startsOn = movement.phases.find((p) => p.kind === "PUBLIC_POSTING")!.startsOn;
  await client.query(
    `INSERT INTO "ShortlistPosting" (id, "movementId", audience, "startsOn", "workingDays", "postedById", "postedAt") VALUES ($1, $2, 'STAFF', $3, 10, $4, $5)`,
    [
      benchUuid(ns.posting, movement.no),
      movement.id,
      startsOn.toISOString(),
      people.adminId,
      new Date(startsOn.getTime() + 3_600_000).toISOString(),
    ],
  );
  const columns: Column[] = [
    ["id", "uuid"],
    ["movementId", "uuid"],
    ["nominationId", "uuid"],
    ["authorId", "uuid"],
    ["kind", `"FeedbackKind"`],
    ["body", "text"],
    ["createdAt", "timestamp"],
    ["resolution", "text"],
    ["resolvedById", "uuid"],
    ["resolvedAt", "timestamp"],
  ];
  const rows = new Columns(columns.map(([name]) => name));
  const authors = [...people.officerOf.values()];
  const shortlisted = planned.filter((p) => p.movement === movement && p.status === "SHORTLISTED");
  shortlisted.slice(0, 60).forEach((p, i) => {
    const isObjection = i % 6 === 5;
    const isResolved = isObjection && i % 12 === 5;
    const createdAt = new Date(addDays(startsOn, 1 + (i % 6)).getTime() + (2 + (i % 8)) * 3_600_000);
    rows.push({
      id: benchUuid(ns.feedback, i),
      movementId: movement.id,
      nominationId: p.id,
      authorId: authors[(i * 97) % authors.length]!,
      kind: isObjection ? "OBJECTION" : "FEEDBACK",
      body: feedbackBodies[isObjection ? 2 : i % 2]!,
      createdAt,
      resolution: isResolved ? "Đơn vị đã bổ sung quyết định công nhận sáng kiến; hồ sơ đủ điều kiện." : null,
      resolvedById: isResolved ? people.adminId : null,
      resolvedAt: isResolved ? addDays(createdAt, 2) : null,
    });
  });
  return {
    ShortlistPosting: 1,
    PostingFeedback: await insertColumns(client, "PostingFeedback", columns, rows.arrays(columns)),
  };
}
