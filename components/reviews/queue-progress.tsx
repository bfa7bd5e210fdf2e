import { getTranslations } from "next-intl/server";

/** Submitted / total as a progress bar that says its value in words ("12/40 đã nộp"). */
export async function QueueProgress({
  submitted,
  total,
  labelledBy,
}: {
  submitted: number;
  total: number;
  labelledBy: string;
}) {
  const t = await getTranslations("reviewing");
  const text = t("progress", { submitted, total });
  const percent = total === 0 ? 0 : Math.round((submitted / total) * 100);
  return (
    <div className="mt-1 flex shrink-0 flex-wrap items-center gap-3 sm:mt-0">
      <div
        role="progressbar"
        aria-labelledby={labelledBy}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={submitted}
        aria-valuetext={text}
        className="h-3 w-full max-w-xs overflow-hidden rounded-full bg-stone-200 sm:w-48"
      >
        <div className="h-full bg-brand-700" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-sm font-semibold tabular-nums sm:min-w-36">{text}</span>
    </div>
  );
}
