import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { localizedName } from "@/lib/i18n/localized-name";
import { actorLevels } from "@/lib/levels/inbox";
import { levelPaths } from "@/lib/levels/paths";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("levels");
  return { title: t("mineTitle") };
}

/** The levels at which the officer acts, across movements routed through levels, with what awaits each. Officers only. */
export default async function MyLevelsPage() {
  const actor = await requirePermission(levelPaths.mine(), { action: "officer.area" });
  const [t, format, locale, levels] = await Promise.all([
    getTranslations("levels"),
    getFormatter(),
    getLocale(),
    actorLevels(actor),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("mineTitle")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("mineIntro")}</p>
      <DataTable
        className="mt-6"
        caption={t("mineCaption")}
        rows={levels}
        rowKey={(level) => `${level.movementId} ${level.unitId}`}
        empty={t("mineEmpty")}
        columns={[
          {
            key: "movement",
            header: t("movementColumn"),
            cell: (level) => localizedName(locale, level.movementName, level.movementNameEn),
          },
          { key: "level", header: t("levelColumn"), isRowHeader: true, cell: (level) => level.unitName },
          {
            key: "awaiting",
            header: t("awaitingColumn"),
            align: "end",
            cell: (level) => format.number(level.awaiting),
          },
          {
            key: "open",
            header: <span className="sr-only">{t("openInbox", { unit: "" })}</span>,
            cell: (level) => (
              <Link href={levelPaths.inbox(level.movementId, level.unitId)} className="text-brand-700 underline">
                {t("openInbox", { unit: level.unitName })}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
