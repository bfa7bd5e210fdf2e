// The dashboard's tables as files: one workbook with a sheet per table, or one table as CSV.
// The counts are a few dozen rows at most (aggregates, not dossiers), so the files are built
// in memory rather than streamed like the list exports.
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import vi from "../i18n/messages/vi.json";
import { csvField } from "../roster/export";
import type { Actor } from "../session";
import { movementDashboard, statusGroupKeys, unitRowLabel, type MovementDashboard } from "./queries";
import { honoreesPerYear, type YearRow } from "./years";

export const dashboardTables = ["status", "title", "unit", "participation", "years"] as const;
export type DashboardTable = (typeof dashboardTables)[number];

/** `?movement=<id>&format=xlsx`, or `&format=csv&table=<table>` (a CSV holds one table). */
export const dashboardExportSchema = z.discriminatedUnion("format", [
  z.object({ format: z.literal("xlsx"), movement: z.string() }),
  z.object({ format: z.literal("csv"), movement: z.string(), table: z.enum(dashboardTables) }),
]);
export type DashboardExportRequest = z.infer<typeof dashboardExportSchema>;

export interface DashboardData {
  dashboard: MovementDashboard;
  years: YearRow[];
}

/** What the dashboard shows `actor` for `movementId`, or null when they may not see it (see movementDashboard). */
export async function dashboardData(actor: Actor, movementId: string): Promise<DashboardData | null> {
  const [dashboard, years] = await Promise.all([movementDashboard(actor, movementId), honoreesPerYear(actor)]);
  return dashboard ? { dashboard, years } : null;
}

type Cell = string | number;

export interface ExportTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

function translators(locale: Locale) {
  const messages = locale === "en" ? en : vi;
  return {
    t: createTranslator({ locale, messages, namespace: "dashboard" }),
    tStatus: createTranslator({ locale, messages, namespace: "nominationStatus" }),
  };
}

/** One of the dashboard's tables with headers in `locale`: what a sheet or a CSV file holds. */
export function dashboardTable(data: DashboardData, table: DashboardTable, locale: Locale): ExportTable {
  const { t, tStatus } = translators(locale);
  const { dashboard } = data;
  const name = t(`export.sheets.${table}`);
  const ownRow = (unit: string) => t("unitOwnRow", { name: unit });
  switch (table) {
    case "status":
      return {
        name,
        header: [t("columns.status"), t("columns.count")],
        rows: dashboard.byStatus.map((row) => [tStatus(row.status), row.count]),
      };
    case "title":
      return {
        name,
        header: [t("columns.title"), t("columns.nominated"), t("columns.honoured")],
        rows: dashboard.byTitle.map((row) => [
          locale === "en" && row.nameEn ? row.nameEn : row.name,
          row.count,
          row.honoured,
        ]),
      };
    case "unit":
      return {
        name,
        header: [t("columns.unit"), t("columns.nominated"), ...statusGroupKeys.map((group) => t(`groups.${group}`))],
        rows: dashboard.byUnit.map((row) => [
          unitRowLabel(row, ownRow),
          row.nominated,
          ...statusGroupKeys.map((group) => row.byGroup[group]),
        ]),
      };
    case "participation": {
      const values = (row: MovementDashboard["participation"]) => [
        row.unitsCovered,
        row.unitsRegistered,
        row.unitsNominating,
        row.unitsHonoured,
      ];
      return {
        name,
        header: [
          t("columns.unit"),
          t("columns.unitsCovered"),
          t("columns.unitsRegistered"),
          t("columns.unitsNominating"),
          t("columns.unitsHonoured"),
        ],
        rows: [
          ...dashboard.byUnit.map((row) => [unitRowLabel(row, ownRow), ...values(row)]),
          [t("totalRow"), ...values(dashboard.participation)],
        ],
      };
    }
    case "years":
      return {
        name,
        header: [t("columns.year"), t("columns.individual"), t("columns.collective"), t("columns.total")],
        rows: data.years.map((row) => [row.year, row.individual, row.collective, row.individual + row.collective]),
      };
  }
}

/** Every table, one sheet each, as an .xlsx. */
export async function dashboardWorkbook(data: DashboardData, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Vinh Danh";
  workbook.title = data.dashboard.movement.name;
  for (const table of dashboardTables) {
    const { name, header, rows } = dashboardTable(data, table, locale);
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = header.map((_, index) => ({ width: index === 0 ? 48 : 18 }));
    sheet.addRow(header).font = { bold: true };
    sheet.addRows(rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One table as CSV: UTF-8 with a byte order mark (Excel then reads Vietnamese letters right), CRLF line ends. */
export function dashboardCsv(data: DashboardData, table: DashboardTable, locale: Locale): string {
  const { header, rows } = dashboardTable(data, table, locale);
  return `\uFEFF${[header, ...rows].map((fields) => `${fields.map(csvField).join(",")}\r\n`).join("")}`;
}

/** The download's name (without extension): the movement's code, and the table's name for a CSV. */
export function dashboardFileName(data: DashboardData, locale: Locale, table?: DashboardTable): string {
  const { t } = translators(locale);
  const code = data.dashboard.movement.code;
  return table
    ? t("export.fileNameTable", { code, table: t(`export.sheets.${table}`) })
    : t("export.fileName", { code });
}
