import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MovementCertificatesLink } from "@/components/roster/certificate-link";
import { localizedName } from "@/lib/i18n/localized-name";
import type { RosterLocation } from "@/components/roster/roster-location";
import { RosterView } from "@/components/roster/roster-view";
import { currentViewer } from "@/lib/movements/viewer";
import { parseRosterParams } from "@/lib/roster/params";
import { rosterFilterOptions, rosterMovement, rosterPage } from "@/lib/roster/queries";

// Plain <a>, not next/link, so the page cache answers (docs/decisions/0009-public-page-cache.md).

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

// Metadata and the page ask once per request.
const load = cache(async (id: string) => {
  const actor = await currentViewer(`/movements/${id}/honorees`);
  return { actor, movement: await rosterMovement(actor, id) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const [{ movement }, t, locale] = await Promise.all([load(id), getTranslations("roster"), getLocale()]);
  // Nothing about a movement the viewer may not see, not even its name in the title.
  if (!movement) return { title: t("title") };
  const title = t("movementPageTitle", { movement: localizedName(locale, movement.name, movement.nameEn) });
  return {
    title,
    alternates: { canonical: `/movements/${movement.id}/honorees` },
    openGraph: { title, type: "website" },
  };
}

/** One movement's roster: 404 when the movement is not visible to the viewer (the movement page's rule). */
export default async function MovementHonoreesPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { actor, movement } = await load(id);
  if (!movement) notFound();
  const rosterParams = { ...parseRosterParams(await searchParams), movement: movement.id };
  const location: RosterLocation = { path: `/movements/${movement.id}/honorees`, fixed: ["movement"] };
  const [t, locale, result, options] = await Promise.all([
    getTranslations("roster"),
    getLocale(),
    rosterPage(actor, rosterParams),
    rosterFilterOptions(actor, { movementId: movement.id, unitId: rosterParams.unit }),
  ]);
  const slogan = localizedName(locale, movement.slogan ?? "", movement.sloganEn);
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("movementEyebrow")}</p>
      <h1 className="text-2xl font-bold">{localizedName(locale, movement.name, movement.nameEn)}</h1>
      {slogan ? <p className="mt-1 italic text-stone-700">{slogan}</p> : null}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <a href={`/movements/${movement.id}`} className="text-brand-700 underline">
          {t("backToMovement")}
        </a>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a document load on purpose (see above) */}
        <a href="/honorees" className="text-brand-700 underline">
          {t("allHonorees")}
        </a>
      </p>
      <MovementCertificatesLink movementId={movement.id} unitId={rosterParams.unit} />
      <RosterView location={location} params={rosterParams} result={result} options={options} />
    </>
  );
}
