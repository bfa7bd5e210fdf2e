// Export of an administrator's nomination list to Excel: the same filters as the page, every
// matching row (not one page), streamed in batches so 50,000 rows never sit in memory at once.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { db } from "../db";
import { env } from "../env";
import { notFoundError } from "../errors";
import type { LevelState, Prisma } from "../generated/prisma/client";
import { dossierWhere, whereText, type LevelHere } from "../levels/where";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import vi from "../i18n/messages/vi.json";
import { writeEachBatch, type ExportOutcome } from "../exports/batches";
import type { Actor } from "../session";
import { listWhere, orderByOf } from "./list";
import type { ListNominationsParams } from "./list-params";

const batchSize = 1_000;

const exportSelect = {
  id: true,
  nomineeName: true,
  nomineeKind: true,
  gender: true,
  birthYear: true,
  position: true,
  status: true,
  submittedAt: true,
  updatedAt: true,
  citation: true,
  unit: { select: { name: true } },
  nominatingUnit: { select: { name: true } },
  awardTitle: { select: { name: true, nameEn: true } },
  routeCycle: true,
  levelUnitId: true,
  // The level holding it, or the one that did not forward it (lib/levels/where.ts).
  levels: {
    where: { state: { in: ["PENDING", "ENDORSED", "NOT_FORWARDED"] } },
    select: { cycle: true, unitId: true, state: true, unit: { select: { name: true } } },
  },
} satisfies Prisma.NominationSelect;

/** The level row lib/levels/where.ts names: in the current submission, the holder's or the one that stopped it. */
function levelHere(n: {
  routeCycle: number;
  levelUnitId: string | null;
  levels: { cycle: number; unitId: string; state: LevelState; unit: { name: string } }[];
}): LevelHere | null {
  const row = n.levels.find(
    (level) => level.cycle === n.routeCycle && (level.unitId === n.levelUnitId || level.state === "NOT_FORWARDED"),
  );
  return row ? { unitName: row.unit.name, state: row.state } : null;
}

const columns = [
  "index",
  "nomineeName",
  "kind",
  "gender",
  "birthYear",
  "position",
  "unit",
  "nominatingUnit",
  "awardTitle",
  "status",
  "where",
  "submittedAt",
  "updatedAt",
  "citation",
] as const;
const widths: Partial<Record<(typeof columns)[number], number>> = {
  index: 6,
  nomineeName: 32,
  unit: 36,
  nominatingUnit: 36,
  awardTitle: 30,
  where: 36,
  citation: 60,
};

/** An instant as the wall-clock time in the app's zone, for a spreadsheet cell (which has no zone). */
function localDate(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!));
}

/** The movement an export is of, for its file name; null when there is none. */
export async function exportMovement(movementId: string) {
  return db().movement.findUnique({ where: { id: movementId }, select: { id: true, code: true, name: true } });
}

type ExportBatch = Prisma.NominationGetPayload<{ select: typeof exportSelect }>[];

/**
 * The export's rows of `movementId` matching `params`, in batches in the list's order. Who may
 * export is decided here, at once (a refusal is thrown, never written into the file).
 */
export async function nominationExportBatches(options: {
  actor: Actor | null;
  movementId: string;
  params: ListNominationsParams;
}): Promise<AsyncIterable<ExportBatch>> {
  const params = { ...options.params, movement: options.movementId };
  const { where } = await listWhere({ actor: options.actor, view: "admin", params });
  const orderBy = orderByOf(params);
  return (async function* () {
    let cursor: string | undefined;
    while (where) {
      const batch = await db().nomination.findMany({
        where,
        orderBy,
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: exportSelect,
      });
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      cursor = batch[batch.length - 1]!.id;
    }
  })();
}

/**
 * Writes the nominations of `movementId` matching `params` (administrators only) to `output`
 * as an .xlsx, headers in `locale`; resolves once the workbook is complete with the rows
 * written, and the failure that ended it early (its last row then says so).
 */
export async function writeNominationExport(options: {
  actor: Actor | null;
  movementId: string;
  params: ListNominationsParams;
  locale: Locale;
  output: Writable;
  /** The rows, when the caller read the first batch before answering (lib/exports/batches.ts); else read here. */
  batches?: AsyncIterable<ExportBatch>;
}): Promise<ExportOutcome> {
  if (!(await exportMovement(options.movementId))) throw notFoundError("movement");
  const batches = options.batches ?? (await nominationExportBatches(options));
  const messages = options.locale === "en" ? en : vi;
  const t = createTranslator({ locale: options.locale, messages, namespace: "nominationList" });
  const tStatus = createTranslator({ locale: options.locale, messages, namespace: "nominationStatus" });
  const tLevels = createTranslator({ locale: options.locale, messages, namespace: "levels" });
  const timeZone = env().APP_TIME_ZONE;

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: options.output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Vinh Danh";
  const sheet = workbook.addWorksheet(t("exportSheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column,
    width: widths[column] ?? 16,
    ...(column === "submittedAt" || column === "updatedAt" ? { style: { numFmt: "dd/mm/yyyy hh:mm" } } : {}),
  }));
  const header = sheet.addRow(columns.map((column) => t(`exportColumns.${column}`)));
  header.font = { bold: true };
  header.commit();

  let count = 0;
  const failure = await writeEachBatch(batches, options.output, (batch) => {
    for (const n of batch) {
      count++;
      sheet
        .addRow({
          index: count,
          nomineeName: n.nomineeName,
          kind: t(`kindValue.${n.nomineeKind}`),
          gender: n.gender ? t(`gender.${n.gender}`) : null,
          birthYear: n.birthYear,
          position: n.position,
          unit: n.unit.name,
          nominatingUnit: n.nominatingUnit.name,
          awardTitle: options.locale === "en" && n.awardTitle.nameEn ? n.awardTitle.nameEn : n.awardTitle.name,
          status: tStatus(n.status),
          where: whereText(dossierWhere(n.status, levelHere(n)), (key, values) => tLevels(key, values)),
          submittedAt: n.submittedAt ? localDate(n.submittedAt, timeZone) : null,
          updatedAt: localDate(n.updatedAt, timeZone),
          citation: n.citation || null,
        })
        .commit();
    }
  });
  if (failure) {
    const marker = sheet.addRow([t("exportIncomplete", { rows: count })]);
    marker.font = { bold: true, color: { argb: "FFB42318" } };
    marker.commit();
  }
  sheet.commit();
  await workbook.commit();
  return { rows: count, failure };
}
