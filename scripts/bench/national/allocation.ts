// How many nominations each covered unit puts forward for each title of a movement: in
// proportion to its headcount, within the title's quotas (lib/nominations/quotas.ts unitLimit,
// and the movement-wide quotaTotal), so every quota panel shows a limit that was respected.
import type { AppRules } from "./app-rules";
import { collectiveNames } from "./content";
import type { BenchMovement, BenchTitle } from "./movements";
import type { BenchUnit } from "./units";

/** Counts for `slots`, adding up to `total`, each within its capacity, in proportion to the weights (largest remainders round up). */
export function allocate(total: number, slots: readonly { weight: number; capacity: number }[]): number[] {
  const counts = slots.map(() => 0);
  let remaining = total;
  while (remaining > 0) {
    const open = slots.flatMap((slot, i) => (counts[i]! < slot.capacity ? [i] : []));
    if (open.length === 0) throw new Error(`Capacity for only ${total - remaining} of ${total}`);
    const weight = open.reduce((sum, i) => sum + slots[i]!.weight, 0);
    const shares = open.map((i) => ({ i, exact: (remaining * slots[i]!.weight) / weight }));
    let given = 0;
    for (const { i, exact } of shares) {
      const add = Math.min(slots[i]!.capacity - counts[i]!, Math.floor(exact));
      counts[i]! += add;
      given += add;
    }
    // Another round only when capacities cut shares short.
    for (const { i } of shares.sort(
      (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i,
    )) {
      if (given === remaining) break;
      if (counts[i]! < slots[i]!.capacity) {
        counts[i]! += 1;
        given += 1;
      }
    }
    remaining -= given;
  }
  return counts;
}

export interface UnitAllocation {
  unit: BenchUnit;
  /** Nominations per title, in the movement's title order. */
  perTitle: number[];
}

/** The nominee units of a movement (departments and grassroots unions in its coverage) with their counts per title. */
export function allocateMovement(
  movement: BenchMovement,
  units: readonly BenchUnit[],
  unitLimit: AppRules["unitLimit"],
): UnitAllocation[] {
  const nominees = units.filter((u) => u.depth >= 2 && u.path.startsWith(movement.coverage.path));
  const total = movement.spec.nominations;
  const titleTotals = movement.titles.map((t, i) =>
    i === movement.titles.length - 1 ? 0 : Math.round(total * t.share),
  );
  titleTotals[titleTotals.length - 1] = total - titleTotals.reduce((sum, n) => sum + n, 0);
  const perTitle = movement.titles.map((title, i) => {
    if (title.quotaTotal !== undefined && titleTotals[i]! > title.quotaTotal)
      throw new Error(`${movement.spec.code}: ${title.name} over its total quota`);
    return allocate(
      titleTotals[i]!,
      nominees.map((u) => slotOf(title, u, unitLimit)),
    );
  });
  return nominees.map((unit, u) => ({ unit, perTitle: perTitle.map((counts) => counts[u]!) }));
}

function slotOf(
  title: BenchTitle,
  unit: BenchUnit,
  unitLimit: AppRules["unitLimit"],
): { weight: number; capacity: number } {
  const limit = unitLimit(
    {
      quotaTotal: title.quotaTotal ?? null,
      quotaPerUnit: title.quotaPerUnit ?? null,
      quotaPerUnitPercent: title.quotaPerUnitPercent ?? null,
    },
    unit.headcount,
  );
  if (title.eligibility === "COLLECTIVE")
    return { weight: 1 + unit.headcount / 200, capacity: Math.min(limit ?? Infinity, collectiveNames.length) };
  return { weight: unit.headcount, capacity: limit ?? unit.headcount };
}
