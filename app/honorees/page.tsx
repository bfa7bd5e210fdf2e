import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { RosterLocation } from "@/components/roster/roster-location";
import { RosterView } from "@/components/roster/roster-view";
import { currentViewer } from "@/lib/movements/viewer";
import { parseRosterParams } from "@/lib/roster/params";
import { rosterFilterOptions, rosterPage } from "@/lib/roster/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("roster");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: { canonical: "/honorees" },
    openGraph: { title: t("title"), description: t("intro"), type: "website" },
  };
}

const location: RosterLocation = { path: "/honorees", fixed: [] };

/** The roster of every movement: what the viewer may see (public, or also staff when signed in), filtered by the URL. */
export default async function HonoreesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await currentViewer("/honorees");
  const params = parseRosterParams(await searchParams);
  const [t, result, options] = await Promise.all([
    getTranslations("roster"),
    rosterPage(actor, params),
    rosterFilterOptions(actor, { movementId: params.movement, unitId: params.unit }),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
      <RosterView location={location} params={params} result={result} options={options} />
    </>
  );
}
