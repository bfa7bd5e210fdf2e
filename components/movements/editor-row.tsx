"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { rowButtonId, rowHeadingId } from "./editor-rows";

interface Props {
  prefix: "criteria" | "titles";
  rowKey: number;
  index: number;
  count: number;
  /** "Tiêu chí 3": the row's heading and the start of its fields' names. */
  heading: string;
  labels: { up: string; down: string; remove: string };
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  children: ReactNode;
}

const button =
  "rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50";

/**
 * One repeated row: a group named by its heading, with keyboard-operable buttons to move it or
 * remove it. Buttons that do not apply stay focusable (aria-disabled) so focus is never lost.
 */
export function EditorRow({ prefix, rowKey, index, count, heading, labels, onMove, onRemove, children }: Props) {
  const t = useTranslations("movementAdmin");
  const headingId = rowHeadingId(prefix, rowKey);
  const isFirst = index === 0;
  const isLast = index === count - 1;
  return (
    <li>
      <fieldset aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id={headingId} tabIndex={-1} className="font-semibold">
            {heading}
          </h3>
          <div className="flex gap-2">
            <button
              type="button"
              id={rowButtonId(prefix, rowKey, "up")}
              aria-label={labels.up}
              aria-disabled={isFirst || undefined}
              onClick={() => !isFirst && onMove(-1)}
              className={button}
            >
              <span aria-hidden="true">↑ </span>
              {t("moveUp")}
            </button>
            <button
              type="button"
              id={rowButtonId(prefix, rowKey, "down")}
              aria-label={labels.down}
              aria-disabled={isLast || undefined}
              onClick={() => !isLast && onMove(1)}
              className={button}
            >
              <span aria-hidden="true">↓ </span>
              {t("moveDown")}
            </button>
            <button
              type="button"
              id={rowButtonId(prefix, rowKey, "remove")}
              aria-label={labels.remove}
              aria-disabled={count <= 1 || undefined}
              onClick={() => count > 1 && onRemove()}
              className={`${button} text-red-800`}
            >
              {t("remove")}
            </button>
          </div>
        </div>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">{children}</div>
      </fieldset>
    </li>
  );
}
