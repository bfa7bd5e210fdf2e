import Link from "next/link";
import type { ReactNode } from "react";

// A table primitive for lists and read-only grids. It renders the same markup on the server
// and inside client components (no hooks), so callers pass their own translated strings.

export type SortDirection = "ascending" | "descending";

export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Numbers line up on the right. */
  align?: "start" | "end";
  /** The cell names its row (a <th scope="row">): screen readers announce it with each cell. */
  isRowHeader?: boolean;
  /** Extra classes for this column's cells (e.g. "whitespace-nowrap font-mono"). */
  className?: string;
  /** Hidden on phone-sized screens (below Tailwind's md), for details the row also says elsewhere or can spare. */
  isSecondary?: boolean;
  /**
   * A sortable column: `href` is the URL sorted by this column (toggled when it is the current
   * sort), `direction` the current order when this is the sorted column, `label` a hint read
   * after the header by screen readers (e.g. "select to change the sort order").
   */
  sort?: { href: string; direction?: SortDirection; label?: string };
}

interface Props<Row> {
  /** Says what the table lists; hidden visually unless `isCaptionVisible`. */
  caption: ReactNode;
  isCaptionVisible?: boolean;
  columns: DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Shown instead of an empty body; when absent an empty table renders no message. */
  empty?: ReactNode;
  className?: string;
  /** Extra classes for every row (e.g. "align-top"). */
  rowClassName?: string;
}

const arrows: Record<SortDirection | "none", string> = { ascending: "▲", descending: "▼", none: "↕" };

const secondaryClass = (column: { isSecondary?: boolean }) => (column.isSecondary ? "hidden md:table-cell" : "");

function HeaderCell<Row>({ column }: { column: DataTableColumn<Row> }) {
  const alignClass = `${column.align === "end" ? "text-right" : ""} ${secondaryClass(column)}`;
  if (!column.sort) {
    return (
      <th scope="col" className={`p-2 ${alignClass}`}>
        {column.header}
      </th>
    );
  }
  const direction = column.sort.direction;
  return (
    <th scope="col" className={`p-2 ${alignClass}`} aria-sort={direction ?? "none"}>
      <Link
        href={column.sort.href}
        className="inline-flex items-center gap-1 underline decoration-stone-400 hover:text-brand-800"
      >
        {column.header}
        {/* The arrow repeats aria-sort for sighted users; screen readers get aria-sort itself. */}
        <span aria-hidden="true" className={direction ? "text-brand-700" : "text-stone-400"}>
          {arrows[direction ?? "none"]}
        </span>
        {column.sort.label ? <span className="sr-only">{column.sort.label}</span> : null}
      </Link>
    </th>
  );
}

/** An accessible table: caption, scoped headers, optional sort links with aria-sort, horizontal scroll on small screens. */
export function DataTable<Row>({
  caption,
  isCaptionVisible = false,
  columns,
  rows,
  rowKey,
  empty,
  className = "",
  rowClassName = "",
}: Props<Row>) {
  return (
    <div className={`overflow-x-auto rounded-lg border border-stone-200 bg-white ${className}`}>
      <table className="w-full text-left text-sm">
        <caption className={isCaptionVisible ? "p-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={`border-t border-stone-200 ${rowClassName}`}>
              {columns.map((column) => {
                const cellClass = `p-2 ${column.align === "end" ? "text-right" : ""} ${secondaryClass(column)} ${column.className ?? ""}`;
                return column.isRowHeader ? (
                  <th key={column.key} scope="row" className={`${cellClass} font-normal`}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key} className={cellClass}>
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && empty ? <p className="p-4 text-stone-600">{empty}</p> : null}
    </div>
  );
}
