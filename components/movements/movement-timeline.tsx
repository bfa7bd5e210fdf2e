import { getFormatter, getTranslations } from "next-intl/server";
import type { MovementDetail } from "@/lib/movements/queries";

/** The phases in order, the one running today marked for eyes and for screen readers. */
export async function MovementTimeline({
  phases,
  currentKind,
}: {
  phases: MovementDetail["phases"];
  currentKind: string | null;
}) {
  const [t, format] = await Promise.all([getTranslations("movements"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ol className="mt-3 grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {phases.map((phase) => {
        const isCurrent = phase.kind === currentKind;
        return (
          <li
            key={phase.kind}
            aria-current={isCurrent ? "step" : undefined}
            className={`rounded border p-3 text-sm ${isCurrent ? "border-brand-600 bg-brand-50 font-semibold" : "border-stone-200 bg-white"}`}
          >
            <span className="block">{t(`phase.${phase.kind}`)}</span>
            <span className="block text-stone-600">
              {t("range", { start: day(phase.startsOn), end: day(phase.endsOn) })}
            </span>
            {isCurrent ? <span className="mt-1 block text-brand-800">{t("now")}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
