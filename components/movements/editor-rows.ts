"use client";

import { useEffect, useRef, useState } from "react";

export interface Row<T> {
  /** Stable across reordering, so React moves a row's inputs (and focus) with it. */
  key: number;
  value: T;
}

/**
 * Repeated rows of the editor (criteria, award titles): add, change, remove, move up or down.
 * Their inputs are named by position ("criteria.2.weight"), so the numbering is always 0..n-1.
 * After each change, focus goes where a keyboard user expects it (see the ids in editor-row.tsx).
 */
export function useRows<T>(prefix: string, initial: readonly T[], make: () => T) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row<T>[]>(() => initial.map((value, key) => ({ key, value })));
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  return {
    rows,
    add() {
      pendingFocus.current = `field-${prefix}.${rows.length}.name`;
      setRows([...rows, { key: nextKey.current++, value: make() }]);
    },
    change(index: number, patch: Partial<T>) {
      setRows(rows.map((row, i) => (i === index ? { ...row, value: { ...row.value, ...patch } } : row)));
    },
    remove(index: number) {
      if (rows.length <= 1) return;
      const remaining = rows.filter((_, i) => i !== index);
      const neighbour = remaining[Math.min(index, remaining.length - 1)];
      pendingFocus.current = neighbour ? rowHeadingId(prefix, neighbour.key) : `${prefix}-add`;
      setRows(remaining);
    },
    move(index: number, delta: -1 | 1) {
      const target = index + delta;
      const row = rows[index];
      if (!row || target < 0 || target >= rows.length) return;
      const reordered = rows.filter((_, i) => i !== index);
      reordered.splice(target, 0, row);
      // At the first or last place the pressed button no longer applies: focus its twin.
      const atEdge = target === 0 || target === rows.length - 1;
      pendingFocus.current = rowButtonId(
        prefix,
        row.key,
        atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down",
      );
      setRows(reordered);
    },
  };
}

/**
 * Binds the inputs of row `index` (under `prefix`) to its value, its dotted field name and the
 * server's errors for that name: `field("weight")` gives name "criteria.2.weight" and friends.
 */
export function rowFieldBinder<T extends object>(
  prefix: string,
  index: number,
  value: T,
  errors: Record<string, string[]>,
  change: (index: number, patch: Partial<T>) => void,
) {
  return (key: keyof T & string) => {
    const name = `${prefix}.${index}.${key}`;
    return {
      name,
      value: String(value[key] ?? ""),
      errors: errors[name],
      onChange: (event: { target: { value: string } }) => change(index, { [key]: event.target.value } as Partial<T>),
    };
  };
}

export const rowHeadingId = (prefix: string, key: number) => `${prefix}-row-${key}`;
export const rowButtonId = (prefix: string, key: number, action: "up" | "down" | "remove") =>
  `${prefix}-row-${key}-${action}`;
