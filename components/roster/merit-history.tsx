import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MeritEntry } from "@/lib/roster/merit-history";
import { localizedName } from "@/lib/i18n/localized-name";

// Plain <a>, not next/link, so the page cache answers (docs/decisions/0009-public-page-cache.md).

/**
 * The holder's recognitions across movements, newest first. Entries the public does not see
 * (unpublished, staff-only, revoked) reach only viewers allowed to see them (meritHistoryOf
 * filters), and are marked.
 */
export async function MeritHistory({ entries, currentId }: { entries: MeritEntry[]; currentId: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("honoreeProfile"), getFormatter(), getLocale()]);
  // Award days are calendar dates (UTC midnight); a revocation is a moment, shown in the app's time zone.
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const moment = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const others = entries.filter((entry) => entry.id !== currentId);
  return (
    <section aria-labelledby="merit-history" className="mt-10">
      <h2 id="merit-history" className="text-xl font-semibold">
        {t("meritHistory")}
      </h2>
      <p className="mt-1 text-stone-700">{t("meritHistoryIntro")}</p>
      {others.length === 0 ? <p className="mt-3 text-stone-600">{t("meritEmpty")}</p> : null}
      <ol className="mt-4 space-y-3 border-l-2 border-brand-100 pl-4">
        {entries.map((entry) => {
          const isCurrent = entry.id === currentId;
          const title = localizedName(locale, entry.titleName, entry.titleNameEn);
          const badge = entry.revokedAt
            ? t("stateRevoked")
            : entry.listedFor === null
              ? t("stateUnpublished")
              : entry.listedFor === "STAFF"
                ? t("stateStaff")
                : null;
          return (
            <li
              key={entry.id}
              className={`rounded-lg border bg-white p-3 ${isCurrent ? "border-brand-600" : "border-stone-200"}`}
              aria-current={isCurrent ? "page" : undefined}
            >
              <p className="text-sm text-stone-600">
                <time dateTime={entry.awardedOn.toISOString().slice(0, 10)}>{day(entry.awardedOn)}</time>
                {isCurrent ? <span className="ml-2 font-semibold text-brand-700">{t("meritThis")}</span> : null}
              </p>
              <p className="font-semibold break-words">
                {isCurrent ? (
                  title
                ) : (
                  <a href={`/honorees/${entry.id}`} className="text-brand-700 underline">
                    {title}
                  </a>
                )}
                {badge ? (
                  <span
                    className={`ml-2 inline-block rounded px-2 py-0.5 text-xs font-semibold ${entry.revokedAt ? "bg-red-100 text-red-800" : "bg-stone-200 text-stone-800"}`}
                  >
                    {badge}
                  </span>
                ) : null}
              </p>
              <p className="text-sm break-words text-stone-700">
                {localizedName(locale, entry.movementName, entry.movementNameEn)} · {entry.unitName} ·{" "}
                {t("meritDecision", { number: entry.decisionNumber })}
              </p>
              {entry.revokedAt ? (
                <ul className="mt-1 text-sm text-red-800">
                  <li>{t("revokedOn", { date: moment(entry.revokedAt) })}</li>
                  {entry.revocationReference ? (
                    <li>{t("revokedReference", { reference: entry.revocationReference })}</li>
                  ) : null}
                  {entry.revokedReason ? <li>{t("revokedReason", { reason: entry.revokedReason })}</li> : null}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
