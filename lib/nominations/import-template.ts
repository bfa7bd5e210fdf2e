// The downloadable import template of a movement: the columns the import reads, drop-down lists
// (kind, gender, yes/no, the movement's titles, the officer's units), and an instructions sheet.
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { db } from "../db";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import vi from "../i18n/messages/vi.json";
import { officerScopes } from "../policy";
import type { Actor } from "../session";
import { importColumns, requiredImportColumns, type ImportColumn } from "./import-columns";
import { maxImportRows } from "./import-file";
import { importMovement } from "./import";

const listColumns: Partial<Record<ImportColumn, "nomineeKind" | "gender" | "disciplined">> = {
  nomineeKind: "nomineeKind",
  gender: "gender",
  disciplined: "disciplined",
};
const wholeNumbers: Partial<Record<ImportColumn, [number, number]>> = {
  birthYear: [1900, 2100],
  yearsOfService: [0, 70],
  collectiveSize: [1, 10_000_000],
  serviceMonths: [0, 1_200],
  absenceDays: [0, 3_660],
};
const wideColumns: Partial<Record<ImportColumn, number>> = {
  nomineeName: 32,
  unit: 40,
  awardTitle: 32,
  citation: 50,
  achievementSummary: 60,
};

/** A unit as the template lists it; the import reads the code in brackets back. */
export const unitListLabel = (unit: { name: string; code: string }) => `${unit.name} (${unit.code})`;

/** The template of `movementId` for `actor`, in `locale`, as .xlsx bytes, and its file name. */
export async function buildImportTemplate(options: {
  actor: Actor | null;
  movementId: string;
  locale: Locale;
  today: string;
}) {
  const movement = await importMovement(options.actor, options.movementId, options.today);
  const actor = options.actor!;
  const catalog = options.locale === "en" ? en : vi;
  const t = createTranslator({ locale: options.locale, messages: catalog, namespace: "nominationImport" });
  const [record, units] = await Promise.all([
    db().movement.findUniqueOrThrow({
      where: { id: movement.id },
      select: {
        code: true,
        name: true,
        nameEn: true,
        awardTitles: { orderBy: { position: "asc" }, select: { name: true, nameEn: true } },
      },
    }),
    db().unit.findMany({
      where: {
        AND: [
          { OR: officerScopes(actor).map((scope) => ({ path: { startsWith: scope } })) },
          { path: { startsWith: movement.coveragePath } },
          { isActive: true },
        ],
      },
      orderBy: { path: "asc" },
      take: 5_000,
      select: { name: true, code: true },
    }),
  ]);
  const isEnglish = options.locale === "en";
  const titleNames = record.awardTitles.map((title) => (isEnglish && title.nameEn ? title.nameEn : title.name));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Vinh Danh";
  const sheet = workbook.addWorksheet(t("templateSheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  // Range validations exist in exceljs 4 (worksheet.dataValidations) but not in its typings.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
  ).dataValidations;
  const hints = workbook.addWorksheet(t("hintSheet"));
  const lists = workbook.addWorksheet(t("listSheet"));

  lists.getColumn(1).width = 40;
  lists.getColumn(2).width = 60;
  lists.getRow(1).values = [t("columns.awardTitle"), t("columns.unit")];
  lists.getRow(1).font = { bold: true };
  titleNames.forEach((name, i) => (lists.getCell(i + 2, 1).value = name));
  units.forEach((unit, i) => (lists.getCell(i + 2, 2).value = unitListLabel(unit)));
  const listRange = (col: "A" | "B", count: number) =>
    `'${t("listSheet")}'!$${col}$2:$${col}$${Math.max(2, count + 1)}`;

  importColumns.forEach((column, i) => {
    const required = requiredImportColumns.includes(column);
    const cell = sheet.getCell(1, i + 1);
    cell.value = required ? `${t(`columns.${column}`)} *` : t(`columns.${column}`);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: required ? "FFFDE68A" : "FFE7E5E4" } };
    cell.note = t(`columnHints.${column}`);
    sheet.getColumn(i + 1).width = wideColumns[column] ?? 20;
    const letter = sheet.getColumn(i + 1).letter;
    const range = `${letter}2:${letter}${maxImportRows + 1}`;
    const list = listColumns[column];
    const formula =
      list !== undefined
        ? `"${Object.values(catalog.nominationImport.values[list]).join(",")}"`
        : column === "awardTitle"
          ? listRange("A", titleNames.length)
          : column === "unit"
            ? listRange("B", units.length)
            : null;
    if (formula) {
      validations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: "stop",
        error: t("listError"),
      });
    }
    const bounds = wholeNumbers[column];
    if (bounds)
      validations.add(range, {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: bounds,
        showErrorMessage: true,
      });
  });

  hints.getColumn(1).width = 34;
  hints.getColumn(2).width = 100;
  hints.addRow([t("hintIntro", { max: maxImportRows })]).font = { bold: true };
  hints.addRow([t("hintMovement", { name: isEnglish && record.nameEn ? record.nameEn : record.name })]);
  hints.addRow([]);
  hints.addRow([t("hintColumn"), t("hintHow")]).font = { bold: true };
  for (const column of importColumns) hints.addRow([t(`columns.${column}`), t(`columnHints.${column}`)]);

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, fileName: t("templateFileName", { code: record.code }) };
}
