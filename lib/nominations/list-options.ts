// The choices of the nomination list filters: movements, titles of the chosen movement, and
// units, limited to what the viewer may see in that list.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { officerScopes } from "../policy";
import type { Actor } from "../session";
import type { NominationListView } from "./list-params";

/** Units offered in a filter: at most this many, and at most this many levels below the viewer's own. */
const maxUnitOptions = 500;
const unitLevelsShown = 3;

export interface NamedOption {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface UnitOption {
  id: string;
  name: string;
  /** Levels below the top of the list, for indentation. */
  level: number;
}

export interface NominationFilterOptions {
  movements: NamedOption[];
  titles: NamedOption[];
  units: UnitOption[];
}

const depthOf = (path: string) => path.split("/").filter(Boolean).length - 1;

/**
 * Movements an officer nominates in: not drafts, covering one of their units (or a unit above
 * one of them). Administrators: every movement.
 */
export function nominatingMovementsWhere(actor: Actor, view: NominationListView): Prisma.MovementWhereInput {
  if (view === "admin") return {};
  const scopes = officerScopes(actor);
  return {
    status: { not: "DRAFT" },
    // Covered subtree and the officer's subtree overlap: one contains the other.
    OR: scopes.map((scope) => ({
      coverageUnit: { OR: [{ path: { startsWith: scope } }, { path: { in: ancestorPaths(scope) } }] },
    })),
  };
}

/** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"]: the paths of a unit and the units above it. */
export function ancestorPaths(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}/`);
}

/** Filter choices for `actor`'s list in `view`; titles only once a movement is chosen. */
export async function listFilterOptions(options: {
  actor: Actor;
  view: NominationListView;
  movementId?: string;
  coveragePath?: string;
}): Promise<NominationFilterOptions> {
  const { actor, view, movementId } = options;
  const movementWhere = nominatingMovementsWhere(actor, view);
  const roots = view === "admin" ? [options.coveragePath ?? "/"] : officerScopes(actor);
  const topDepth = Math.min(...roots.map((root) => (root === "/" ? 0 : depthOf(root))));
  const [movements, titles, units] = await Promise.all([
    view === "admin"
      ? Promise.resolve([])
      : db().movement.findMany({
          where: movementWhere,
          orderBy: [{ startsOn: "desc" }, { name: "asc" }],
          take: 100,
          select: { id: true, name: true, nameEn: true },
        }),
    movementId
      ? db().awardTitle.findMany({
          where: { movementId, movement: movementWhere },
          orderBy: { position: "asc" },
          select: { id: true, name: true, nameEn: true },
        })
      : Promise.resolve([]),
    db().unit.findMany({
      where: { OR: roots.map((root) => ({ path: { startsWith: root } })), depth: { lte: topDepth + unitLevelsShown } },
      orderBy: { path: "asc" },
      take: maxUnitOptions,
      select: { id: true, name: true, depth: true },
    }),
  ]);
  return {
    movements,
    titles,
    units: units.map((unit) => ({ id: unit.id, name: unit.name, level: unit.depth - topDepth })),
  };
}

/** A movement as its administrators' nomination list shows it, or null when there is none. */
export async function movementForNominationList(id: string) {
  return db().movement.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, nameEn: true, coverageUnit: { select: { path: true } } },
  });
}
