import type { ReactNode } from "react";

interface Props {
  id: string;
  heading: string;
  /** h2 for a section of the page, h3 inside the movement's part. */
  level: 2 | 3;
  note?: string;
  chart: ReactNode;
  table: ReactNode;
  download?: { href: string; label: string };
  /** A wide table goes under its chart rather than beside it. */
  isWide?: boolean;
}

/** One table of the dashboard: its heading, the chart, and the data table right after it with its CSV download. */
export function DashboardSection({ id, heading, level, note, chart, table, download, isWide = false }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className="mt-10">
      <Heading id={id} className={level === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {heading}
      </Heading>
      {note ? <p className="mt-1 text-sm text-stone-700">{note}</p> : null}
      <div className={`mt-4 grid gap-6 ${isWide ? "" : "lg:grid-cols-2 lg:items-start"}`}>
        <div className="rounded-lg border border-stone-200 bg-white p-4">{chart}</div>
        <div className="min-w-0">
          {table}
          {download ? (
            <a href={download.href} className="mt-2 inline-block text-sm text-brand-700 underline hover:text-brand-800">
              {download.label}
            </a>
          ) : null}
        </div>
      </div>
    </section>
  );
}
