// The history of a dossier (lib/nominations/history.ts), oldest first: when, what, and who, as
// far as the viewer may know who.
import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEvent } from "@/lib/nominations/history";

export async function NominationHistory({ events }: { events: HistoryEvent[] }) {
  const [t, format] = await Promise.all([getTranslations("nominationHistory"), getFormatter()]);
  const label = (action: string) => {
    const key = `actions.${action}`;
    return /^[a-z_]+\.[a-z_]+$/.test(action) && t.has(key as never) ? t(key as never) : t("unknown", { action });
  };
  return (
    <section aria-labelledby="nomination-history-title" className="rounded-lg border border-stone-300 p-4">
      <h2 id="nomination-history-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-stone-700">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l-2 border-stone-300 pl-4">
          {events.map((event) => (
            <li key={event.id}>
              <p>
                <time dateTime={event.at.toISOString()} className="text-sm text-stone-600">
                  {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              <p className="font-medium">{label(event.action)}</p>
              <p className="text-sm text-stone-700">
                {t("by", { name: event.actorHidden ? t("council") : (event.actorName ?? t("system")) })}
              </p>
              {event.comment ? (
                <p className="mt-1 whitespace-pre-line text-sm">{t("comment", { comment: event.comment })}</p>
              ) : null}
              {event.totals ? <p className="mt-1 text-sm">{t("voteTotals", event.totals)}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
