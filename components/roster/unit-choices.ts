import type { RosterUnitOption } from "@/lib/roster/queries";

/**
 * Of the roster's unit tree (depth first, each unit with its level), the units the filter offers:
 * the top two levels, and the units right below the chosen one and below each unit above it.
 * A national tree lists hundreds of units, half of the roster page's elements as one select;
 * drilling down offers tens at a time (as the results page's unit choice does), and every unit
 * stays within reach by choosing the units above it first.
 */
export function unitChoices(units: readonly RosterUnitOption[], chosenId: string | undefined): RosterUnitOption[] {
  const parentOf = new Map<string, string | undefined>();
  const above: string[] = []; // the units above the current one, by level
  for (const unit of units) {
    above.length = unit.level;
    parentOf.set(unit.id, above[unit.level - 1]);
    above.push(unit.id);
  }
  const open = new Set<string>();
  for (let id = chosenId && parentOf.has(chosenId) ? chosenId : undefined; id; id = parentOf.get(id)) open.add(id);
  return units.filter((unit) => unit.level <= 1 || open.has(parentOf.get(unit.id) ?? ""));
}
