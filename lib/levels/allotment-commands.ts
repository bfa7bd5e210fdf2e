// Handing out allotments (phân bổ chỉ tiêu, decision 0012): the organiser to the units whose next
// level is the top, a level to the units whose next level it is. Every cell is checked against
// what the form showed (no silent overwrite), what the unit already sent up, what it handed
// out below, and the allotter's own allotment.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, forbidden, notFoundError, RefusedError, type Refusal } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { canActAtLevel, can, canReadLevel } from "../policy";
import type { Actor } from "../session";
import { allotmentsOf, allotterOf, sentUpCounts, type UnitTitleCounts } from "./allotments";
import { isLevelOf, routeContext, type RouteContext } from "./context";
import type { AllotmentsInput } from "./schemas";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "levelAllotment" | "awardTitle" | "unit">;

export interface AllotmentTarget {
  id: string;
  name: string;
  /** A level of the route (it forwards), or a unit that nominates (it submits). */
  isLevel: boolean;
}

/** The units `allotterUnitId` (null: the organiser) allots to: those whose next level it is. */
async function targetsOf(
  client: Reader,
  context: RouteContext,
  allotterUnitId: string | null,
): Promise<AllotmentTarget[]> {
  const rootPath = allotterUnitId
    ? (await client.unit.findUniqueOrThrow({ where: { id: allotterUnitId }, select: { path: true } })).path
    : context.organizer.path;
  const candidateIds = [...new Set([...context.rules.officerUnitIds, ...context.rules.chosenUnitIds])];
  const officerUnits =
    context.selection === "CHOSEN_UNITS"
      ? // Every nominating unit counts too when levels were chosen: they submit to their nearest chosen level.
        (
          (await client.$queryRaw<{ unitId: string }[]>`
          SELECT DISTINCT ra."unitId"::text AS "unitId" FROM "RoleAssignment" ra JOIN "User" p ON p.id = ra."userId" AND p."isActive"
          JOIN "Unit" u ON u.id = ra."unitId" AND u."isActive" WHERE ra.role = 'OFFICER' AND u.path LIKE ${`${rootPath}%`}`) as {
            unitId: string;
          }[]
        ).map((r) => r.unitId)
      : [];
  const ids = [...new Set([...candidateIds, ...officerUnits])];
  const units = await client.unit.findMany({
    where: { id: { in: ids }, path: { startsWith: rootPath }, isActive: true },
    select: { id: true, name: true, path: true, nameSearch: true },
  });
  const levelIds = new Set(
    context.selection === "CHOSEN_UNITS" ? context.rules.chosenUnitIds : context.rules.officerUnitIds,
  );
  return units
    .filter((unit) => unit.path !== rootPath && allotterOf(context, unit.path) === allotterUnitId)
    .sort((a, b) => a.nameSearch.localeCompare(b.nameSearch))
    .map((unit) => ({ id: unit.id, name: unit.name, isLevel: levelIds.has(unit.id) }));
}

export interface AllotmentsView {
  movement: { id: string; name: string; nameEn: string | null };
  allotter: { id: string; name: string } | null;
  /** The allotter's own allotment per title (null: unlimited, and always for the organiser). */
  own: Map<string, number>;
  titles: { id: string; name: string; nameEn: string | null }[];
  targets: AllotmentTarget[];
  quotas: UnitTitleCounts;
  sentUp: UnitTitleCounts;
  /** What each target handed out below it, per title (its sub-allotments). */
  handedOut: UnitTitleCounts;
  canEdit: boolean;
}

/** May `actor` hand out the allotments of `allotterUnitId` (null: the organiser's)? */
function canAllot(actor: Actor | null, allotterUnitId: string | null): boolean {
  return allotterUnitId === null ? can(actor, "movement.manage") : canActAtLevel(actor, allotterUnitId);
}

/** The allotment form of `allotterUnitId` (null: the organiser) in a movement routed through levels; null when not the viewer's. */
export async function allotmentsView(options: {
  actor: Actor | null;
  movementId: string;
  allotterUnitId: string | null;
}): Promise<AllotmentsView | null> {
  const { actor, movementId, allotterUnitId } = options;
  const canEdit = canAllot(actor, allotterUnitId);
  // The organiser's form is the administrators' own; a level's is read by administrators too.
  if (!canEdit && (allotterUnitId === null || !canReadLevel(actor, allotterUnitId))) return null;
  const context = await routeContext(movementId);
  if (!context || context.route !== "LEVELS" || (allotterUnitId !== null && !isLevelOf(context, allotterUnitId)))
    return null;
  const movement = await db().movement.findUnique({
    where: { id: movementId },
    select: {
      id: true,
      name: true,
      nameEn: true,
      status: true,
      awardTitles: { select: { id: true, name: true, nameEn: true }, orderBy: { position: "asc" } },
    },
  });
  if (!movement || movement.status === "DRAFT") return null;
  const allotter = allotterUnitId
    ? await db().unit.findUnique({ where: { id: allotterUnitId }, select: { id: true, name: true, path: true } })
    : null;
  if (
    allotterUnitId &&
    (!allotter || !allotter.path.startsWith(context.organizer.path) || allotter.id === context.organizer.id)
  )
    return null;
  const targets = await targetsOf(db(), context, allotterUnitId);
  const ids = targets.map((t) => t.id);
  const [quotas, sentUp, own, handedOut] = await Promise.all([
    allotmentsOf(db(), movementId, ids),
    sentUpCounts(db(), movementId, ids),
    allotterUnitId ? allotmentsOf(db(), movementId, [allotterUnitId]) : Promise.resolve(new Map() as UnitTitleCounts),
    handedOutBelow(db(), context, movementId, ids),
  ]);
  return {
    movement: { id: movement.id, name: movement.name, nameEn: movement.nameEn },
    allotter: allotter ? { id: allotter.id, name: allotter.name } : null,
    own: allotterUnitId ? (own.get(allotterUnitId) ?? new Map()) : new Map(),
    titles: movement.awardTitles,
    targets,
    quotas,
    sentUp,
    handedOut,
    canEdit,
  };
}

/** Per unit of `unitIds`, the sum per title of the allotments it handed out to the units whose next level it is. */
async function handedOutBelow(
  client: Reader,
  context: RouteContext,
  movementId: string,
  unitIds: readonly string[],
): Promise<UnitTitleCounts> {
  const result: UnitTitleCounts = new Map();
  if (unitIds.length === 0) return result;
  const rows = await client.$queryRaw<{ unitId: string; path: string; titleId: string; quota: number }[]>`
    SELECT a."unitId"::text AS "unitId", u.path, a."awardTitleId"::text AS "titleId", a.quota
    FROM "LevelAllotment" a JOIN "Unit" u ON u.id = a."unitId"
    WHERE a."movementId" = ${movementId}::uuid
      AND EXISTS (SELECT 1 FROM "Unit" p WHERE p.id = ANY(${[...unitIds]}::uuid[]) AND u.path LIKE p.path || '%' AND u.id <> p.id)`;
  const wanted = new Set(unitIds);
  for (const row of rows) {
    const allotter = allotterOf(context, row.path);
    if (!allotter || !wanted.has(allotter)) continue;
    const byTitle = result.get(allotter) ?? new Map<string, number>();
    byTitle.set(row.titleId, (byTitle.get(row.titleId) ?? 0) + row.quota);
    result.set(allotter, byTitle);
  }
  return result;
}

/** Saves the allotments a level (or the organiser) hands out; every refusal listed, nothing saved unless all hold. */
export async function setAllotments(options: {
  actor: Actor | null;
  input: AllotmentsInput;
}): Promise<{ changed: number }> {
  const { actor, input } = options;
  const allotterUnitId = input.allotterUnitId ?? null;
  if (!actor || !canAllot(actor, allotterUnitId)) throw forbidden();
  return db().$transaction(async (tx) => {
    const context = await routeContext(input.movementId, tx);
    if (!context || context.route !== "LEVELS") throw notFoundError("movement");
    // The allotter's row serializes its allotments with its forwards (lib/levels/forward.ts).
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${allotterUnitId ?? context.organizer.id}::uuid FOR NO KEY UPDATE`;
    const targets = new Map((await targetsOf(tx, context, allotterUnitId)).map((t) => [t.id, t]));
    const titles = new Map(
      (await tx.awardTitle.findMany({ where: { movementId: input.movementId }, select: { id: true, name: true } })).map(
        (t) => [t.id, t.name],
      ),
    );
    const unitIds = Object.keys(input.quota);
    const unknown =
      unitIds.find((id) => !targets.has(id)) ??
      unitIds.flatMap((id) => Object.keys(input.quota[id]!)).find((id) => !titles.has(id));
    if (unknown) throw new RefusedError([{ code: "notAllottable" }]);
    const [quotas, sentUp, handedOut, own] = [
      // Every target's, not only the submitted ones: the total handed out below counts them all.
      await allotmentsOf(tx, input.movementId, [...targets.keys()]),
      await sentUpCounts(tx, input.movementId, unitIds),
      await handedOutBelow(tx, context, input.movementId, unitIds),
      allotterUnitId ? await allotmentsOf(tx, input.movementId, [allotterUnitId]) : (new Map() as UnitTitleCounts),
    ];
    const refusals: Refusal[] = [];
    const changes: { unitId: string; titleId: string; before: number | null; after: number | null }[] = [];
    for (const unitId of unitIds) {
      for (const [titleId, quota] of Object.entries(input.quota[unitId]!)) {
        const stored = quotas.get(unitId)?.get(titleId) ?? null;
        const shown = input.was[unitId]?.[titleId] ?? null;
        if (quota === stored) continue;
        // Someone changed this cell since the form was read: theirs is not overwritten unseen.
        if (shown !== stored) throw conflict("allotment changed since it was read");
        const values = { unit: targets.get(unitId)!.name, title: titles.get(titleId)!, quota: String(quota ?? "") };
        const used = sentUp.get(unitId)?.get(titleId) ?? 0;
        if (quota !== null && quota < used)
          refusals.push({ code: "allotmentBelowUse", values: { ...values, used: String(used) } });
        const below = handedOut.get(unitId)?.get(titleId) ?? 0;
        if (quota !== null && quota < below)
          refusals.push({ code: "allotmentBelowHandedOut", values: { ...values, handedOut: String(below) } });
        changes.push({ unitId, titleId, before: stored, after: quota });
      }
    }
    // What the allotter hands out for a title, after these changes, within its own allotment.
    if (allotterUnitId) {
      for (const [titleId, name] of titles) {
        const ownQuota = own.get(allotterUnitId)?.get(titleId);
        if (ownQuota === undefined) continue;
        let total = 0;
        for (const target of targets.keys()) {
          const changed = changes.find((c) => c.unitId === target && c.titleId === titleId);
          total += changed ? (changed.after ?? 0) : (quotas.get(target)?.get(titleId) ?? 0);
        }
        if (total > ownQuota)
          refusals.push({
            code: "handedOutOverOwn",
            values: { title: name, total: String(total), own: String(ownQuota) },
          });
      }
    }
    if (refusals.length > 0) throw new RefusedError(refusals);
    for (const change of changes) {
      const key = {
        movementId_unitId_awardTitleId: {
          movementId: input.movementId,
          unitId: change.unitId,
          awardTitleId: change.titleId,
        },
      };
      if (change.after === null) await tx.levelAllotment.delete({ where: key });
      else
        await tx.levelAllotment.upsert({
          where: key,
          create: {
            movementId: input.movementId,
            unitId: change.unitId,
            awardTitleId: change.titleId,
            quota: change.after,
            setById: actor.id,
          },
          update: { quota: change.after, setById: actor.id },
        });
    }
    if (changes.length > 0) {
      await recordAudit(
        {
          actorId: actor.id,
          action: "level.allotments_set",
          objectType: "Movement",
          objectId: input.movementId,
          after: { allotter: allotterUnitId, changes },
        },
        tx,
      );
    }
    return { changed: changes.length };
  });
}
