import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Stat } from "@/components/home/stat";
import type { MovementDashboard } from "@/lib/dashboard/queries";
import { dashboardExportHref } from "@/lib/dashboard/params";

/** The chosen movement: its name and period, the key figures and the download of every table. */
export async function MovementOverview({ dashboard }: { dashboard: MovementDashboard }) {
  const t = await getTranslations("dashboard");
  const tStatus = await getTranslations("movementStatus");
  const format = await getFormatter();
  const isEnglish = (await getLocale()) === "en";
  const { movement, participation } = dashboard;
  const nominated = dashboard.byUnit.reduce((total, row) => total + row.nominated, 0);
  const honoured = dashboard.byTitle.reduce((total, row) => total + row.honoured, 0);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <h2 id="movement-heading" className="text-2xl font-semibold">
        {isEnglish && movement.nameEn ? movement.nameEn : movement.name}
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
        <li>{t("movement.status", { status: tStatus(movement.status) })}</li>
        <li>{t("movement.period", { start: day(movement.startsOn), end: day(movement.endsOn) })}</li>
        <li>{t("movement.coverage", { unit: movement.coverageUnitName })}</li>
      </ul>
      <section aria-labelledby="summary-heading" className="mt-6">
        <h3 id="summary-heading" className="sr-only">
          {t("summary.heading")}
        </h3>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label={t("summary.nominated")} value={nominated} />
          <Stat label={t("summary.honoured")} value={honoured} />
          <Stat label={t("summary.unitsRegistered")} value={participation.unitsRegistered} />
          <Stat label={t("summary.unitsCovered")} value={participation.unitsCovered} />
        </dl>
        <p className="mt-3 text-sm text-stone-700">{t("definitions")}</p>
      </section>
      <section aria-labelledby="downloads-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h3 id="downloads-heading" className="font-semibold">
          {t("downloads.heading")}
        </h3>
        <a
          href={dashboardExportHref(movement.id, { format: "xlsx" })}
          className="mt-2 inline-block font-semibold text-brand-700 underline hover:text-brand-800"
        >
          {t("downloads.xlsx")}
        </a>
      </section>
    </>
  );
}
