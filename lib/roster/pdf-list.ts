// The printable roster (PDF list): the rows of a roster view (lib/roster/export-rows.ts) under a
// header, in a table whose header repeats on every page, pages numbered "Trang x/y". For one
// movement the header is the movement's: organizing unit, movement, the decision(s) the rows
// come from; otherwise a generic title with the filters applied. Bounded: above
// `rosterPdfRowLimit` rows the file is refused (ExportTooLargeError) and the viewer asked to
// narrow the filters; Excel and CSV have no such limit.
import { db } from "../db";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { visibleMovementsWhere } from "../movements/queries";
import { contentWidth, createPdf, pdfBuffer, type PdfDocument } from "../pdf/document";
import { drawTable, type PdfColumn } from "../pdf/table";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { rosterExportTranslator } from "./export";
import { countRosterRows, ExportTooLargeError, rosterExportBatches, rosterPdfRowLimit } from "./export-rows";
import { rosterWhere } from "./filters";
import type { RosterParams } from "./params";

type Translator = ReturnType<typeof rosterExportTranslator>;

/** A date-only value (UTC midnight) in `locale`: 10/12/2026, or Dec 10, 2026. */
export function formatDay(day: Date, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === "vi" ? { day: "2-digit", month: "2-digit", year: "numeric" } : { dateStyle: "medium" };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(day);
}

/** Does the movement's name already say "Phong trào …" (so "Phong trào thi đua “…”" would repeat it)? */
export function isFullMovementName(name: string): boolean {
  return toSearchText(name).startsWith("phong trao");
}

interface Heading {
  /** The organizing unit and the movement, when the list is of one movement the viewer may see. */
  movement: { name: string; organizingUnit: string } | null;
  decisions: { number: string; issuedOn: Date }[];
  /** Filters other than the movement, as sentences. */
  filters: string[];
}

/** The header of the list, read only through what the viewer may see: a movement or title of a movement they may see, the decisions of the rows listed to them. */
async function headingOf(actor: Actor | null, params: RosterParams, t: Translator, locale: Locale): Promise<Heading> {
  const localName = (row: { name: string; nameEn: string | null }) =>
    locale === "en" && row.nameEn ? row.nameEn : row.name;
  const client = db();
  const visible = visibleMovementsWhere(actor);
  const [movement, title, unit, decisionGroups] = await Promise.all([
    params.movement
      ? client.movement.findFirst({
          where: { AND: [{ id: params.movement }, visible] },
          select: { name: true, nameEn: true, organizingUnit: { select: { name: true } } },
        })
      : null,
    params.title
      ? client.awardTitle.findFirst({
          where: { id: params.title, movement: visible },
          select: { name: true, nameEn: true },
        })
      : null,
    params.unit ? client.unit.findUnique({ where: { id: params.unit }, select: { name: true } }) : null,
    params.movement ? client.honoree.groupBy({ by: ["decisionId"], where: await rosterWhere(actor, params) }) : [],
  ]);
  const decisions =
    decisionGroups.length > 0
      ? await client.decision.findMany({
          where: { id: { in: decisionGroups.map((g) => g.decisionId) } },
          orderBy: [{ issuedOn: "asc" }, { number: "asc" }],
          select: { number: true, issuedOn: true },
        })
      : [];
  const unknown = t("pdf.filterUnknown");
  const filters: string[] = [];
  if (params.q) filters.push(t("pdf.filterSearch", { q: params.q }));
  if (params.movement && !movement) filters.push(t("pdf.filterMovement", { name: unknown }));
  if (params.title) filters.push(t("pdf.filterTitle", { name: title ? localName(title) : unknown }));
  if (params.unit) filters.push(t("pdf.filterUnit", { name: unit?.name ?? unknown }));
  if (params.kind) filters.push(t("pdf.filterKind", { kind: t(`kindValue.${params.kind}`) }));
  if (params.from !== undefined) filters.push(t("pdf.filterFrom", { year: String(params.from) }));
  if (params.to !== undefined) filters.push(t("pdf.filterTo", { year: String(params.to) }));
  return {
    movement: movement ? { name: localName(movement), organizingUnit: movement.organizingUnit.name } : null,
    decisions,
    filters,
  };
}

function drawHeading(doc: PdfDocument, heading: Heading, total: number, t: Translator, locale: Locale) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  if (heading.movement) {
    doc
      .font("bold")
      .fontSize(11)
      .text(heading.movement.organizingUnit.toLocaleUpperCase(locale), left, doc.y, {
        width: width * 0.45,
        align: "center",
      });
    doc.moveDown(0.8);
  }
  doc.font("bold").fontSize(14).text(t("pdf.title"), left, doc.y, { width, align: "center" });
  doc.font("regular").fontSize(11);
  if (heading.movement)
    doc.text(
      isFullMovementName(heading.movement.name)
        ? heading.movement.name
        : t("pdf.movement", { movement: heading.movement.name }),
      { width, align: "center" },
    );
  const [only] = heading.decisions;
  if (only && heading.decisions.length === 1)
    doc.font("italic").text(t("pdf.decision", { number: only.number, date: formatDay(only.issuedOn, locale) }), {
      width,
      align: "center",
    });
  else if (heading.decisions.length > 1)
    doc.font("italic").text(t("pdf.decisions", { numbers: heading.decisions.map((d) => d.number).join("; ") }), {
      width,
      align: "center",
    });
  doc.moveDown(0.6).font("regular").fontSize(10);
  if (heading.filters.length > 0) doc.text(`${t("pdf.filters")} ${heading.filters.join("; ")}`, { width });
  else if (!heading.movement) doc.text(t("pdf.noFilters"), { width });
  const exportedOn = new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: env().APP_TIME_ZONE,
  }).format(new Date());
  doc.text(`${t("pdf.total", { count: total })} ${t("pdf.exportedOn", { date: exportedOn })}`, { width });
  doc.moveDown(0.5);
}

/** "Trang x/y" at the foot of every page (pages are buffered: the total is known at the end). */
function numberPages(doc: PdfDocument, t: Translator) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make PDFKit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(9)
      .text(
        t("pdf.page", { page: i + 1, pages: range.count }),
        doc.page.margins.left,
        doc.page.height - bottom / 2 - 5,
        { width: contentWidth(doc), align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The roster view `params` as `actor` sees it, as a printable PDF in `locale` (A4 landscape).
 * Throws ExportTooLargeError above `limit` rows.
 */
export async function renderRosterListPdf(options: {
  actor: Actor | null;
  params: RosterParams;
  locale: Locale;
  limit?: number;
}): Promise<Buffer> {
  const { actor, params, locale } = options;
  const limit = options.limit ?? rosterPdfRowLimit;
  const total = await countRosterRows(actor, params);
  if (total > limit) throw new ExportTooLargeError(total, limit);
  const t = rosterExportTranslator(locale);
  const heading = await headingOf(actor, params, t, locale);
  const english = locale === "en";
  const rows: string[][] = [];
  const oneMovement = heading.movement !== null;
  for await (const batch of rosterExportBatches({ actor, params })) {
    for (const row of batch) {
      const cells = [
        new Intl.NumberFormat(locale).format(rows.length + 1),
        row.name,
        row.position ?? "",
        row.unitName,
        english && row.titleNameEn ? row.titleNameEn : row.titleName,
        `${row.decisionNumber}\n${formatDay(row.decisionIssuedOn, locale)}`,
      ];
      if (!oneMovement) cells.splice(5, 0, english && row.movementNameEn ? row.movementNameEn : row.movementName);
      rows.push(cells);
    }
    // A row listed after the count would make the file longer than the limit.
    if (rows.length > limit) throw new ExportTooLargeError(rows.length, limit);
  }
  const doc = createPdf({
    title: heading.movement ? `${t("pdf.title")} – ${heading.movement.name}` : t("pdf.title"),
    layout: "landscape",
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
  });
  drawHeading(doc, heading, rows.length, t, locale);
  const columns: PdfColumn[] = [
    { header: t("columns.index"), width: 5, align: "center" },
    { header: t("columns.name"), width: 20 },
    { header: t("columns.position"), width: 15 },
    { header: t("columns.unit"), width: 24 },
    { header: t("columns.title"), width: 15 },
    { header: t("columns.decision"), width: 13 },
  ];
  if (!oneMovement) columns.splice(5, 0, { header: t("columns.movement"), width: 18 });
  if (rows.length === 0) doc.font("italic").fontSize(10).text(t("pdf.empty"));
  else drawTable(doc, columns, rows, 9);
  numberPages(doc, t);
  return pdfBuffer(doc);
}
