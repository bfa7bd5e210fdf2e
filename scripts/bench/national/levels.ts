// Issue 17's benchmark data: the movement marked `throughLevels` routes through 60 intermediate
// levels (decision 0012) as lib/levels would have left it late in its nomination phase: every
// ministry and provincial union, and the 20 largest departments outside the two large cities
// (so a city union's inbox holds every dossier of its subtree, over 5,000). Of what was sent
// up, about half awaits its first level, a tenth is endorsed there, the rest went on (to the
// next level or the organiser); returned dossiers were returned by their first level. Each
// level recorded its council's vote and forwarded in weekly proposals, within allotments the
// organiser (and, for a department, its union) set. Deterministic, like the rest of the fill.
import type pg from "pg";
import { routeOf } from "../../../lib/levels/route";
import { asOf } from "./movement-specs";
import type { BenchMovement } from "./movements";
import type { PeopleDirectory } from "./people";
import { addDays, benchUuid, Columns, insertColumns, insertObjects, ns, unit as hash, type Column } from "./sql";
import type { BenchUnit } from "./units";

const levelCount = 60;
const departmentLevels = 20;
const week = 7 * 86_400_000;

/** The chosen levels: every level-1 union, then the largest departments (by subtree headcount) outside the two largest level-1 unions. */
export function chooseLevels(units: readonly BenchUnit[]): BenchUnit[] {
  const subtreeHeadcount = (top: BenchUnit) =>
    units.filter((u) => u.path.startsWith(top.path)).reduce((sum, u) => sum + u.headcount, 0);
  const level1 = units.filter((u) => u.depth === 1);
  const largest = new Set(
    [...level1]
      .sort((a, b) => subtreeHeadcount(b) - subtreeHeadcount(a) || a.no - b.no)
      .slice(0, 2)
      .map((u) => u.id),
  );
  const departments = units
    .filter((u) => u.depth === 2 && !largest.has(u.parentId!))
    .map((u) => ({ u, headcount: subtreeHeadcount(u) }))
    .sort((a, b) => b.headcount - a.headcount || a.u.no - b.u.no)
    .slice(0, departmentLevels)
    .map(({ u }) => u);
  const chosen = [...level1, ...departments];
  if (chosen.length !== levelCount) throw new Error(`Expected ${levelCount} levels, chose ${chosen.length}`);
  return chosen;
}

interface Sent {
  id: string;
  unitId: string;
  awardTitleId: string;
  status: "SUBMITTED" | "RETURNED";
  submittedAt: Date;
  createdById: string;
  returnComment: string | null;
}

const levelColumns: Column[] = [
  ["id", "uuid"],
  ["nominationId", "uuid"],
  ["movementId", "uuid"],
  ["unitId", "uuid"],
  ["awardTitleId", "uuid"],
  ["nominatingUnitId", "uuid"],
  ["cycle", "int"],
  ["isCurrent", "boolean"],
  ["state", `"LevelState"`],
  ["comment", "text"],
  ["rank", "int"],
  ["receivedAt", "timestamp"],
  ["decidedAt", "timestamp"],
  ["version", "int"],
];
const stepColumns: Column[] = [
  ["nominationId", "uuid"],
  ["cycle", "int"],
  ["kind", `"RouteStepKind"`],
  ["unitId", "uuid"],
  ["toUnitId", "uuid"],
  ["actorId", "uuid"],
  ["comment", "text"],
  ["proposalId", "uuid"],
  ["at", "timestamp"],
];
const routeColumns: Column[] = [
  ["id", "uuid"],
  ["route", "text"],
  ["level", "uuid"],
  ["since", "timestamp"],
];

const endorsements = [
  "Ban Thường vụ đánh giá cao, đề nghị cấp trên xem xét.",
  "Thành tích nổi bật trong đơn vị, có số liệu minh chứng rõ ràng.",
  "Đề nghị ưu tiên xét: sáng kiến đã được nhân rộng.",
];

/** Writes the route of the movement marked `throughLevels`; returns how many level rows (nothing when there is no such movement). */
export async function insertRoute(
  client: pg.Client,
  units: readonly BenchUnit[],
  movements: readonly BenchMovement[],
  people: PeopleDirectory,
): Promise<number> {
  const movement = movements.find((m) => m.spec.throughLevels);
  if (!movement) return 0;
  const chosen = chooseLevels(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const officerOfUnit = (unitId: string) => people.officerOf.get(byId.get(unitId)!.no)!;
  const rules = {
    selection: "CHOSEN_UNITS" as const,
    organizerId: movement.coverage.id,
    officerUnitIds: new Set<string>(),
    chosenUnitIds: new Set(chosen.map((u) => u.id)),
  };

  await client.query(
    `UPDATE "Movement" SET route = 'LEVELS', "routeSelection" = 'CHOSEN_UNITS', "levelLeadWorkingDays" = 5 WHERE id = $1`,
    [movement.id],
  );
  await insertObjects(
    client,
    "RouteUnit",
    [
      ["id", "uuid"],
      ["movementId", "uuid"],
      ["unitId", "uuid"],
      ["isLevel", "boolean"],
      ["updatedAt", "timestamp"],
    ],
    chosen.map((u, i) => ({
      id: benchUuid(ns.routeUnit, i),
      movementId: movement.id,
      unitId: u.id,
      isLevel: true,
      updatedAt: asOf,
    })),
  );

  const { rows: sent } = await client.query<Sent>(
    `SELECT id::text, "unitId"::text, "awardTitleId"::text, status::text, "submittedAt", "createdById"::text, "returnComment"
       FROM "Nomination" WHERE "movementId" = $1 AND status IN ('SUBMITTED', 'RETURNED') ORDER BY id`,
    [movement.id],
  );
  const levels = new Columns(levelColumns.map(([name]) => name));
  const steps = new Columns(stepColumns.map(([name]) => name));
  const routes = new Columns(routeColumns.map(([name]) => name));
  // Forwards, per level and week: one proposal (and the council meeting before it) each.
  const proposals = new Map<string, { id: string; unitId: string; at: Date; count: number }>();
  const forwarded = new Map<string, number>();
  const received = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const clamp = (date: Date) => (date > asOf ? new Date(asOf.getTime() - 3_600_000) : date);
  const proposalOf = (unitId: string, at: Date) => {
    const key = `${unitId}|${Math.floor(at.getTime() / week)}`;
    let proposal = proposals.get(key);
    if (!proposal)
      proposals.set(key, (proposal = { id: benchUuid(ns.proposal, proposals.size), unitId, at, count: 0 }));
    proposal.count += 1;
    if (at > proposal.at) proposal.at = at;
    return proposal.id;
  };

  sent.forEach((dossier, k) => {
    const route = routeOf(byId.get(dossier.unitId)!.path, rules);
    const step = (
      kind: string,
      unitId: string,
      at: Date,
      extra: { toUnitId?: string | null; actorId?: string; comment?: string | null; proposalId?: string | null } = {},
    ) =>
      steps.push({
        nominationId: dossier.id,
        cycle: 1,
        kind,
        unitId,
        toUnitId: extra.toUnitId ?? null,
        actorId: extra.actorId ?? null,
        comment: extra.comment ?? null,
        proposalId: extra.proposalId ?? null,
        at,
      });
    const level = (
      unitId: string,
      state: string,
      receivedAt: Date,
      extra: { comment?: string | null; rank?: number | null; decidedAt?: Date | null } = {},
    ) => {
      // Every row is of a live submission: a returned dossier has only its returning level's row.
      levels.push({
        id: benchUuid(ns.levelRow, levels.length),
        nominationId: dossier.id,
        movementId: movement.id,
        unitId,
        awardTitleId: dossier.awardTitleId,
        nominatingUnitId: dossier.unitId,
        cycle: 1,
        isCurrent: true,
        state,
        comment: extra.comment ?? null,
        rank: extra.rank ?? null,
        receivedAt,
        decidedAt: extra.decidedAt ?? null,
        version: state === "PENDING" ? 1 : 2,
      });
      count(received, `${unitId}|${dossier.awardTitleId}`);
    };
    step("SUBMITTED", dossier.unitId, dossier.submittedAt, {
      toUnitId: route[0] ?? null,
      actorId: dossier.createdById,
    });
    let at = dossier.submittedAt;
    let holder: string | null = null;
    const roll = hash(k * 13 + 5);
    for (const [position, unitId] of route.entries()) {
      const officer = officerOfUnit(unitId);
      const decidedAt = clamp(addDays(at, 2 + (k % 5)));
      if (position === 0 && dossier.status === "RETURNED") {
        level(unitId, "RETURNED", at, { comment: dossier.returnComment, decidedAt });
        step("RETURNED", unitId, decidedAt, { actorId: officer, comment: dossier.returnComment });
        break;
      }
      // Awaiting its first level, endorsed there, or gone on; at a second level, half still await it.
      const stays = position === 0 ? roll < 0.55 : roll < 0.8;
      if (stays) {
        const isEndorsed = position === 0 && roll >= 0.45;
        level(
          unitId,
          isEndorsed ? "ENDORSED" : "PENDING",
          at,
          isEndorsed ? { comment: endorsements[k % endorsements.length], rank: 1 + (k % 40), decidedAt } : {},
        );
        if (isEndorsed)
          step("ENDORSED", unitId, decidedAt, { actorId: officer, comment: endorsements[k % endorsements.length] });
        holder = unitId;
        break;
      }
      const proposalId = proposalOf(unitId, decidedAt);
      level(unitId, "FORWARDED", at, { rank: 1 + (k % 40), decidedAt });
      count(forwarded, `${unitId}|${dossier.awardTitleId}`);
      step("FORWARDED", unitId, decidedAt, { toUnitId: route[position + 1] ?? null, actorId: officer, proposalId });
      if (position === route.length - 1) step("REACHED_ORGANISER", unitId, decidedAt, { actorId: officer });
      at = decidedAt;
    }
    if (route.length === 0)
      step("REACHED_ORGANISER", dossier.unitId, dossier.submittedAt, { actorId: dossier.createdById });
    routes.push({
      id: dossier.id,
      route: route.join(","),
      level: holder,
      since: holder ? at : dossier.status === "SUBMITTED" ? at : null,
    });
  });

  await insertColumns(client, "NominationLevel", levelColumns, levels.arrays(levelColumns));
  const proposalList = [...proposals.values()];
  await insertObjects(
    client,
    "LevelConsideration",
    [
      ["id", "uuid"],
      ["movementId", "uuid"],
      ["unitId", "uuid"],
      ["membersPresent", "int"],
      ["votesFor", "int"],
      ["votesAgainst", "int"],
      ["totalMembers", "int"],
      ["recordedById", "uuid"],
      ["recordedAt", "timestamp"],
    ],
    proposalList.map((p, i) => ({
      id: benchUuid(ns.consideration, i),
      movementId: movement.id,
      unitId: p.unitId,
      membersPresent: 9,
      votesFor: 8 - (i % 2),
      votesAgainst: i % 2,
      totalMembers: 11,
      recordedById: officerOfUnit(p.unitId),
      recordedAt: new Date(p.at.getTime() - 2 * 3_600_000),
    })),
  );
  await insertObjects(
    client,
    "LevelProposal",
    [
      ["id", "uuid"],
      ["movementId", "uuid"],
      ["unitId", "uuid"],
      ["considerationId", "uuid"],
      ["dossierCount", "int"],
      ["forwardedById", "uuid"],
      ["forwardedAt", "timestamp"],
    ],
    proposalList.map((p, i) => ({
      id: p.id,
      movementId: movement.id,
      unitId: p.unitId,
      considerationId: benchUuid(ns.consideration, i),
      dossierCount: p.count,
      forwardedById: officerOfUnit(p.unitId),
      forwardedAt: p.at,
    })),
  );
  await insertColumns(client, "NominationStep", stepColumns, steps.arrays(stepColumns));

  // Allotments: what each level forwarded so far and room for a fifth of what it received more; a union covers what it sub-allotted to its departments.
  const allotment = (unitId: string, titleId: string) =>
    (forwarded.get(`${unitId}|${titleId}`) ?? 0) +
    Math.max(5, Math.ceil((received.get(`${unitId}|${titleId}`) ?? 0) / 5));
  const rows: { unitId: string; titleId: string; quota: number; setById: string }[] = [];
  for (const level of chosen.filter((u) => u.depth === 2)) {
    for (const title of movement.titles)
      rows.push({
        unitId: level.id,
        titleId: title.id,
        quota: allotment(level.id, title.id),
        setById: officerOfUnit(level.parentId!),
      });
  }
  for (const level of chosen.filter((u) => u.depth === 1)) {
    for (const title of movement.titles) {
      const handedOut = rows
        .filter((r) => r.titleId === title.id && byId.get(r.unitId)!.parentId === level.id)
        .reduce((sum, r) => sum + r.quota, 0);
      rows.push({
        unitId: level.id,
        titleId: title.id,
        quota: Math.max(allotment(level.id, title.id), handedOut),
        setById: people.adminId,
      });
    }
  }
  await insertObjects(
    client,
    "LevelAllotment",
    [
      ["id", "uuid"],
      ["movementId", "uuid"],
      ["unitId", "uuid"],
      ["awardTitleId", "uuid"],
      ["quota", "int"],
      ["setById", "uuid"],
      ["updatedAt", "timestamp"],
    ],
    rows.map((r, i) => ({
      id: benchUuid(ns.allotment, i),
      movementId: movement.id,
      unitId: r.unitId,
      awardTitleId: r.titleId,
      quota: r.quota,
      setById: r.setById,
      updatedAt: asOf,
    })),
  );

  await client.query(`CREATE TEMP TABLE bench_route (id uuid, route text, level uuid, since timestamp)`);
  await insertColumns(client, "bench_route", routeColumns, routes.arrays(routeColumns));
  await client.query(`
    UPDATE "Nomination" n SET "routeUnitIds" = CASE WHEN r.route = '' THEN '{}' ELSE string_to_array(r.route, ',')::uuid[] END,
           "routeCycle" = 1, "levelUnitId" = r.level, "levelSince" = r.since
      FROM bench_route r WHERE n.id = r.id`);
  await client.query(`DROP TABLE bench_route`);
  return levels.length;
}
