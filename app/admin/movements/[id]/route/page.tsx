import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LevelDeadlineForm } from "@/components/levels/level-deadline-form";
import { RouteSettingsForm } from "@/components/levels/route-settings-form";
import { ReviewNav } from "@/components/reviews/review-nav";
import { DataTable } from "@/components/ui/data-table";
import { localizedName } from "@/lib/i18n/localized-name";
import { levelPaths } from "@/lib/levels/paths";
import { routeSettingsView } from "@/lib/levels/settings";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("levels");
  return { title: t("routeTitle") };
}

/** The organiser's settings of how dossiers reach it (decision 0012), and each level's deadline. Administrators only. */
export default async function MovementRoutePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(levelPaths.routeSettings(id), { action: "movement.manage", ids: [id] });
  const view = await routeSettingsView({ actor, movementId: id });
  if (!view) notFound();
  const [t, locale] = await Promise.all([getTranslations("levels"), getLocale()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("routeTitle")}</h1>
      <p className="mt-1 text-stone-700">{localizedName(locale, view.movement.name, view.movement.nameEn)}</p>
      <ReviewNav movementId={id} current="route" />
      <p className="mt-4 max-w-3xl text-stone-700">{t("routeIntro")}</p>
      {view.isFrozen ? (
        <p role="note" className="mt-2 rounded border border-sky-300 bg-sky-50 p-3 text-sky-900">
          {t("routeFrozenNote")}
        </p>
      ) : null}
      <RouteSettingsForm
        movement={view.movement}
        topDeadline={view.topDeadline}
        candidates={view.candidates}
        isFrozen={view.isFrozen}
      />
      {view.movement.route === "LEVELS" ? (
        <>
          <p className="mt-6 flex flex-wrap gap-4">
            <Link href={levelPaths.organiserAllotments(id)} className="text-brand-700 underline">
              {t("organiserAllotmentsLink")}
            </Link>
            <Link href={levelPaths.overview(id)} className="text-brand-700 underline">
              {t("overviewLink")}
            </Link>
          </p>
          <section aria-labelledby="deadlines-title" className="mt-8">
            <h2 id="deadlines-title" className="text-lg font-semibold">
              {t("deadlinesTitle")}
            </h2>
            <DataTable
              className="mt-2"
              caption={t("deadlinesCaption")}
              rows={view.levels}
              rowKey={(level) => level.id}
              rowClassName="align-top"
              empty={t("deadlinesEmpty")}
              columns={[
                { key: "unit", header: t("levelColumn"), isRowHeader: true, cell: (level) => level.name },
                {
                  key: "deadline",
                  header: t("deadlineColumn"),
                  className: "whitespace-nowrap",
                  cell: (level) => (
                    <>
                      {new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
                        new Date(`${level.deadline}T00:00:00.000Z`),
                      )}
                      {level.ownDeadline ? null : <span className="block text-stone-600">{t("counted")}</span>}
                    </>
                  ),
                },
                {
                  key: "own",
                  header: t("ownDeadlineColumn"),
                  cell: (level) => (
                    <LevelDeadlineForm
                      movementId={id}
                      unit={{ id: level.id, name: level.name }}
                      ownDeadline={level.ownDeadline}
                    />
                  ),
                },
              ]}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
