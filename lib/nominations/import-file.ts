// Reading an uploaded import workbook, with strict limits: the file's size and type, how much it
// unpacks to (an .xlsx is a ZIP: a small file must not unpack into gigabytes), the sheet's
// columns and its number of rows. Anything outside them refuses the whole file, before any row.
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import en from "../i18n/messages/en.json";
import vi from "../i18n/messages/vi.json";
import { inspectFile } from "../storage/file-types";
import { toSearchText } from "../text/search-text";
import { columnOfHeader, requiredImportColumns, type ImportColumn } from "./import-columns";

export const maxImportBytes = 5 * 1024 * 1024;
export const maxImportRows = 2_000;
/** What the ZIP parts of a workbook may unpack to, all together. */
const maxUnpackedBytes = 60 * 1024 * 1024;
const maxZipEntries = 2_000;

export type ImportFileRefusal =
  | { code: "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed" | "fileCorrupt" | "noRows" | "noSheet" }
  | { code: "tooManyRows"; values: { max: string } }
  | { code: "unknownColumn"; values: { column: string } }
  | { code: "missingColumn"; values: { column: ImportColumn } };

/** One data row: its row number in the sheet and the text of each known column's cell. */
export interface ImportRow {
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

/**
 * Unpacks every part of the ZIP with a budget on the output, so a declared size cannot lie
 * about it. Returns a refusal, or null when the archive is within limits.
 */
export function checkZipBudget(bytes: Uint8Array, budget = maxUnpackedBytes): "fileTooLarge" | "fileCorrupt" | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return "fileCorrupt";
  const entries = view.getUint16(end + 10, true);
  if (entries > maxZipEntries) return "fileTooLarge";
  let offset = view.getUint32(end + 16, true);
  let remaining = budget;
  try {
    for (let n = 0; n < entries; n++) {
      if (view.getUint32(offset, true) !== 0x02014b50) return "fileCorrupt";
      const method = view.getUint16(offset + 10, true);
      const compressedSize = view.getUint32(offset + 20, true);
      const localOffset = view.getUint32(offset + 42, true);
      const header =
        46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
      if (view.getUint32(localOffset, true) !== 0x04034b50) return "fileCorrupt";
      const dataStart =
        localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      const data = bytes.subarray(dataStart, dataStart + compressedSize);
      if (data.length !== compressedSize) return "fileCorrupt";
      let size: number;
      if (method === 0) size = compressedSize;
      else if (method === 8) size = inflateRawSync(data, { maxOutputLength: remaining + 1 }).length;
      else return "fileCorrupt";
      remaining -= size;
      if (remaining < 0) return "fileTooLarge";
      offset += header;
    }
  } catch (error) {
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "fileTooLarge" : "fileCorrupt";
  }
  return null;
}

/** The text of a cell as a person typed it: rich text joined, formulas by their result, blanks as "". */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value)
    return value.richText
      .map((part) => part.text)
      .join("")
      .trim();
  if ("text" in value && typeof value.text === "string") return value.text.trim();
  if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return "";
}

const templateSheetNames = new Set(
  [vi.nominationImport.templateSheet, en.nominationImport.templateSheet].map(toSearchText),
);

/** The rows of an uploaded workbook, or why the whole file is refused. */
export async function readImportWorkbook(
  bytes: Uint8Array,
): Promise<{ rows: ImportRow[] } | { refusal: ImportFileRefusal }> {
  const inspected = await inspectFile(bytes, { allowed: ["xlsx"], maxBytes: maxImportBytes });
  if ("refusal" in inspected) return { refusal: { code: inspected.refusal } };
  const zip = checkZipBudget(bytes);
  if (zip) return { refusal: { code: zip } };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return { refusal: { code: "fileCorrupt" } };
  }
  const sheet =
    workbook.worksheets.find((ws) => templateSheetNames.has(toSearchText(ws.name))) ?? workbook.worksheets[0];
  if (!sheet) return { refusal: { code: "noSheet" } };
  const columns = new Map<number, ImportColumn>();
  let headerRefusal: ImportFileRefusal | null = null;
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellText(cell.value);
    if (!header || headerRefusal) return;
    const column = columnOfHeader(header);
    if (!column || [...columns.values()].includes(column))
      headerRefusal = { code: "unknownColumn", values: { column: header.slice(0, 100) } };
    else columns.set(col, column);
  });
  if (headerRefusal) return { refusal: headerRefusal };
  const missing = requiredImportColumns.find((column) => ![...columns.values()].includes(column));
  if (missing) return { refusal: { code: "missingColumn", values: { column: missing } } };
  const rows: ImportRow[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1 || tooMany) return;
    const cells: ImportRow["cells"] = {};
    for (const [col, column] of columns) {
      const text = cellText(row.getCell(col).value);
      if (text) cells[column] = text;
    }
    if (Object.keys(cells).length === 0) return;
    if (rows.length === maxImportRows) tooMany = true;
    else rows.push({ row: number, cells });
  });
  if (tooMany) return { refusal: { code: "tooManyRows", values: { max: String(maxImportRows) } } };
  if (rows.length === 0) return { refusal: { code: "noRows" } };
  return { rows };
}
