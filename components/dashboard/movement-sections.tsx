import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { DashboardTable } from "@/lib/dashboard/export";
import { dashboardExportHref } from "@/lib/dashboard/params";
import {
  statusGroupKeys,
  unitRowLabel,
  type MovementDashboard,
  type Participation,
  type StatusGroup,
} from "@/lib/dashboard/queries";
import { BarChart } from "./bar-chart";
import { chartColors, groupColors } from "./chart-colors";
import { DashboardSection } from "./dashboard-section";

/** The stages a dossier in the process is at, in the unit chart (drafts and withdrawn ones are in the table only). */
const chartedGroups: StatusGroup[] = ["submitted", "inReview", "approved", "notSelected"];
const participationKeys = [
  "unitsCovered",
  "unitsRegistered",
  "unitsNominating",
  "unitsHonoured",
] as const satisfies readonly (keyof Participation)[];

/** The movement's counts by status, award title and unit, and the participation of units: each a chart, its table and its CSV. */
export async function MovementSections({ dashboard }: { dashboard: MovementDashboard }) {
  const t = await getTranslations("dashboard");
  const tStatus = await getTranslations("nominationStatus");
  const format = await getFormatter();
  const isEnglish = (await getLocale()) === "en";
  const n = (value: number) => format.number(value);
  const movementId = dashboard.movement.id;
  const download = (table: DashboardTable) => ({
    href: dashboardExportHref(movementId, { format: "csv", table }),
    label: t("downloads.csv", { table: t(`export.sheets.${table}`) }),
  });
  const unitLabel = (row: { name: string; isScopeUnit: boolean }) =>
    unitRowLabel(row, (name) => t("unitOwnRow", { name }));
  const number = <Row,>(key: string, header: string, value: (row: Row) => number): DataTableColumn<Row> => ({
    key,
    header,
    align: "end",
    cell: (row) => n(value(row)),
    className: "tabular-nums",
  });
  const titleName = (row: { name: string; nameEn: string | null }) => (isEnglish && row.nameEn ? row.nameEn : row.name);
  const participationRows = [
    ...dashboard.byUnit.map((row) => ({ key: row.unitId, label: unitLabel(row), values: row as Participation })),
    { key: "total", label: t("totalRow"), values: dashboard.participation },
  ];

  return (
    <>
      <DashboardSection
        id="section-status"
        level={3}
        heading={t("sections.status")}
        chart={
          <BarChart
            caption={t("charts.status")}
            series={[{ key: "count", label: t("columns.count"), color: chartColors.brand }]}
            rows={dashboard.byStatus.map((row) => ({
              key: row.status,
              label: tStatus(row.status),
              values: [row.count],
            }))}
          />
        }
        table={
          <DataTable
            caption={t("tables.status")}
            columns={[
              { key: "status", header: t("columns.status"), isRowHeader: true, cell: (row) => tStatus(row.status) },
              number<(typeof dashboard.byStatus)[number]>("count", t("columns.count"), (row) => row.count),
            ]}
            rows={dashboard.byStatus}
            rowKey={(row) => row.status}
          />
        }
        download={download("status")}
      />
      <DashboardSection
        id="section-title"
        level={3}
        heading={t("sections.title")}
        chart={
          <BarChart
            caption={t("charts.title")}
            layout="grouped"
            series={[
              { key: "nominated", label: t("columns.nominated"), color: chartColors.sky },
              { key: "honoured", label: t("columns.honoured"), color: chartColors.emerald },
            ]}
            rows={dashboard.byTitle.map((row) => ({
              key: row.titleId,
              label: titleName(row),
              values: [row.count, row.honoured],
            }))}
          />
        }
        table={
          <DataTable
            caption={t("tables.title")}
            columns={[
              { key: "title", header: t("columns.title"), isRowHeader: true, cell: (row) => titleName(row) },
              number<(typeof dashboard.byTitle)[number]>("nominated", t("columns.nominated"), (row) => row.count),
              number<(typeof dashboard.byTitle)[number]>("honoured", t("columns.honoured"), (row) => row.honoured),
            ]}
            rows={dashboard.byTitle}
            rowKey={(row) => row.titleId}
            empty={t("empty.titles")}
          />
        }
        download={download("title")}
      />
      <DashboardSection
        id="section-unit"
        level={3}
        heading={t("sections.unit")}
        note={t("notes.unit")}
        isWide
        chart={
          <BarChart
            caption={t("charts.unit")}
            series={chartedGroups.map((group) => ({
              key: group,
              label: t(`groups.${group}`),
              color: groupColors[group],
            }))}
            rows={dashboard.byUnit.map((row) => ({
              key: row.unitId,
              label: unitLabel(row),
              values: chartedGroups.map((group) => row.byGroup[group]),
            }))}
          />
        }
        table={
          // Eight columns: scrolled sideways on a phone rather than squeezed letter by letter.
          <div className="overflow-x-auto">
            <div className="min-w-[44rem]">
              <DataTable
                caption={t("tables.unit")}
                columns={[
                  { key: "unit", header: t("columns.unit"), isRowHeader: true, cell: (row) => unitLabel(row) },
                  number<(typeof dashboard.byUnit)[number]>(
                    "nominated",
                    t("columns.nominated"),
                    (row) => row.nominated,
                  ),
                  ...statusGroupKeys.map((group) =>
                    number<(typeof dashboard.byUnit)[number]>(group, t(`groups.${group}`), (row) => row.byGroup[group]),
                  ),
                ]}
                rows={dashboard.byUnit}
                rowKey={(row) => row.unitId}
              />
            </div>
          </div>
        }
        download={download("unit")}
      />
      <DashboardSection
        id="section-participation"
        level={3}
        heading={t("sections.participation")}
        chart={
          <BarChart
            caption={t("charts.participation")}
            series={[{ key: "units", label: t("columns.unit"), color: chartColors.brand }]}
            rows={participationKeys.map((key) => ({
              key,
              label: t(`columns.${key}`),
              values: [dashboard.participation[key]],
            }))}
          />
        }
        table={
          <DataTable
            caption={t("tables.participation")}
            columns={[
              { key: "unit", header: t("columns.unit"), isRowHeader: true, cell: (row) => row.label },
              ...participationKeys.map((key) =>
                number<(typeof participationRows)[number]>(key, t(`columns.${key}`), (row) => row.values[key]),
              ),
            ]}
            rows={participationRows}
            rowKey={(row) => row.key}
          />
        }
        download={download("participation")}
      />
    </>
  );
}
