import { getFormatter, getTranslations } from "next-intl/server";
import { ChartLegend, type ChartSeries } from "./chart-legend";
import { chartSummary } from "./chart-summary";

export interface Column {
  key: string;
  /** Short: it sits under the column (a year). */
  label: string;
  /** One value per series, stacked from the bottom. */
  values: number[];
}

const slot = 56;
const barWidth = 34;
const plotHeight = 180;
const top = 22;
const bottom = 26;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * A stacked column chart drawn as SVG on the server, at its natural size (text stays readable;
 * a long run of years scrolls sideways on a phone). One image to assistive technology, with a
 * summary in its aria-label; the data table beside it carries every figure.
 */
export async function ColumnChart({
  caption,
  series,
  columns,
}: {
  caption: string;
  series: ChartSeries[];
  columns: Column[];
}) {
  const t = await getTranslations("dashboard.charts");
  const format = await getFormatter();
  const totals = columns.map((column) => sum(column.values));
  const max = Math.max(0, ...totals);
  const summary = chartSummary(
    caption,
    columns.map((column) => ({
      label: column.label,
      value: series
        .map((s, i) => t("item", { label: s.label, value: format.number(column.values[i] ?? 0) }))
        .join(", "),
    })),
    { item: (label, value) => t("item", { label, value }), more: (count) => t("more", { count }) },
  );
  const width = columns.length * slot + 16;
  const height = top + plotHeight + bottom;
  const scale = (value: number) => (max === 0 ? 0 : (value / max) * plotHeight);
  return (
    <figure>
      <figcaption className="font-medium">{caption}</figcaption>
      {max === 0 ? (
        <p className="mt-3 text-stone-600">{t("noData")}</p>
      ) : (
        <>
          <div className="mt-3 overflow-x-auto">
            <svg
              role="img"
              aria-label={summary}
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
              className="max-w-none"
              focusable="false"
            >
              <line
                x1="8"
                x2={width - 8}
                y1={top + plotHeight}
                y2={top + plotHeight}
                stroke="#78716c"
                strokeWidth="1"
              />
              {columns.map((column, index) => {
                const x = 8 + index * slot + (slot - barWidth) / 2;
                const heights = column.values.map(scale);
                const tops = heights.map((_, i) => top + plotHeight - sum(heights.slice(0, i + 1)));
                return (
                  <g key={column.key}>
                    {heights.map((h, i) =>
                      h > 0 ? (
                        <rect
                          key={i}
                          x={x}
                          y={tops[i]}
                          width={barWidth}
                          height={h}
                          fill={series[i]?.color}
                          stroke="#fff"
                          strokeWidth="1"
                        />
                      ) : null,
                    )}
                    <text
                      x={x + barWidth / 2}
                      y={top + plotHeight - sum(heights) - 6}
                      textAnchor="middle"
                      fontSize="12"
                      fontWeight="600"
                      fill="#292524"
                    >
                      {format.number(totals[index] ?? 0)}
                    </text>
                    <text
                      x={x + barWidth / 2}
                      y={top + plotHeight + 18}
                      textAnchor="middle"
                      fontSize="12"
                      fill="#44403c"
                    >
                      {column.label}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <ChartLegend series={series} label={t("legend")} />
        </>
      )}
    </figure>
  );
}
