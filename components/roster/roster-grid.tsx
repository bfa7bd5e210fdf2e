import { getTranslations } from "next-intl/server";
import type { RosterRow } from "@/lib/roster/queries";
import { HonoreeCard } from "./honoree-card";

/** The cards of one roster page, or the empty state. */
export async function RosterGrid({ rows }: { rows: RosterRow[] }) {
  const t = await getTranslations("roster");
  if (rows.length === 0) {
    return (
      <div className="mt-4 rounded-lg border border-dashed border-stone-400 bg-white p-6 text-center">
        <p className="font-semibold">{t("empty")}</p>
        <p className="mt-1 text-stone-600">{t("emptyHint")}</p>
      </div>
    );
  }
  return (
    <ul aria-label={t("list")} className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map((row) => (
        <li key={row.id}>
          <HonoreeCard honoree={row} showCitation />
        </li>
      ))}
    </ul>
  );
}
