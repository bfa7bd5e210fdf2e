import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HonoreeCard } from "@/components/roster/honoree-card";
import type { HonoreeCard as HonoreeCardData } from "@/lib/home/queries";

/** The latest honorees the viewer may see, each card linking to the profile, and a link to the whole roster. */
export async function HonoreeList({ honorees }: { honorees: HonoreeCardData[] }) {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="latest-honorees" className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="latest-honorees" className="text-xl font-semibold">
          {t("latestHonorees")}
        </h2>
        <Link href="/honorees" className="font-semibold text-brand-700 underline">
          {t("seeAllHonorees")}
        </Link>
      </div>
      {honorees.length === 0 ? (
        <p className="mt-3 text-stone-600">{t("noHonorees")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {honorees.map((honoree) => (
            <li key={honoree.id}>
              <HonoreeCard honoree={honoree} showCitation />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
