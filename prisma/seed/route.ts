// The route of a demo movement that runs through levels (decision 0012), as lib/levels would have
// left it: the chosen levels and their allotments, and for each submitted dossier its level rows,
// its steps, the level's consideration and proposal when it was forwarded, and the notices.
// Dossiers nominated right under the organiser go straight to it, as setOut sends them.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { LevelState, RouteStepKind } from "../../lib/generated/prisma/enums";
import { routeOf } from "../../lib/levels/route";
import type { DossierRows } from "./dossiers";
import { addDays } from "./format";
import type { PeopleDirectory } from "./people";
import { seededRandom } from "./random";
import { actingOfficer } from "./registrations";
import type { MovementSpec, NomineeSpec, RouteSpec } from "./types";
import { ROOT_UNIT_CODE, type UnitDirectory } from "./units";

export interface RouteRows {
  movement: Pick<Prisma.MovementCreateManyInput, "route" | "routeSelection" | "levelLeadWorkingDays">;
  routeUnits: Prisma.RouteUnitCreateManyInput[];
  allotments: Prisma.LevelAllotmentCreateManyInput[];
  considerations: Prisma.LevelConsiderationCreateManyInput[];
  proposals: Prisma.LevelProposalCreateManyInput[];
  levels: Prisma.NominationLevelCreateManyInput[];
  steps: Prisma.NominationStepCreateManyInput[];
}

const HOUR = 3_600_000;

/** Endorsement wording a level's council uses when it forwards a dossier. */
const FORWARD_NOTES = [
  "Ban Thường vụ họp xét, thống nhất đề nghị Công đoàn Viên chức Việt Nam xem xét tôn vinh.",
  "Hội đồng Thi đua – Khen thưởng công đoàn ngành biểu quyết đề nghị cấp trên xét tặng.",
];

/**
 * Route rows of `spec` (none for a direct movement). Patches `dossiers.nominations` with each
 * dossier's route, cycle and current level, and adds the route's notices to `dossiers.notifications`.
 */
export function buildRoute(
  spec: MovementSpec,
  ids: { movementId: string; titleIds: ReadonlyMap<string, string> },
  dossiers: DossierRows,
  units: UnitDirectory,
  people: PeopleDirectory,
): RouteRows | null {
  const route = spec.route;
  if (!route) return null;
  const rows: RouteRows = {
    movement: { route: "LEVELS", routeSelection: "CHOSEN_UNITS", levelLeadWorkingDays: route.leadWorkingDays },
    routeUnits: route.levels.map((level) => ({
      movementId: ids.movementId,
      unitId: units.get(level.unitCode).id,
      isLevel: true,
      forwardBy: level.forwardBy ? new Date(`${level.forwardBy}T00:00:00.000Z`) : null,
    })),
    allotments: route.allotments.map((allotment) => ({
      movementId: ids.movementId,
      unitId: units.get(allotment.unitCode).id,
      awardTitleId: titleId(ids, allotment.title),
      quota: allotment.quota,
      // The organiser allots to its levels; a level sub-allots to the units below it.
      setById: allotterOf(route, units, people, allotment.unitCode),
    })),
    considerations: [],
    proposals: [],
    levels: [],
    steps: [],
  };
  const rules = {
    selection: "CHOSEN_UNITS" as const,
    organizerId: units.get(ROOT_UNIT_CODE).id,
    officerUnitIds: new Set<string>(),
    chosenUnitIds: new Set(route.levels.map((level) => units.get(level.unitCode).id)),
  };
  spec.nominees.forEach((nominee, index) => {
    const nomination = dossiers.nominations[index];
    if (!nomination?.submittedAt) return;
    const nominating = actingOfficer(units, people, nominee.unitCode).unit;
    const levelIds = routeOf(nominating.path, rules);
    if (nominee.atLevel && levelIds.length === 0)
      throw new Error(`${spec.code}: ${nominee.name} stops at a level but its route has none`);
    walk(rows, {
      spec,
      route,
      ids,
      dossiers,
      units,
      people,
      nominee,
      index,
      nomination,
      levelIds,
      nominatingUnitId: nominating.id,
    });
  });
  return rows;
}

interface Walk {
  spec: MovementSpec;
  route: RouteSpec;
  ids: { movementId: string; titleIds: ReadonlyMap<string, string> };
  dossiers: DossierRows;
  units: UnitDirectory;
  people: PeopleDirectory;
  nominee: NomineeSpec;
  index: number;
  nomination: Prisma.NominationCreateManyInput;
  levelIds: string[];
  nominatingUnitId: string;
}

/** The dossier's one submission: sent to its first level, then forwarded up, or stopped where `atLevel` says. */
function walk(rows: RouteRows, context: Walk): void {
  const { nominee, nomination, levelIds, nominatingUnitId, ids } = context;
  const cycle = 1;
  const submittedAt = new Date(nomination.submittedAt!);
  const creatorId = nomination.createdById;
  const nominationId = nomination.id!;
  const step = (
    kind: RouteStepKind,
    at: Date,
    unitId: string,
    extra: Partial<Prisma.NominationStepCreateManyInput> = {},
  ) => rows.steps.push({ nominationId, cycle, kind, unitId, at, ...extra });
  const levelRow = (
    unitId: string,
    state: LevelState,
    receivedAt: Date,
    extra: Partial<Prisma.NominationLevelCreateManyInput> = {},
  ) =>
    rows.levels.push({
      nominationId,
      movementId: ids.movementId,
      unitId,
      awardTitleId: nomination.awardTitleId,
      nominatingUnitId,
      cycle,
      state,
      receivedAt,
      ...extra,
    });

  Object.assign(nomination, { routeUnitIds: levelIds, routeCycle: cycle, levelUnitId: null, levelSince: null });
  step("SUBMITTED", submittedAt, nominatingUnitId, { toUnitId: levelIds[0] ?? null, actorId: creatorId });

  const first = levelIds[0];
  if (first && nominee.atLevel) {
    stopAtLevel(rows, context, first, submittedAt, { step, levelRow });
    return;
  }
  // Each level forwards the day after it received the dossier: the council met that morning.
  let at = submittedAt;
  levelIds.forEach((unitId, position) => {
    const received = at;
    at = addDays(received, 1);
    const considerationId = recordConsideration(rows, context, unitId, new Date(at.getTime() - 2 * HOUR));
    const proposalId = randomUUID();
    const forwarder = actingOfficer(context.units, context.people, codeOf(context.units, unitId)).userId;
    rows.proposals.push({
      id: proposalId,
      movementId: ids.movementId,
      unitId,
      considerationId,
      dossierCount: 1,
      forwardedById: forwarder,
      forwardedAt: at,
    });
    levelRow(unitId, "FORWARDED", received, {
      rank: 1,
      comment: FORWARD_NOTES[context.index % FORWARD_NOTES.length],
      decidedAt: at,
      version: 2,
    });
    step("FORWARDED", at, unitId, { toUnitId: levelIds[position + 1] ?? null, actorId: forwarder, proposalId });
  });
  step("REACHED_ORGANISER", at, levelIds.at(-1) ?? nominatingUnitId, {
    actorId: levelIds.length > 0 ? rows.proposals.at(-1)!.forwardedById : creatorId,
  });
  if (levelIds.length > 0) {
    context.dossiers.notifications.push(
      notice(
        context,
        "DOSSIER_FORWARDED",
        at,
        {
          from: nameOf(context.units, levelIds.at(-1)!),
          level: nameOf(context.units, context.units.get(ROOT_UNIT_CODE).id),
        },
        true,
      ),
    );
  }
  // What the organiser did with it afterwards, as the status says; a dossier back with its unit, or withdrawn, holds no level's place.
  if (nominee.status === "RETURNED" || nominee.status === "WITHDRAWN") {
    for (const row of rows.levels) if (row.nominationId === nominationId) row.isCurrent = false;
  }
  if (nominee.status === "RETURNED")
    step("RETURNED", addDays(submittedAt, 4), context.units.get(ROOT_UNIT_CODE).id, {
      actorId: context.people.adminId,
      comment: nomination.returnComment ?? null,
    });
  if (nominee.status === "WITHDRAWN")
    step("WITHDRAWN", addDays(submittedAt, 3), nominatingUnitId, { actorId: creatorId });
}

type Writers = {
  step: (kind: RouteStepKind, at: Date, unitId: string, extra?: Partial<Prisma.NominationStepCreateManyInput>) => void;
  levelRow: (
    unitId: string,
    state: LevelState,
    receivedAt: Date,
    extra?: Partial<Prisma.NominationLevelCreateManyInput>,
  ) => void;
};

/** The dossier is still at its first level, or the level sent it back or kept it from going further. */
function stopAtLevel(
  rows: RouteRows,
  context: Walk,
  unitId: string,
  receivedAt: Date,
  { step, levelRow }: Writers,
): void {
  const { nominee, nomination, units, people } = context;
  const officer = actingOfficer(units, people, codeOf(units, unitId)).userId;
  const level = nameOf(units, unitId);
  const decidedAt = addDays(receivedAt, nominee.atLevel === "returned" ? 4 : 2);
  const expect = (status: string) => {
    if (nominee.status !== status)
      throw new Error(
        `${context.spec.code}: ${nominee.name} is ${nominee.atLevel} at its level, so its status must be ${status}`,
      );
  };
  switch (nominee.atLevel) {
    case "awaiting":
      expect("SUBMITTED");
      levelRow(unitId, "PENDING", receivedAt);
      Object.assign(nomination, { levelUnitId: unitId, levelSince: receivedAt });
      context.dossiers.notifications.push(
        notice(
          context,
          "DOSSIER_AT_LEVEL",
          receivedAt,
          { from: nameOf(units, context.nominatingUnitId), level },
          false,
          officer,
        ),
      );
      return;
    case "endorsed":
      expect("SUBMITTED");
      levelRow(unitId, "ENDORSED", receivedAt, {
        rank: 1,
        comment: nominee.levelComment ?? null,
        decidedAt,
        version: 2,
      });
      step("ENDORSED", decidedAt, unitId, { actorId: officer, comment: nominee.levelComment ?? null });
      Object.assign(nomination, { levelUnitId: unitId, levelSince: receivedAt });
      context.dossiers.notifications.push(
        notice(context, "DOSSIER_ENDORSED", decidedAt, { level, comment: nominee.levelComment ?? "" }, false),
      );
      return;
    case "returned":
      expect("RETURNED");
      levelRow(unitId, "RETURNED", receivedAt, { comment: nomination.returnComment ?? null, decidedAt, version: 2 });
      step("RETURNED", decidedAt, unitId, { actorId: officer, comment: nomination.returnComment ?? null });
      return;
    case "notForwarded":
      expect("NOT_SELECTED");
      if (!nominee.levelComment)
        throw new Error(`${context.spec.code}: ${nominee.name} needs the level's reason for not forwarding`);
      levelRow(unitId, "NOT_FORWARDED", receivedAt, { comment: nominee.levelComment, decidedAt, version: 2 });
      step("NOT_FORWARDED", decidedAt, unitId, { actorId: officer, comment: nominee.levelComment });
      context.dossiers.notifications.push(
        notice(context, "DOSSIER_NOT_FORWARDED", decidedAt, { level, comment: nominee.levelComment }, false),
      );
      return;
    default:
      return;
  }
}

/** The level's council meeting that considered the dossier: most members came, nearly all voted for. */
function recordConsideration(rows: RouteRows, context: Walk, unitId: string, at: Date): string {
  const code = codeOf(context.units, unitId);
  const level = context.route.levels.find((candidate) => candidate.unitCode === code);
  if (!level) throw new Error(`${context.spec.code}: ${code} is no level of the route`);
  const random = seededRandom(`${context.spec.code}/consideration/${context.index}/${code}`);
  const against = random.int(0, 1);
  const id = randomUUID();
  rows.considerations.push({
    id,
    movementId: context.ids.movementId,
    unitId,
    totalMembers: level.council.totalMembers,
    membersPresent: level.council.present,
    votesFor: level.council.present - against,
    votesAgainst: against,
    note: FORWARD_NOTES[context.index % FORWARD_NOTES.length],
    recordedById: actingOfficer(context.units, context.people, code).userId,
    recordedAt: at,
  });
  return id;
}

function notice(
  context: Walk,
  kind: "DOSSIER_AT_LEVEL" | "DOSSIER_ENDORSED" | "DOSSIER_FORWARDED" | "DOSSIER_NOT_FORWARDED",
  createdAt: Date,
  params: Record<string, string>,
  read: boolean,
  userId = context.nomination.createdById,
): Prisma.NotificationCreateManyInput {
  const title = context.spec.titles.find((candidate) => candidate.key === context.nominee.title);
  return {
    userId,
    kind,
    nominationId: context.nomination.id!,
    params: { nominee: context.nominee.name, movement: context.spec.name, title: title?.name ?? "", ...params },
    readAt: read ? addDays(createdAt, 1) : null,
    createdAt,
  };
}

/** Who set an allotment: the officer of the nearest level above the unit, else the organiser's administrator. */
function allotterOf(route: RouteSpec, units: UnitDirectory, people: PeopleDirectory, unitCode: string): string {
  const levels = new Set(route.levels.map((level) => level.unitCode));
  const above = units
    .lineage(unitCode)
    .slice(1)
    .find((unit) => levels.has(unit.code));
  return above ? actingOfficer(units, people, above.code).userId : people.adminId;
}

function titleId(ids: { titleIds: ReadonlyMap<string, string> }, key: string): string {
  const id = ids.titleIds.get(key);
  if (!id) throw new Error(`Unknown title ${key} in an allotment`);
  return id;
}

function codeOf(units: UnitDirectory, unitId: string): string {
  const unit = units.all().find((candidate) => candidate.id === unitId);
  if (!unit) throw new Error(`Unknown unit ${unitId}`);
  return unit.code;
}

function nameOf(units: UnitDirectory, unitId: string): string {
  return units.get(codeOf(units, unitId)).name;
}
