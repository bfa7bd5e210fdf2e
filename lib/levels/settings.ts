// The organiser's settings of a movement's route (decision 0012): direct or through levels,
// which units are levels, the working days between levels' deadlines, and one level's own
// deadline (an extension). The route itself freezes with the first submitted dossier; a
// level's deadline can always be moved.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, forbidden, notFoundError, RefusedError } from "../errors";
import { fromDay } from "../movements/days";
import { can } from "../policy";
import type { Actor } from "../session";
import { levelDeadline, routeContext } from "./context";
import type { LevelDeadlineInput, RouteSettingsInput } from "./schemas";

/** True once a dossier of the movement was ever submitted: its route may no longer change. */
async function isRouteFrozen(
  movementId: string,
  client: Pick<ReturnType<typeof db>, "nomination"> = db(),
): Promise<boolean> {
  return (await client.nomination.count({ where: { movementId, routeCycle: { gt: 0 } }, take: 1 })) > 0;
}

export interface RouteSettingsView {
  movement: {
    id: string;
    name: string;
    nameEn: string | null;
    status: string;
    version: number;
    route: RouteSettingsInput["route"];
    routeSelection: RouteSettingsInput["routeSelection"];
    levelLeadWorkingDays: number;
  };
  isFrozen: boolean;
  organizer: { id: string; name: string };
  topDeadline: string;
  /** Units that could be levels (below the organiser, with units below them), shallowest first. */
  candidates: { id: string; name: string; depth: number; isChosen: boolean }[];
  /** The levels known so far (chosen, or reached by a dossier), with their deadline and whether it is their own. */
  levels: { id: string; name: string; deadline: string; ownDeadline: string | null }[];
}

/** What the route settings page shows; null when `actor` does not manage movements or there is no such movement. */
export async function routeSettingsView(options: {
  actor: Actor | null;
  movementId: string;
}): Promise<RouteSettingsView | null> {
  if (!can(options.actor, "movement.manage")) return null;
  const movement = await db().movement.findUnique({
    where: { id: options.movementId },
    select: {
      id: true,
      name: true,
      nameEn: true,
      status: true,
      version: true,
      route: true,
      routeSelection: true,
      levelLeadWorkingDays: true,
      organizingUnit: { select: { id: true, name: true, path: true, depth: true } },
    },
  });
  const context = movement ? await routeContext(movement.id) : null;
  if (!movement || !context) return null;
  const organizer = movement.organizingUnit;
  const [candidates, reached, isFrozen] = await Promise.all([
    db().$queryRaw<{ id: string; name: string; depth: number; path: string }[]>`
      SELECT u.id::text AS id, u.name, u.depth, u.path FROM "Unit" u
      WHERE u.path LIKE ${`${organizer.path}%`} AND u.id <> ${organizer.id}::uuid AND u."isActive"
        AND EXISTS (SELECT 1 FROM "Unit" c WHERE c."parentId" = u.id)
      ORDER BY u.depth, u."nameSearch"`,
    db().$queryRaw<{ id: string; name: string; path: string }[]>`
      SELECT DISTINCT u.id::text AS id, u.name, u.path FROM "NominationLevel" l JOIN "Unit" u ON u.id = l."unitId" WHERE l."movementId" = ${movement.id}::uuid`,
    isRouteFrozen(movement.id),
  ]);
  const chosen = context.rules.chosenUnitIds;
  const levelUnits = new Map<string, { id: string; name: string; path: string }>();
  for (const unit of candidates)
    if (movement.routeSelection === "CHOSEN_UNITS" && chosen.has(unit.id)) levelUnits.set(unit.id, unit);
  for (const unit of reached) levelUnits.set(unit.id, unit);
  return {
    movement: {
      id: movement.id,
      name: movement.name,
      nameEn: movement.nameEn,
      status: movement.status,
      version: movement.version,
      route: movement.route,
      routeSelection: movement.routeSelection,
      levelLeadWorkingDays: movement.levelLeadWorkingDays,
    },
    isFrozen,
    organizer: { id: organizer.id, name: organizer.name },
    topDeadline: context.topDeadline,
    candidates: candidates.map((unit) => ({
      id: unit.id,
      name: unit.name,
      depth: unit.depth - organizer.depth,
      isChosen: chosen.has(unit.id),
    })),
    levels: [...levelUnits.values()]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((unit) => ({
        id: unit.id,
        name: unit.name,
        deadline: levelDeadline(context, unit),
        ownDeadline: context.overrides.get(unit.id) ?? null,
      })),
  };
}

/** Saves the route settings (administrators); refused once a dossier was submitted, and on a stale form. */
export async function updateRouteSettings(options: {
  actor: Actor | null;
  input: RouteSettingsInput;
}): Promise<{ version: number }> {
  const { actor, input } = options;
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  return db().$transaction(async (tx) => {
    const [movement] = await tx.$queryRaw<
      {
        id: string;
        version: number;
        route: string;
        routeSelection: string;
        levelLeadWorkingDays: number;
        organizerPath: string;
        organizerId: string;
      }[]
    >`
      SELECT m.id::text AS id, m.version, m.route::text AS route, m."routeSelection"::text AS "routeSelection", m."levelLeadWorkingDays", o.path AS "organizerPath", o.id::text AS "organizerId"
      FROM "Movement" m JOIN "Unit" o ON o.id = m."organizingUnitId" WHERE m.id = ${input.movementId}::uuid FOR UPDATE OF m`;
    if (!movement) throw notFoundError("movement");
    if (movement.version !== input.version) throw conflict("movement changed since it was read");
    const chosenIds = Object.entries(input.levels).flatMap(([id, isChosen]) => (isChosen ? [id] : []));
    const current = await tx.routeUnit.findMany({
      where: { movementId: movement.id },
      select: { unitId: true, isLevel: true, forwardBy: true },
    });
    const currentChosen = new Set(current.filter((r) => r.isLevel).map((r) => r.unitId));
    const isChanged =
      movement.route !== input.route ||
      movement.routeSelection !== input.routeSelection ||
      movement.levelLeadWorkingDays !== input.levelLeadWorkingDays ||
      (input.routeSelection === "CHOSEN_UNITS" &&
        (chosenIds.length !== currentChosen.size || chosenIds.some((id) => !currentChosen.has(id))));
    if (isChanged && (await isRouteFrozen(movement.id, tx))) throw new RefusedError([{ code: "routeFrozen" }]);
    if (input.route === "LEVELS" && input.routeSelection === "CHOSEN_UNITS" && chosenIds.length === 0)
      throw new RefusedError([{ code: "noLevelChosen" }]);
    // Only units below the organiser may be levels.
    const valid = await tx.unit.findMany({
      where: { id: { in: chosenIds }, path: { startsWith: movement.organizerPath }, NOT: { id: movement.organizerId } },
      select: { id: true },
    });
    if (valid.length !== chosenIds.length) throw new RefusedError([{ code: "levelOutsideMovement" }]);
    await tx.movement.update({
      where: { id: movement.id },
      data: {
        route: input.route,
        routeSelection: input.routeSelection,
        levelLeadWorkingDays: input.levelLeadWorkingDays,
        version: { increment: 1 },
      },
    });
    if (input.routeSelection === "CHOSEN_UNITS") {
      const chosen = new Set(chosenIds);
      for (const row of current) {
        if (chosen.has(row.unitId) === row.isLevel) continue;
        // A unit no longer chosen keeps its row only for its own deadline.
        if (!chosen.has(row.unitId) && !row.forwardBy)
          await tx.routeUnit.delete({ where: { movementId_unitId: { movementId: movement.id, unitId: row.unitId } } });
        else
          await tx.routeUnit.update({
            where: { movementId_unitId: { movementId: movement.id, unitId: row.unitId } },
            data: { isLevel: chosen.has(row.unitId), version: { increment: 1 } },
          });
      }
      const known = new Set(current.map((r) => r.unitId));
      await tx.routeUnit.createMany({
        data: chosenIds
          .filter((id) => !known.has(id))
          .map((unitId) => ({ movementId: movement.id, unitId, isLevel: true })),
      });
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: "movement.route_changed",
        objectType: "Movement",
        objectId: movement.id,
        before: {
          route: movement.route,
          routeSelection: movement.routeSelection,
          levelLeadWorkingDays: movement.levelLeadWorkingDays,
          levels: [...currentChosen],
        },
        after: {
          route: input.route,
          routeSelection: input.routeSelection,
          levelLeadWorkingDays: input.levelLeadWorkingDays,
          levels: input.routeSelection === "CHOSEN_UNITS" ? chosenIds : [],
        },
      },
      tx,
    );
    return { version: movement.version + 1 };
  });
}

/** Sets (or clears) one level's own forward deadline: the organiser extends a late level this way. */
export async function setLevelDeadline(options: { actor: Actor | null; input: LevelDeadlineInput }): Promise<void> {
  const { actor, input } = options;
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  await db().$transaction(async (tx) => {
    const context = await routeContext(input.movementId, tx);
    if (!context || context.route !== "LEVELS") throw notFoundError("movement");
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, path: true } });
    if (!unit || !unit.path.startsWith(context.organizer.path) || unit.id === context.organizer.id)
      throw new RefusedError([{ code: "levelOutsideMovement" }]);
    if (input.forwardBy && input.forwardBy > context.topDeadline)
      throw new RefusedError([{ code: "deadlineAfterTop", values: { deadline: context.topDeadline } }]);
    const before = context.overrides.get(unit.id) ?? null;
    const existing = await tx.routeUnit.findUnique({
      where: { movementId_unitId: { movementId: input.movementId, unitId: unit.id } },
      select: { isLevel: true },
    });
    const forwardBy = input.forwardBy ? fromDay(input.forwardBy) : null;
    if (existing) {
      if (!forwardBy && !(context.selection === "CHOSEN_UNITS" && existing.isLevel))
        await tx.routeUnit.delete({ where: { movementId_unitId: { movementId: input.movementId, unitId: unit.id } } });
      else
        await tx.routeUnit.update({
          where: { movementId_unitId: { movementId: input.movementId, unitId: unit.id } },
          data: { forwardBy, version: { increment: 1 } },
        });
    } else if (forwardBy) {
      // A row kept for the deadline alone is no chosen level.
      await tx.routeUnit.create({ data: { movementId: input.movementId, unitId: unit.id, isLevel: false, forwardBy } });
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: "level.deadline_set",
        objectType: "Unit",
        objectId: unit.id,
        before: { movementId: input.movementId, forwardBy: before },
        after: { movementId: input.movementId, forwardBy: input.forwardBy },
      },
      tx,
    );
  });
}
