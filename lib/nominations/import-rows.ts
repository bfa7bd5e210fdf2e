// One import row → the input of createDraftNomination: list words to stored values, unit and
// title names (or codes) to ids, then the same zod schema the form uses. Pure, given the lookups.
import { toSearchText } from "../text/search-text";
import { columnOfField, fieldOfColumn, listValue, type ImportColumn } from "./import-columns";
import type { ImportRow } from "./import-file";
import { createNominationSchema, type DraftNominationInput } from "./schemas";

/** A refusal of one cell ("field" is the import column) or of the whole row ("row"). */
export interface ImportProblem {
  field: ImportColumn | "row";
  code: string;
}

export interface ImportLookups {
  movementId: string;
  titles: { id: string; name: string; nameEn: string | null; position: number }[];
  /** The officer's units (any status: the command says why an inactive one is refused). */
  units: { id: string; code: string; name: string }[];
}

type Match = { id: string } | { problem: string };

function matchUnit(text: string, units: ImportLookups["units"]): Match {
  const code = (/\(([^()]+)\)\s*$/.exec(text)?.[1] ?? text).trim().toUpperCase();
  const byCode = units.find((unit) => unit.code === code);
  if (byCode) return { id: byCode.id };
  const folded = toSearchText(text);
  const byName = units.filter((unit) => toSearchText(unit.name) === folded);
  if (byName.length === 1) return { id: byName[0]!.id };
  return { problem: byName.length > 1 ? "ambiguousUnit" : "unknownUnit" };
}

function matchTitle(text: string, titles: ImportLookups["titles"]): Match {
  const folded = toSearchText(text);
  const title = titles.find(
    (t) =>
      toSearchText(t.name) === folded ||
      (t.nameEn !== null && toSearchText(t.nameEn) === folded) ||
      String(t.position) === folded,
  );
  return title ? { id: title.id } : { problem: "unknownTitle" };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text from a cell as the editor's HTML: one paragraph per line, nothing interpreted. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}

/** The draft a row describes, or every problem found in it (not only the first). */
export function parseImportRow(
  row: ImportRow,
  lookups: ImportLookups,
): { input: DraftNominationInput } | { problems: ImportProblem[] } {
  const cells = row.cells;
  const problems: ImportProblem[] = [];
  const raw: Record<string, unknown> = { movementId: lookups.movementId };
  for (const [column, text] of Object.entries(cells) as [ImportColumn, string][]) raw[fieldOfColumn[column]] = text;

  const list = (column: "nomineeKind" | "gender" | "disciplined", code: string) => {
    const value = listValue(column, cells[column] ?? "");
    if (value === null) problems.push({ field: column, code });
    return value ?? "";
  };
  raw.nomineeKind = list("nomineeKind", "unknownKind");
  raw.gender = list("gender", "unknownGender");
  raw.disciplined = list("disciplined", "unknownYesNo") === "yes";
  raw.achievementSummary = plainTextToHtml(cells.achievementSummary ?? "");
  for (const [column, match] of [
    ["unit", cells.unit ? matchUnit(cells.unit, lookups.units) : null],
    ["awardTitle", cells.awardTitle ? matchTitle(cells.awardTitle, lookups.titles) : null],
  ] as const) {
    if (!match) raw[fieldOfColumn[column]] = "";
    else if ("id" in match) raw[fieldOfColumn[column]] = match.id;
    else problems.push({ field: column, code: match.problem });
  }

  const parsed = createNominationSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = columnOfField(issue.path.map(String).join(".")) ?? "row";
      // A cell already refused by the lookups is said once, with the more precise reason.
      if (!problems.some((p) => p.field === field)) problems.push({ field, code: issue.message });
    }
  }
  if (problems.length > 0 || !parsed.success) return { problems };
  return { input: parsed.data };
}
