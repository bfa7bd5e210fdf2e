// The columns of the Excel import and its template. Headers and list values are messages
// ("nominationImport.columns", "nominationImport.values"); a file is read whatever language its
// template was downloaded in, so both catalogs' words are accepted, without case or diacritics.
import en from "../i18n/messages/en.json";
import vi from "../i18n/messages/vi.json";
import { toSearchText } from "../text/search-text";

export const importColumns = [
  "nomineeKind",
  "nomineeName",
  "gender",
  "birthYear",
  "position",
  "unit",
  "awardTitle",
  "yearsOfService",
  "collectiveSize",
  "serviceMonths",
  "absenceDays",
  "disciplined",
  "contact",
  "citation",
  "achievementSummary",
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Without these a file cannot say who is nominated, where and for what. */
export const requiredImportColumns: readonly ImportColumn[] = ["nomineeKind", "nomineeName", "unit", "awardTitle"];

/** The schema field each column fills (units and titles are looked up to ids first). */
export const fieldOfColumn: Record<ImportColumn, string> = {
  nomineeKind: "nomineeKind",
  nomineeName: "nomineeName",
  gender: "gender",
  birthYear: "birthYear",
  position: "position",
  unit: "unitId",
  awardTitle: "awardTitleId",
  yearsOfService: "yearsOfService",
  collectiveSize: "collectiveSize",
  serviceMonths: "serviceMonths",
  absenceDays: "absenceDays",
  disciplined: "disciplined",
  contact: "contact",
  citation: "citation",
  achievementSummary: "achievementSummary",
};

/** The column a schema field came from, for the per-row report. */
export function columnOfField(field: string): ImportColumn | null {
  const head = field.split(".")[0] ?? field;
  return importColumns.find((column) => fieldOfColumn[column] === head) ?? null;
}

const catalogs = [vi.nominationImport, en.nominationImport];

/** Header text (folded) → column, from both languages and the column keys themselves. */
const headerIndex = new Map<string, ImportColumn>(
  importColumns.flatMap((column) => [
    [toSearchText(column), column] as const,
    ...catalogs.map((catalog) => [toSearchText(catalog.columns[column]), column] as const),
  ]),
);

/** The column a header cell names, or null for an unknown header. */
export function columnOfHeader(header: string): ImportColumn | null {
  return headerIndex.get(toSearchText(header.replace(/\s*\*\s*$/, ""))) ?? null;
}

type ValueList = "nomineeKind" | "gender" | "disciplined";
const valueIndex = (list: ValueList) =>
  new Map<string, string>(
    catalogs.flatMap((catalog) =>
      Object.entries(catalog.values[list] as Record<string, string>).flatMap(([value, label]) => [
        [toSearchText(label), value] as const,
        [toSearchText(value), value] as const,
      ]),
    ),
  );
const valueIndexes: Record<ValueList, Map<string, string>> = {
  nomineeKind: valueIndex("nomineeKind"),
  gender: valueIndex("gender"),
  disciplined: valueIndex("disciplined"),
};

/**
 * The stored value of a list cell ("Cá nhân" → "INDIVIDUAL", "Nữ" → "FEMALE", "Có" → "yes"),
 * "" for a blank cell, or null when the text is not one of the list's words.
 */
export function listValue(list: ValueList, cell: string): string | null {
  const folded = toSearchText(cell);
  if (!folded) return "";
  return valueIndexes[list].get(folded) ?? null;
}
