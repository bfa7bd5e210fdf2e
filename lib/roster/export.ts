// Roster exports to Excel and CSV (docs/decisions/0008): the rows the roster shows the viewer
// with its filters and order (lib/roster/export-rows.ts), every row, not one page, written to
// `output` batch by batch as they are read, so 50,000 rows never sit in memory at once. Each
// writer waits for `output` to drain after a batch: a slow download slows the reads instead of
// piling the file up in memory.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { db } from "../db";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import vi from "../i18n/messages/vi.json";
import { visibleMovementsWhere } from "../movements/queries";
import type { Actor } from "../session";
import { writeEachBatch, type ExportOutcome } from "../exports/batches";
import { rosterExportBatches, type RosterExportRow } from "./export-rows";
import type { RosterParams } from "./params";

export interface RosterExportOptions {
  actor: Actor | null;
  params: RosterParams;
  locale: Locale;
  output: Writable;
  /** Rows per read; tests make it small to cross batch boundaries. */
  batchSize?: number;
  /** The rows to write, when the caller read the first batch before answering (lib/exports/batches.ts); else read here. */
  batches?: AsyncIterable<RosterExportRow[]>;
}

/** The row that ends a file cut short, so nobody takes it for the whole list. */
function incompleteMarker(t: Translator, rows: number): string {
  return t("incomplete", { rows });
}

export const rosterExportColumns = [
  "index",
  "name",
  "kind",
  "position",
  "unit",
  "title",
  "movement",
  "decisionNumber",
  "decisionDate",
  "citation",
] as const;
type Column = (typeof rosterExportColumns)[number];
const dateFormat = "dd/mm/yyyy";
const widths: Partial<Record<Column, number>> = {
  index: 6,
  name: 32,
  position: 24,
  unit: 40,
  title: 28,
  movement: 36,
  decisionNumber: 18,
  decisionDate: 14,
  citation: 70,
};

/** The export's translator in `locale` (an export runs outside a request's intl context). */
export function rosterExportTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "rosterExport" });
}

type Translator = ReturnType<typeof rosterExportTranslator>;

/** The download's name in `locale`: the movement's code when the view is of one movement `actor` may see, otherwise today's date. */
export async function rosterExportFileName(options: {
  actor: Actor | null;
  params: RosterParams;
  locale: Locale;
  extension: "xlsx" | "csv" | "pdf";
}): Promise<string> {
  const t = rosterExportTranslator(options.locale);
  const movementId = options.params.movement;
  const movement = movementId
    ? await db().movement.findFirst({
        where: { AND: [{ id: movementId }, visibleMovementsWhere(options.actor)] },
        select: { code: true },
      })
    : null;
  if (movement) return t("fileNameMovement", { code: movement.code, extension: options.extension });
  // en-CA writes dates as YYYY-MM-DD, which sorts well in a folder of downloads.
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: env().APP_TIME_ZONE }).format(new Date());
  return t("fileName", { date, extension: options.extension });
}

/** The cells of one row in `locale`, the decision date left as a Date (date-only, UTC midnight). */
function cellsOf(
  row: RosterExportRow,
  index: number,
  t: Translator,
  locale: Locale,
): Record<Column, string | number | Date | null> {
  const english = locale === "en";
  return {
    index,
    name: row.name,
    kind: t(`kindValue.${row.kind}`),
    position: row.position,
    unit: row.unitName,
    title: english && row.titleNameEn ? row.titleNameEn : row.titleName,
    movement: english && row.movementNameEn ? row.movementNameEn : row.movementName,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionIssuedOn,
    citation: row.citation,
  };
}

/** Waits while `output` holds more than its buffer; stops the export once the download is gone. */
async function drained(output: Writable): Promise<void> {
  if (output.writableNeedDrain && !output.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        output.off("drain", done);
        output.off("close", done);
        resolve();
      };
      output.on("drain", done);
      output.on("close", done);
    });
  }
  if (output.destroyed) throw new Error("roster export: the output was closed before the end");
}

/**
 * Writes the roster view as an .xlsx to `output` (headers in `locale`); resolves once the
 * workbook is complete with the rows written, and the failure that ended it early (its last
 * row then says the file is incomplete).
 */
export async function writeRosterXlsx(options: RosterExportOptions): Promise<ExportOutcome> {
  const t = rosterExportTranslator(options.locale);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: options.output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Vinh Danh";
  const sheet = workbook.addWorksheet(t("sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = rosterExportColumns.map((column) => ({
    key: column,
    width: widths[column] ?? 16,
    ...(column === "decisionDate" ? { style: { numFmt: dateFormat } } : {}),
  }));
  const header = sheet.addRow(rosterExportColumns.map((column) => t(`columns.${column}`)));
  header.font = { bold: true };
  header.commit();
  // One style object per kind of cell, shared by every cell: ExcelJS recognises a style object
  // it has seen (by identity) and skips re-deriving its id, which halves the time per row.
  const plainStyle = {};
  const dateStyle = { numFmt: dateFormat };
  const dateColumn = rosterExportColumns.indexOf("decisionDate") + 1;
  let count = 0;
  const failure = await writeEachBatch(
    options.batches ?? rosterExportBatches(options),
    options.output,
    async (batch) => {
      for (const row of batch) {
        const added = sheet.addRow(cellsOf(row, ++count, t, options.locale));
        added.eachCell((cell, column) => {
          cell.style = column === dateColumn ? dateStyle : plainStyle;
        });
        added.commit();
      }
      await drained(options.output);
    },
  );
  if (failure) {
    const marker = sheet.addRow([incompleteMarker(t, count)]);
    marker.font = { bold: true, color: { argb: "FFB42318" } };
    marker.commit();
  }
  sheet.commit();
  await workbook.commit();
  return { rows: count, failure };
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text starting with = + - @ (or a tab or carriage return) is prefixed with ' so a spreadsheet
 * shows it as text instead of running it as a formula (CSV injection).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: readonly (string | number | null)[]) => `${fields.map(csvField).join(",")}\r\n`;

/** A date-only value as YYYY-MM-DD: read the same by every spreadsheet whatever its regional settings. */
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/**
 * Writes the roster view as CSV to `output`: UTF-8 with a byte order mark (so Excel reads the
 * Vietnamese letters as UTF-8), CRLF line ends, headers in `locale`. Ends `output` and resolves
 * as writeRosterXlsx does (an early stop ends the file with a line saying it is incomplete).
 */
export async function writeRosterCsv(options: RosterExportOptions): Promise<ExportOutcome> {
  const t = rosterExportTranslator(options.locale);
  options.output.write(`\uFEFF${csvLine(rosterExportColumns.map((column) => t(`columns.${column}`)))}`);
  let count = 0;
  const failure = await writeEachBatch(
    options.batches ?? rosterExportBatches(options),
    options.output,
    async (batch) => {
      const lines = batch.map((row) => {
        const cells = cellsOf(row, ++count, t, options.locale);
        return csvLine(
          rosterExportColumns.map((column) => {
            const cell = cells[column];
            return cell instanceof Date ? isoDay(cell) : cell;
          }),
        );
      });
      options.output.write(lines.join(""));
      await drained(options.output);
    },
  );
  if (failure) options.output.write(csvLine([incompleteMarker(t, count)]));
  options.output.end();
  return { rows: count, failure };
}
