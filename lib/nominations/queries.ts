// Reading nominations. Who sees what (lib/policy.ts canViewNomination): administrators all,
// officers those of their units and the units below. The same rule sits in every query's
// `where` (nominationScopeWhere), so a forgotten check returns nothing.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { titleRulesSelect } from "../movements/definition";
import { visibleMovementsWhere } from "../movements/queries";
import { can, canEditNomination, isWithinScopes, officerScopes, officerScopesWithin } from "../policy";
import type { Actor } from "../session";
import { visibleNominationsWhere } from "./scope";
import { compareSnapshots, dossierFieldsSelect, parseSnapshot } from "./snapshot";

/** The nominations `actor` may see, as a `where` clause (nothing at all: an impossible id list). */
export function nominationScopeWhere(actor: Actor | null): Prisma.NominationWhereInput {
  return visibleNominationsWhere(actor) ?? { id: { in: [] } };
}

const titleRules = { id: true, name: true, nameEn: true, ...titleRulesSelect } satisfies Prisma.AwardTitleSelect;

const dossierSelect = {
  id: true,
  movementId: true,
  ...dossierFieldsSelect,
  status: true,
  version: true,
  returnComment: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, fullName: true } },
  nominatingUnit: { select: { id: true, name: true } },
  movement: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      status: true,
      requiresRegistration: true,
      criteria: {
        select: { id: true, name: true, nameEn: true, guidance: true, weight: true, maxScore: true },
        orderBy: { position: "asc" },
      },
      phases: { select: { kind: true, startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
    },
  },
  awardTitle: { select: titleRules },
  unit: { select: { id: true, name: true, path: true } },
  selfAssessments: { select: { criterionId: true, text: true } },
  priorRecognitions: { select: { title: true, year: true, decisionRef: true }, orderBy: { position: "asc" } },
  versions: {
    select: { number: true, submittedAt: true, submittedBy: { select: { fullName: true } } },
    orderBy: { number: "desc" },
  },
  levelUnitId: true,
} satisfies Prisma.NominationSelect;

/**
 * One dossier with everything its page shows, or null when it does not exist or `actor` may
 * not see it. `selfAssessments` is also given as a map by criterion id; `canEdit`, `canWithdraw`
 * and `canReturn` say which actions to offer.
 */
export async function getNominationForViewer(options: { actor: Actor | null; id: string }) {
  const { actor } = options;
  if (!actor || !isUuid(options.id)) return null;
  const row = await db().nomination.findFirst({
    where: { AND: [{ id: options.id }, nominationScopeWhere(actor)] },
    select: dossierSelect,
  });
  if (!row) return null;
  const inScope = isWithinScopes(row.unit.path, officerScopes(actor));
  return {
    ...row,
    selfAssessmentByCriterion: Object.fromEntries(row.selfAssessments.map((s) => [s.criterionId, s.text])) as Record<
      string,
      string
    >,
    canEdit:
      canEditNomination(actor, { unitPath: row.unit.path, status: row.status }) && row.movement.status === "OPEN",
    canWithdraw: inScope && ["DRAFT", "SUBMITTED", "RETURNED"].includes(row.status),
    // On a route through levels the organiser returns a dossier once it reached the top (decision 0012).
    canReturn: can(actor, "nomination.return") && row.status === "SUBMITTED" && row.levelUnitId === null,
  };
}

export type NominationForViewer = NonNullable<Awaited<ReturnType<typeof getNominationForViewer>>>;

/**
 * Submitted version `number` of a nomination and the one before it, with what changed between
 * them, or null when there is no such version or `actor` may not see the nomination.
 */
export async function getNominationVersions(options: { actor: Actor | null; id: string; number: number }) {
  const { actor } = options;
  if (!actor || !isUuid(options.id) || !Number.isInteger(options.number) || options.number < 1) return null;
  const nomination = await db().nomination.findFirst({
    where: { AND: [{ id: options.id }, nominationScopeWhere(actor)] },
    select: { id: true, nomineeName: true, status: true, movement: { select: { id: true, name: true } } },
  });
  if (!nomination) return null;
  const rows = await db().nominationVersion.findMany({
    where: { nominationId: nomination.id, number: { in: [options.number, options.number - 1] } },
    select: { number: true, snapshot: true, submittedAt: true, submittedBy: { select: { fullName: true } } },
  });
  const row = rows.find((r) => r.number === options.number);
  if (!row) return null;
  const previousRow = rows.find((r) => r.number === options.number - 1) ?? null;
  const version = {
    number: row.number,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy.fullName,
    snapshot: parseSnapshot(row.snapshot),
  };
  const previous = previousRow
    ? {
        number: previousRow.number,
        submittedAt: previousRow.submittedAt,
        submittedBy: previousRow.submittedBy.fullName,
        snapshot: parseSnapshot(previousRow.snapshot),
      }
    : null;
  return { nomination, version, previous, changes: compareSnapshots(previous?.snapshot ?? null, version.snapshot) };
}

/** The movement as far as an officer may nominate in it: visible, with its coverage root's path. */
async function movementForNominating(actor: Actor | null, movementId: string) {
  if (!actor || !can(actor, "nomination.create") || !isUuid(movementId)) return null;
  return db().movement.findFirst({
    where: { AND: [{ id: movementId }, visibleMovementsWhere(actor)] },
    select: { id: true, coverageUnit: { select: { path: true } } },
  });
}

/** The titles of a movement an officer can nominate for, with their rules, for the create form (empty for others). */
export async function listNominationTitles(options: { actor: Actor | null; movementId: string }) {
  const movement = await movementForNominating(options.actor, options.movementId);
  if (!movement) return [];
  return db().awardTitle.findMany({
    where: { movementId: movement.id },
    select: titleRules,
    orderBy: { position: "asc" },
  });
}

const maxUnitsListed = 500;

/**
 * The active units an officer may nominate for in a movement: within their scopes and the
 * movement's coverage, in tree order (at most 500).
 */
export async function listNominationUnits(options: { actor: Actor | null; movementId: string }) {
  const movement = await movementForNominating(options.actor, options.movementId);
  if (!movement || !options.actor) return [];
  const coverage = movement.coverageUnit.path;
  const roots = officerScopesWithin(options.actor, coverage);
  if (roots.length === 0) return [];
  return db().unit.findMany({
    where: { isActive: true, OR: roots.map((root) => ({ path: { startsWith: root } })) },
    select: { id: true, name: true, path: true, depth: true, headcount: true },
    orderBy: [{ path: "asc" }],
    take: maxUnitsListed,
  });
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
