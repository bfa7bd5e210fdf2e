import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { HolidayAddForm } from "@/components/holidays/holiday-add-form";
import { HolidayRemoveButton } from "@/components/holidays/holiday-remove-button";
import { DataTable } from "@/components/ui/data-table";
import { holidayYearOf } from "@/lib/calendar/holiday-schemas";
import { holidaysOfYear, holidayYears } from "@/lib/calendar/holidays";
import { today } from "@/lib/movements/days";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("holidays");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HolidaysPage({ searchParams }: Props) {
  const actor = await requireUser("/admin/holidays");
  // Not allowed looks like not there.
  if (!can(actor, "holiday.manage")) notFound();
  const thisYear = Number(today().slice(0, 4));
  const year = holidayYearOf((await searchParams).year, thisYear);
  const [holidays, years, t, format] = await Promise.all([
    holidaysOfYear(year),
    holidayYears(year),
    getTranslations("holidays"),
    getFormatter(),
  ]);
  const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
  const dayLabel = (day: string) => format.dateTime(asDate(day), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
      <form method="get" action="/admin/holidays" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="holiday-year" className="block font-medium">
            {t("year")}
          </label>
          <select
            id="holiday-year"
            name="year"
            defaultValue={String(year)}
            className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100">
          {t("show")}
        </button>
      </form>
      <DataTable
        className="mt-4"
        caption={t("listCaption", { year })}
        isCaptionVisible
        rows={holidays}
        rowKey={(row) => row.day}
        empty={t("empty")}
        columns={[
          {
            key: "day",
            header: t("day"),
            isRowHeader: true,
            cell: (row) => dayLabel(row.day),
            className: "whitespace-nowrap",
          },
          {
            key: "weekday",
            header: t("weekday"),
            cell: (row) => format.dateTime(asDate(row.day), { weekday: "long", timeZone: "UTC" }),
          },
          { key: "name", header: t("name"), cell: (row) => row.name },
          {
            key: "actions",
            header: t("actions"),
            cell: (row) => <HolidayRemoveButton day={row.day} dayLabel={dayLabel(row.day)} name={row.name} />,
          },
        ]}
      />
      <HolidayAddForm />
    </>
  );
}
