import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AllotmentsForm } from "@/components/levels/allotments-form";
import { localizedName } from "@/lib/i18n/localized-name";
import { allotmentsView } from "@/lib/levels/allotment-commands";
import { allotmentRows } from "@/lib/levels/allotment-rows";
import { levelPaths } from "@/lib/levels/paths";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("levels");
  return { title: t("allotmentsTitle") };
}

/** The allotments the organiser hands out to the levels next to it. Administrators only. */
export default async function OrganiserAllotmentsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(levelPaths.organiserAllotments(id), { action: "movement.manage", ids: [id] });
  const view = await allotmentsView({ actor, movementId: id, allotterUnitId: null });
  if (!view) notFound();
  const [t, locale] = await Promise.all([getTranslations("levels"), getLocale()]);
  const organiser = t("organiser");
  return (
    <>
      <p>
        <Link href={levelPaths.routeSettings(id)} className="text-brand-700 underline">
          {t("routeTitle")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("allotmentsTitle")}</h1>
      <p className="mt-1 text-stone-700">{localizedName(locale, view.movement.name, view.movement.nameEn)}</p>
      <p className="mt-2 max-w-3xl text-stone-700">{t("allotmentsIntro", { allotter: organiser })}</p>
      {view.targets.length === 0 ? (
        <p className="mt-4 rounded border border-stone-300 bg-stone-50 p-4">
          {t("allotmentsEmpty", { allotter: organiser })}
        </p>
      ) : (
        <AllotmentsForm
          movementId={id}
          titles={view.titles.map((title) => ({ id: title.id, name: localizedName(locale, title.name, title.nameEn) }))}
          rows={allotmentRows(view)}
          canEdit={view.canEdit}
        />
      )}
    </>
  );
}
