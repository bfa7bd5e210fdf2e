// Reading registrations: the units an officer may still register, one registration for its
// edit page, and the pledge-vs-result list of a movement's page. Who may see what sits in each
// query's `where` as well as in the policy check.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { toDay } from "../movements/days";
import { visibleMovementsWhere } from "../movements/queries";
import { canManageRegistration, hasRole, isWithinScopes, officerScopes } from "../policy";
import type { Actor } from "../session";
import { registrationEndsOn } from "./rules";
import { unitsWithinScopes } from "../units/scope";

/** At most this many units are offered for registration, and registrations listed on a movement's page. */
export const listLimit = 500;

/** The units `actor` acts for within the covered subtree at `coveragePath`; null when none can be. */
function managedUnitsWhere(actor: Actor | null, coveragePath: string): Prisma.UnitWhereInput | null {
  if (!actor) return null;
  const inCoverage: Prisma.UnitWhereInput = { path: { startsWith: coveragePath } };
  if (hasRole(actor, "ADMIN")) return inCoverage;
  const scopes = officerScopes(actor);
  if (scopes.length === 0) return null;
  return { AND: [inCoverage, unitsWithinScopes(scopes)] };
}

/** A movement as the registration pages show it, or null when `actor` may not see it. */
export async function getMovementForRegistration(options: { actor: Actor | null; id: string }) {
  const movement = await db().movement.findFirst({
    where: { AND: [{ id: options.id }, visibleMovementsWhere(options.actor)] },
    select: {
      id: true,
      name: true,
      nameEn: true,
      status: true,
      startsOn: true,
      endsOn: true,
      coverageUnit: { select: { name: true, path: true } },
      phases: { where: { kind: "REGISTRATION" }, select: { kind: true, endsOn: true } },
    },
  });
  if (!movement) return null;
  const { phases, ...rest } = movement;
  return { ...rest, registrationEndsOn: registrationEndsOn(phases) };
}

export type RegistrationMovement = NonNullable<Awaited<ReturnType<typeof getMovementForRegistration>>>;

/** Active units `actor` may register for the movement and that have not registered yet, in tree order. */
export async function listEligibleUnits(options: { actor: Actor | null; movementId: string }) {
  const movement = await getMovementForRegistration({ actor: options.actor, id: options.movementId });
  const managed = movement ? managedUnitsWhere(options.actor, movement.coverageUnit.path) : null;
  if (!managed) return [];
  return db().unit.findMany({
    where: { AND: [managed, { isActive: true, registrations: { none: { movementId: options.movementId } } }] },
    orderBy: { path: "asc" },
    take: listLimit,
    select: { id: true, code: true, name: true, depth: true },
  });
}

const targetSelect = {
  id: true,
  description: true,
  targetValue: true,
  measureUnit: true,
  dueOn: true,
  achievedValue: true,
  resultNote: true,
} satisfies Prisma.RegistrationTargetSelect;

/** A target with plain values a client component can take: decimals as text, days as YYYY-MM-DD. */
function plainTarget(target: Prisma.RegistrationTargetGetPayload<{ select: typeof targetSelect }>) {
  return {
    ...target,
    targetValue: target.targetValue?.toString() ?? null,
    achievedValue: target.achievedValue?.toString() ?? null,
    dueOn: target.dueOn ? toDay(target.dueOn) : null,
  };
}

export type PlainTarget = ReturnType<typeof plainTarget>;

/** One registration with its targets for its page, or null unless `actor` may manage it. */
export async function getRegistration(options: { actor: Actor | null; id: string }) {
  const { actor, id } = options;
  if (!actor) return null;
  const registration = await db().registration.findFirst({
    where: { id, movement: visibleMovementsWhere(actor) },
    select: {
      id: true,
      pledge: true,
      resultsSummary: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      unit: { select: { id: true, name: true, path: true, isActive: true } },
      registeredBy: { select: { fullName: true } },
      targets: { orderBy: { position: "asc" }, select: targetSelect },
      movementId: true,
    },
  });
  if (!registration) return null;
  const movement = await getMovementForRegistration({ actor, id: registration.movementId });
  if (!movement || !canManageRegistration(actor, registration.unit.path, movement.coverageUnit.path)) return null;
  return { ...registration, targets: registration.targets.map(plainTarget), movement };
}

export type RegistrationDetail = NonNullable<Awaited<ReturnType<typeof getRegistration>>>;

/**
 * Pledge against result, per registered unit, for a movement's page: signed-in viewers only
 * (pledges are internal to the organization). `isManaged` marks the ones `actor` may edit.
 */
export async function listPledgeResults(options: { actor: Actor | null; movementId: string }) {
  const { actor, movementId } = options;
  if (!actor) return [];
  const movement = await db().movement.findFirst({
    where: { AND: [{ id: movementId }, visibleMovementsWhere(actor)] },
    select: { coverageUnit: { select: { path: true } } },
  });
  if (!movement) return [];
  const scopes = officerScopes(actor);
  const rows = await db().registration.findMany({
    where: { movementId },
    orderBy: { unit: { name: "asc" } },
    take: listLimit,
    select: {
      id: true,
      pledge: true,
      resultsSummary: true,
      unit: { select: { id: true, name: true, path: true } },
      targets: { orderBy: { position: "asc" }, select: targetSelect },
    },
  });
  return rows.map(({ unit, targets, ...row }) => ({
    ...row,
    unit: { id: unit.id, name: unit.name },
    targets: targets.map(plainTarget),
    isManaged: canManageRegistration(actor, unit.path, movement.coverageUnit.path),
    /** A unit the viewer is an officer of (or below one): shortcuts go to these, not to everything an administrator may manage. */
    isOwnUnit: isWithinScopes(unit.path, scopes),
  }));
}

export type PledgeResult = Awaited<ReturnType<typeof listPledgeResults>>[number];

/**
 * For the movement list: per movement, the officer's own units (where they hold the role)
 * that it covers, and whether each has registered.
 */
export async function officerCoverage(options: { actor: Actor | null; movementIds: readonly string[] }) {
  const coverage = new Map<string, { unitId: string; unitName: string; registrationId: string | null }[]>();
  const units = options.actor?.roles.filter((role) => role.role === "OFFICER") ?? [];
  if (units.length === 0 || options.movementIds.length === 0) return coverage;
  const [movements, registrations] = await Promise.all([
    db().movement.findMany({
      where: { AND: [{ id: { in: [...options.movementIds] } }, visibleMovementsWhere(options.actor)] },
      select: { id: true, coverageUnit: { select: { path: true } } },
    }),
    db().registration.findMany({
      where: { movementId: { in: [...options.movementIds] }, unitId: { in: units.map((unit) => unit.unitId) } },
      select: { id: true, movementId: true, unitId: true },
    }),
  ]);
  for (const movement of movements) {
    const covered = units
      .filter((unit) => unit.unitPath.startsWith(movement.coverageUnit.path))
      .map((unit) => ({
        unitId: unit.unitId,
        unitName: unit.unitName,
        registrationId: registrations.find((r) => r.movementId === movement.id && r.unitId === unit.unitId)?.id ?? null,
      }));
    if (covered.length > 0) coverage.set(movement.id, covered);
  }
  return coverage;
}
