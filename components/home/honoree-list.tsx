import { getFormatter, getTranslations } from "next-intl/server";
import type { HonoreeCard } from "@/lib/home/queries";

export async function HonoreeList({ honorees }: { honorees: HonoreeCard[] }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  return (
    <section aria-labelledby="latest-honorees" className="mt-10">
      <h2 id="latest-honorees" className="text-xl font-semibold">{t("latestHonorees")}</h2>
      {honorees.length === 0 ? (
        <p className="mt-3 text-stone-600">{t("noHonorees")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {honorees.map((h) => (
            <li key={h.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{h.titleName}</p>
              <h3 className="mt-1 text-lg font-semibold">{h.name}</h3>
              <p className="text-sm text-stone-600">{[h.position, h.unitName].filter(Boolean).join(" · ")}</p>
              <p className="mt-2 line-clamp-3 text-sm">{h.citation}</p>
              <p className="mt-2 text-xs text-stone-600">
                {h.movementName}
                {h.publishedAt ? ` · ${format.dateTime(h.publishedAt, { dateStyle: "medium" })}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
