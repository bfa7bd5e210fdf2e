import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { dashboardExportHref } from "@/lib/dashboard/params";
import type { YearRow } from "@/lib/dashboard/years";
import { chartColors } from "./chart-colors";
import { ColumnChart } from "./column-chart";
import { DashboardSection } from "./dashboard-section";

/** People and collectives honoured per year across movements: a column chart and its table. */
export async function YearsSection({ years, movementId }: { years: YearRow[]; movementId: string | null }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const heading = t("sections.years");
  if (years.length === 0) {
    return (
      <section aria-labelledby="section-years" className="mt-12">
        <h2 id="section-years" className="text-xl font-semibold">
          {heading}
        </h2>
        <p className="mt-3 text-stone-600">{t("empty.years")}</p>
      </section>
    );
  }
  const number = (key: string, header: string, value: (row: YearRow) => number): DataTableColumn<YearRow> => ({
    key,
    header,
    align: "end",
    className: "tabular-nums",
    cell: (row) => format.number(value(row)),
  });
  return (
    <DashboardSection
      id="section-years"
      level={2}
      heading={heading}
      note={t("notes.years")}
      chart={
        <ColumnChart
          caption={t("charts.years")}
          series={[
            { key: "individual", label: t("columns.individual"), color: chartColors.brand },
            { key: "collective", label: t("columns.collective"), color: chartColors.sky },
          ]}
          columns={years.map((row) => ({
            key: String(row.year),
            label: String(row.year),
            values: [row.individual, row.collective],
          }))}
        />
      }
      table={
        <DataTable
          caption={t("tables.years")}
          columns={[
            { key: "year", header: t("columns.year"), isRowHeader: true, cell: (row) => String(row.year) },
            number("individual", t("columns.individual"), (row) => row.individual),
            number("collective", t("columns.collective"), (row) => row.collective),
            number("total", t("columns.total"), (row) => row.individual + row.collective),
          ]}
          rows={years}
          rowKey={(row) => String(row.year)}
        />
      }
      download={
        movementId
          ? {
              href: dashboardExportHref(movementId, { format: "csv", table: "years" }),
              label: t("downloads.csv", { table: t("export.sheets.years") }),
            }
          : undefined
      }
    />
  );
}
