import type { UnitOption } from "@/lib/users/queries";

/** Units as select options, indented by depth (non-breaking spaces: browsers collapse ordinary ones). */
export function unitSelectOptions(units: UnitOption[]) {
  return units.map((unit) => ({ value: unit.id, label: `${"\u00a0\u00a0\u00a0".repeat(unit.depth)}${unit.name}` }));
}
