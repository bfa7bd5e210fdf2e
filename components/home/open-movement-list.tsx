import { getFormatter, getTranslations } from "next-intl/server";
import type { MovementSummary } from "@/lib/home/queries";

export async function OpenMovementList({ movements }: { movements: MovementSummary[] }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  return (
    <section aria-labelledby="open-movements" className="mt-10">
      <h2 id="open-movements" className="text-xl font-semibold">
        {t("openMovements")}
      </h2>
      {movements.length === 0 ? (
        <p className="mt-3 text-stone-600">{t("noOpenMovements")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {movements.map((m) => (
            <li key={m.id} className="rounded-lg border-l-4 border-brand-600 bg-white p-4 shadow-sm">
              <h3 className="font-semibold">{m.name}</h3>
              {m.slogan ? <p className="text-sm italic text-stone-700">{m.slogan}</p> : null}
              <p className="mt-1 text-sm text-stone-600">
                {t("period", {
                  start: format.dateTime(m.startsOn, { dateStyle: "medium", timeZone: "UTC" }),
                  end: format.dateTime(m.endsOn, { dateStyle: "medium", timeZone: "UTC" }),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
