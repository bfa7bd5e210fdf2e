import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { RosterRow } from "@/lib/roster/queries";
import { HonoreePortrait } from "./honoree-portrait";
import { localizedName } from "@/lib/i18n/localized-name";

// Plain <a>, not next/link, so the page cache answers (docs/decisions/0009-public-page-cache.md).

/** One honoree on a roster or the home page: portrait, title, name (linking to the profile), unit, movement, date. */
export async function HonoreeCard({ honoree, showCitation = false }: { honoree: RosterRow; showCitation?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("roster"), getFormatter(), getLocale()]);
  // A decision's day is a calendar date (stored at UTC midnight): shown as that day everywhere.
  const awardedOn = format.dateTime(honoree.awardedOn, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <article className="relative flex h-full gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600">
      <HonoreePortrait
        id={honoree.id}
        name={honoree.name}
        hasPortrait={honoree.hasPortrait}
        alt={t("portraitAlt", { name: honoree.name })}
        size="card"
      />
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
          {localizedName(locale, honoree.titleName, honoree.titleNameEn)}
        </p>
        <h3 className="mt-1 text-lg font-semibold break-words">
          {/* The whole card is the link's target area (after:inset-0), the name its accessible text. */}
          <a href={`/honorees/${honoree.id}`} className="after:absolute after:inset-0 hover:underline">
            {honoree.name}
          </a>
        </h3>
        <p className="text-sm break-words text-stone-700">
          {[honoree.position, honoree.unitName].filter(Boolean).join(" · ")}
        </p>
        {showCitation ? <p className="mt-2 line-clamp-3 text-sm">{honoree.citation}</p> : null}
        <p className="mt-2 text-xs text-stone-600">
          {localizedName(locale, honoree.movementName, honoree.movementNameEn)} ·{" "}
          <span>{t("awardedOn", { date: awardedOn })}</span>
        </p>
      </div>
    </article>
  );
}
