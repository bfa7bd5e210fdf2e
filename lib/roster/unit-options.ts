// The roster's unit choice. A national tree has thousands of units with honorees: as one select
// that is half of the page's elements, so the filter drills down, as the results page's does. It
// offers the top two levels of the tree of listed honorees' units (with the units above them),
// and the units right below the chosen one and below each unit above it; every unit stays within
// reach by choosing the units above it first. The database picks those units, whatever the size.
import { db } from "../db";
import type { Visibility } from "../generated/prisma/enums";
import { isUuid } from "../ids";

export interface RosterUnitOption {
  id: string;
  name: string;
  /** Depth below the shallowest unit offered, for indenting the tree. */
  level: number;
}

export interface UnitNode {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
}

/**
 * The units to offer when `chosenUnitId` is chosen (none: the top two levels), for honorees
 * listed for `audiences` (of `movementId` when given), depth first with siblings by name.
 */
export async function rosterUnitOptions(options: { audiences: Visibility[]; movementId?: string; chosenUnitId?: string }): Promise<RosterUnitOption[]> {
  const movementId = options.movementId && isUuid(options.movementId) ? options.movementId : null;
  const chosenId = options.chosenUnitId && isUuid(options.chosenUnitId) ? options.chosenUnitId : null;
  // A path lists the ids from the root down ("/root/…/unit/"): the units above a unit are read off it.
  const nodes = await db().$queryRaw<UnitNode[]>`
    WITH listed_units AS (
      SELECT DISTINCT h."unitId" FROM "Honoree" h
      WHERE h."listedFor"::text = ANY(${options.audiences}::text[])
        AND (${movementId}::uuid IS NULL OR h."movementId" = ${movementId}::uuid)
    ),
    tree AS (
      SELECT DISTINCT unnest(string_to_array(trim(BOTH '/' FROM u.path), '/')) AS id
      FROM listed_units l JOIN "Unit" u ON u.id = l."unitId"
    ),
    nodes AS (
      SELECT u.id, u.name, u."parentId", u.depth FROM "Unit" u JOIN tree t ON u.id::text = t.id
    ),
    opened AS (
      SELECT unnest(string_to_array(trim(BOTH '/' FROM path), '/')) AS id FROM "Unit" WHERE id = ${chosenId}::uuid
    )
    SELECT n.id::text AS id, n.name, n."parentId"::text AS "parentId", n.depth
    FROM nodes n
    WHERE n.depth <= (SELECT min(depth) FROM nodes) + 1 OR n."parentId"::text IN (SELECT id FROM opened)`;
  return depthFirst(nodes);
}

const collator = new Intl.Collator("vi");

/** `nodes` as a tree, depth first with siblings by name; a node whose parent is not among them is a root. */
export function depthFirst(nodes: readonly UnitNode[]): RosterUnitOption[] {
  if (nodes.length === 0) return [];
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, UnitNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(node);
    else children.set(parent, [node]);
  }
  const minDepth = Math.min(...nodes.map((node) => node.depth));
  const ordered: RosterUnitOption[] = [];
  const visit = (parent: string | null) => {
    for (const node of [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.name, b.name))) {
      ordered.push({ id: node.id, name: node.name, level: node.depth - minDepth });
      visit(node.id);
    }
  };
  visit(null);
  return ordered;
}
