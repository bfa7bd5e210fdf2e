import { getFormatter, getTranslations } from "next-intl/server";
import { chartSummary } from "./chart-summary";
import { ChartLegend, type ChartSeries } from "./chart-legend";

export interface BarRow {
  key: string;
  label: string;
  /** One value per series. */
  values: number[];
}

interface Props {
  /** What the chart shows: its figcaption and the start of its text alternative. */
  caption: string;
  series: ChartSeries[];
  rows: BarRow[];
  /** Several series: stacked in one bar (parts of a whole) or one bar each (separate measures). */
  layout?: "stacked" | "grouped";
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * A horizontal bar chart rendered on the server. Labels are HTML text above each bar (long unit
 * names wrap and keep their size on a phone); the bars are SVG stretched to the width. The whole
 * chart is one image to assistive technology, summarised in its aria-label; the data table
 * beside it carries every figure.
 */
export async function BarChart({ caption, series, rows, layout = "stacked" }: Props) {
  const t = await getTranslations("dashboard.charts");
  const format = await getFormatter();
  const totals = rows.map((row) => sum(row.values));
  const max = layout === "stacked" ? Math.max(0, ...totals) : Math.max(0, ...rows.flatMap((row) => row.values));
  const valueText = (row: BarRow) =>
    series.length === 1
      ? format.number(row.values[0] ?? 0)
      : series.map((s, i) => t("item", { label: s.label, value: format.number(row.values[i] ?? 0) })).join(", ");
  const summary = chartSummary(
    caption,
    rows.map((row) => ({ label: row.label, value: valueText(row) })),
    {
      item: (label, value) => t("item", { label, value }),
      more: (count) => t("more", { count }),
    },
  );
  const width = (value: number) => (max === 0 || value === 0 ? 0 : Math.max((value / max) * 100, 0.6));
  return (
    <figure>
      <figcaption className="font-medium">{caption}</figcaption>
      {max === 0 ? (
        <p className="mt-3 text-stone-600">{t("noData")}</p>
      ) : (
        <>
          <div role="img" aria-label={summary} className="mt-3 space-y-3">
            {rows.map((row, index) => (
              <div key={row.key}>
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="min-w-0 break-words text-stone-800">{row.label}</span>
                  {layout === "stacked" ? (
                    <span className="shrink-0 font-semibold tabular-nums">{format.number(totals[index] ?? 0)}</span>
                  ) : null}
                </div>
                {layout === "stacked" ? (
                  <Bar
                    segments={series.map((s, i) => ({ color: s.color, width: width(row.values[i] ?? 0) }))}
                    stacked
                  />
                ) : (
                  series.map((s, i) => (
                    <div key={s.key} className="flex items-center gap-2">
                      <Bar segments={[{ color: s.color, width: width(row.values[i] ?? 0) }]} />
                      <span className="w-12 shrink-0 text-right text-sm tabular-nums">
                        {format.number(row.values[i] ?? 0)}
                      </span>
                    </div>
                  ))
                )}
              </div>
            ))}
          </div>
          {series.length > 1 ? <ChartLegend series={series} label={t("legend")} /> : null}
        </>
      )}
    </figure>
  );
}

/** One bar: segments side by side (percent widths), white gaps between them. */
function Bar({ segments, stacked = false }: { segments: { color: string; width: number }[]; stacked?: boolean }) {
  const offsets = segments.map((_, index) => sum(segments.slice(0, index).map((segment) => segment.width)));
  return (
    <svg
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      className={`mt-1 h-3 min-w-0 flex-1 ${stacked ? "w-full" : ""}`}
      focusable="false"
    >
      <rect width="100" height="10" fill="#f5f5f4" />
      {segments.map((segment, index) =>
        segment.width > 0 ? (
          <rect
            key={index}
            x={offsets[index]}
            width={segment.width}
            height="10"
            fill={segment.color}
            stroke="#fff"
            strokeWidth="1"
            vectorEffect="non-scaling-stroke"
          />
        ) : null,
      )}
    </svg>
  );
}
