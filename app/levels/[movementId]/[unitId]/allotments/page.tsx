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

type Props = { params: Promise<{ movementId: string; unitId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("levels");
  return { title: t("allotmentsTitle") };
}

/** The allotments a level hands out to the units whose next level it is (its own officers edit; the organiser reads). */
export default async function LevelAllotmentsPage({ params }: Props) {
  const { movementId, unitId } = await params;
  const actor = await requirePermission(levelPaths.allotments(movementId, unitId), { ids: [movementId, unitId] });
  const view = await allotmentsView({ actor, movementId, allotterUnitId: unitId });
  if (!view || !view.allotter) notFound();
  const [t, locale] = await Promise.all([getTranslations("levels"), getLocale()]);
  const titles = view.titles.map((title) => ({ id: title.id, name: localizedName(locale, title.name, title.nameEn) }));
  const own = titles
    .filter((title) => view.own.has(title.id))
    .map((title) => `${title.name}: ${view.own.get(title.id)}`);
  return (
    <>
      <p>
        <Link href={levelPaths.inbox(movementId, unitId)} className="text-brand-700 underline">
          {t("inboxTitle", { unit: view.allotter.name })}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("allotmentsTitle")}</h1>
      <p className="mt-1 text-stone-700">{localizedName(locale, view.movement.name, view.movement.nameEn)}</p>
      <p className="mt-2 max-w-3xl text-stone-700">{t("allotmentsIntro", { allotter: view.allotter.name })}</p>
      <p className="mt-2 font-semibold">
        {own.length > 0
          ? t("allotmentsOwn", { allotter: view.allotter.name, list: own.join("; ") })
          : t("allotmentsOwnUnlimited", { allotter: view.allotter.name })}
      </p>
      {view.targets.length === 0 ? (
        <p className="mt-4 rounded border border-stone-300 bg-stone-50 p-4">
          {t("allotmentsEmpty", { allotter: view.allotter.name })}
        </p>
      ) : (
        <AllotmentsForm
          movementId={movementId}
          allotterUnitId={unitId}
          titles={titles}
          rows={allotmentRows(view)}
          canEdit={view.canEdit}
        />
      )}
    </>
  );
}
