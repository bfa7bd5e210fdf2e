// The roster's unit choice. A national tree has thousands of units with honorees: as one select
// that is half of the page's elements, so the filter drills down, as the results page's does. It
// offers the top two levels of the tree of listed honorees' units (with the units above them),
// and the units right below the chosen one and below each unit above it; every unit stays within
// reach by choosing the units above it first.
//
// Finding the units with listed honorees reads every honoree (60 ms at 55,000), and they change
// only with the roster. So each tree is kept in memory under the public pages' version, which
// triggers bump with every change to Honoree, Decision and Unit, whoever writes.
import { db } from "../db";
import type { Visibility } from "../generated/prisma/enums";
import { isUuid } from "../ids";
import { publicVersion } from "../page-cache/public-version";
import { VersionedLru } from "../versioned-lru";

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

/** Units kept over all trees (one per audience and movement: some 2,600 units each at national scale). */
const maxKeptUnits = 200_000;

interface KeptTree {
  version: string;
  nodes: UnitNode[];
}

const globalForUnits = globalThis as unknown as { rosterUnitTrees?: VersionedLru<KeptTree> };
const keptTrees = (globalForUnits.rosterUnitTrees ??= new VersionedLru<KeptTree>(
  maxKeptUnits,
  (tree) => tree.nodes.length + 1,
));

/**
 * The units to offer when `chosenUnitId` is chosen (none: the top two levels), for honorees
 * listed for `audiences` (of `movementId` when given), depth first with siblings by name.
 */
export async function rosterUnitOptions(options: {
  audiences: Visibility[];
  movementId?: string;
  chosenUnitId?: string;
}): Promise<RosterUnitOption[]> {
  const movementId = options.movementId && isUuid(options.movementId) ? options.movementId : null;
  return depthFirst(drillDown(await listedUnitTree(options.audiences, movementId), options.chosenUnitId));
}

async function listedUnitTree(audiences: Visibility[], movementId: string | null): Promise<UnitNode[]> {
  const version = await publicVersion();
  if (version === null) return readListedUnitTree(audiences, movementId);
  const key = `${[...audiences].sort().join(",")} ${movementId ?? "*"}`;
  const kept = keptTrees.get(key, version);
  if (kept) return kept.nodes;
  // Read after the version, so what is kept under it is at least as new as it.
  const nodes = await readListedUnitTree(audiences, movementId);
  keptTrees.set(key, { version, nodes });
  return nodes;
}

/** The units of honorees listed for `audiences` (of `movementId`) and every unit above them. */
function readListedUnitTree(audiences: Visibility[], movementId: string | null): Promise<UnitNode[]> {
  // A path lists the ids from the root down ("/root/…/unit/"): the units above a unit are read off it.
  return db().$queryRaw<UnitNode[]>`
    WITH listed_units AS (
      SELECT DISTINCT h."unitId" FROM "Honoree" h
      WHERE h."listedFor"::text = ANY(${audiences}::text[])
        AND (${movementId}::uuid IS NULL OR h."movementId" = ${movementId}::uuid)
    ),
    tree AS (
      SELECT DISTINCT unnest(string_to_array(trim(BOTH '/' FROM u.path), '/')) AS id
      FROM listed_units l JOIN "Unit" u ON u.id = l."unitId"
    )
    SELECT u.id::text AS id, u.name, u."parentId"::text AS "parentId", u.depth
    FROM "Unit" u JOIN tree t ON u.id::text = t.id`;
}

/** Of a tree, the top two levels, and the units right below `chosenId` and below each unit above it. */
export function drillDown(nodes: readonly UnitNode[], chosenId: string | undefined): UnitNode[] {
  if (nodes.length === 0) return [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const opened = new Set<string>();
  for (
    let node = chosenId ? byId.get(chosenId) : undefined;
    node;
    node = node.parentId ? byId.get(node.parentId) : undefined
  )
    opened.add(node.id);
  const top = minDepth(nodes);
  return nodes.filter((node) => node.depth <= top + 1 || (node.parentId !== null && opened.has(node.parentId)));
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
  const top = minDepth(nodes);
  const ordered: RosterUnitOption[] = [];
  const visit = (parent: string | null) => {
    for (const node of [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.name, b.name))) {
      ordered.push({ id: node.id, name: node.name, level: node.depth - top });
      visit(node.id);
    }
  };
  visit(null);
  return ordered;
}

const minDepth = (nodes: readonly UnitNode[]) => nodes.reduce((min, node) => Math.min(min, node.depth), Infinity);
