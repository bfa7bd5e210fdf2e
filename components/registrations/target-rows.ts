// The editable rows of a pledge's targets, kept in React state so nothing typed is lost when
// the server refuses; submitted as "targets.N.field" (lib/forms.ts nestedFields).
import type { PlainTarget } from "@/lib/registrations/queries";

export interface TargetRow {
  /** Stable React key for the row's lifetime (ids are absent on new rows). */
  key: string;
  /** The stored target this row edits; "" for a new one. */
  id: string;
  description: string;
  targetValue: string;
  measureUnit: string;
  dueOn: string;
}

export type TargetField = Exclude<keyof TargetRow, "key" | "id">;

let counter = 0;
const newKey = () => `row-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function emptyRow(): TargetRow {
  return { key: newKey(), id: "", description: "", targetValue: "", measureUnit: "", dueOn: "" };
}

/** Rows for stored targets, plus one blank row to type a new target in. */
export function rowsOf(targets: readonly PlainTarget[]): TargetRow[] {
  const rows = targets.map((target) => ({
    key: target.id,
    id: target.id,
    description: target.description,
    targetValue: target.targetValue ?? "",
    measureUnit: target.measureUnit ?? "",
    dueOn: target.dueOn ?? "",
  }));
  return rows.length > 0 ? rows : [emptyRow()];
}
