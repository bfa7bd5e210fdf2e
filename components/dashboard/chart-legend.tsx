export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** The colours of a chart's series, named. */
export function ChartLegend({ series, label }: { series: ChartSeries[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-2">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <rect width="12" height="12" rx="2" fill={s.color} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
