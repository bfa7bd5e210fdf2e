// Giấy chứng nhận: the certificate of a recognition, one A4 landscape page per honoree (one, or a
// movement's batch in one file). An official document, so always in Vietnamese whatever the
// viewer's language (only its file name follows the interface), with the embedded Be Vietnam
// Pro font for every tone mark. The header is the issuing authority of the decision: the
// national name and motto ("Cộng hòa xã hội chủ nghĩa Việt Nam…") belong to state documents,
// and these decisions are the union's. Who: administrators and officers acting for the
// honoree's unit (canCertifyHonoree), never for a revoked recognition; an unpublished one may
// be certified, its decision being issued.
import { createTranslator } from "next-intl";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NomineeKind } from "../generated/prisma/enums";
import vi from "../i18n/messages/vi.json";
import { createPdf, pdfBuffer, type PdfDocument } from "../pdf/document";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { certifiableWhere, certificateBatchLimit, certificateRevokedAt } from "./certificate-access";
import { ExportTooLargeError } from "./export-rows";
import { formatDay, isFullMovementName } from "./pdf-list";
import { canCertifyHonoree } from "./visibility";

export interface CertificateData {
  honoreeId: string;
  name: string;
  kind: NomineeKind;
  position: string | null;
  unitName: string;
  titleName: string;
  citation: string;
  movementName: string;
  organizingUnit: string;
  decision: { number: string; issuedOn: Date; signerName: string; issuingAuthority: string };
}

const certificateSelect = {
  id: true,
  name: true,
  kind: true,
  position: true,
  citation: true,
  revokedAt: true,
  unit: { select: { name: true, path: true } },
  awardTitle: { select: { name: true } },
  movement: { select: { name: true, organizingUnit: { select: { name: true } } } },
  decision: { select: { number: true, issuedOn: true, signerName: true, issuingAuthority: true, revokedAt: true } },
} satisfies Prisma.HonoreeSelect;

type CertificateRow = Prisma.HonoreeGetPayload<{ select: typeof certificateSelect }>;

/** May `actor` certify this row? A revoked decision revokes its recognitions too. */
const mayCertify = (actor: Actor | null, row: CertificateRow) =>
  canCertifyHonoree(actor, { unitPath: row.unit.path, revokedAt: certificateRevokedAt(row) });

const toCertificate = (row: CertificateRow): CertificateData => ({
  honoreeId: row.id,
  name: row.name,
  kind: row.kind,
  position: row.position,
  unitName: row.unit.name,
  titleName: row.awardTitle.name,
  citation: row.citation,
  movementName: row.movement.name,
  organizingUnit: row.movement.organizingUnit.name,
  decision: {
    number: row.decision.number,
    issuedOn: row.decision.issuedOn,
    signerName: row.decision.signerName,
    issuingAuthority: row.decision.issuingAuthority,
  },
});

/** The certificate of honoree `honoreeId`, or null when it does not exist or `actor` may not have it. */
export async function certificateData(actor: Actor | null, honoreeId: string): Promise<CertificateData | null> {
  const row = await db().honoree.findUnique({ where: { id: honoreeId }, select: certificateSelect });
  return row && mayCertify(actor, row) ? toCertificate(row) : null;
}

/**
 * The certificates of movement `movementId` that `actor` may have (of unit `unitId` and the
 * units below it, when given), by unit and name; null when the movement does not exist.
 * Throws ExportTooLargeError above `limit`.
 */
export async function movementCertificates(
  actor: Actor | null,
  movementId: string,
  options: { unitId?: string; limit?: number } = {},
): Promise<{ movement: { code: string; name: string }; certificates: CertificateData[] } | null> {
  const client = db();
  const movement = await client.movement.findUnique({ where: { id: movementId }, select: { code: true, name: true } });
  if (!movement) return null;
  const where = await certifiableWhere(actor, movementId, options.unitId);
  if (!where) return { movement, certificates: [] };
  const limit = options.limit ?? certificateBatchLimit;
  const count = await client.honoree.count({ where });
  if (count > limit) throw new ExportTooLargeError(count, limit);
  const rows = await client.honoree.findMany({
    where,
    orderBy: [{ unit: { name: "asc" } }, { nameSearch: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: certificateSelect,
  });
  if (rows.length > limit) throw new ExportTooLargeError(rows.length, limit);
  return { movement, certificates: rows.filter((row) => mayCertify(actor, row)).map(toCertificate) };
}

// Always the Vietnamese catalog: en.json's certificate.document only translates it for readers.
const t = createTranslator({ locale: "vi", messages: vi, namespace: "certificate.document" });
const red = "#8f1d1d";
const gold = "#b5892e";

/** Two digits for days below 10 and for January and February (Decree 30/2020, form of dates). */
const dayOrMonth = (value: number, pad: boolean) => (pad ? String(value).padStart(2, "0") : String(value));

/** "Hà Nội, ngày 05 tháng 02 năm 2026": the place and date of the decision (a date-only value). */
export function certificatePlaceDate(issuedOn: Date): string {
  const day = issuedOn.getUTCDate();
  const month = issuedOn.getUTCMonth() + 1;
  return t("placeDate", {
    place: t("place"),
    day: dayOrMonth(day, day < 10),
    month: dayOrMonth(month, month <= 2),
    year: String(issuedOn.getUTCFullYear()),
  });
}

function drawBorder(doc: PdfDocument) {
  const { width, height } = doc.page;
  doc.save();
  doc
    .lineWidth(4)
    .strokeColor(red)
    .rect(18, 18, width - 36, height - 36)
    .stroke();
  doc
    .lineWidth(1.2)
    .strokeColor(gold)
    .rect(27, 27, width - 54, height - 54)
    .stroke();
  doc
    .lineWidth(0.6)
    .strokeColor(gold)
    .rect(32, 32, width - 64, height - 64)
    .stroke();
  // A gold diamond on each corner and the middle of each side.
  const diamond = (x: number, y: number, r: number) =>
    doc.polygon([x, y - r], [x + r, y], [x, y + r], [x - r, y]).fillAndStroke(gold, red);
  for (const [x, y] of [
    [27, 27],
    [width - 27, 27],
    [27, height - 27],
    [width - 27, height - 27],
  ] as const)
    diamond(x, y, 9);
  for (const [x, y] of [
    [width / 2, 27],
    [width / 2, height - 27],
    [27, height / 2],
    [width - 27, height / 2],
  ] as const)
    diamond(x, y, 5);
  doc.restore();
}

/** The largest size (from `max` down to `min`) at which `text` fits on one line of `width`. */
function fittingSize(doc: PdfDocument, text: string, width: number, max: number, min: number): number {
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size -= 1;
  return size;
}

function drawCertificate(doc: PdfDocument, c: CertificateData) {
  drawBorder(doc);
  const { width: pageWidth, height: pageHeight } = doc.page;
  const left = 70;
  const width = pageWidth - 2 * left;
  const centered = { width, align: "center" as const };

  // The issuing authority, with the organizing union above it unless the authority names it.
  let y = 52;
  doc.fillColor("black");
  if (!toSearchText(c.decision.issuingAuthority).includes(toSearchText(c.organizingUnit))) {
    doc.font("regular").fontSize(12).text(c.organizingUnit.toLocaleUpperCase("vi"), left, y, centered);
    y = doc.y;
  }
  doc.font("bold").fontSize(12).text(c.decision.issuingAuthority.toLocaleUpperCase("vi"), left, y, centered);
  const ruleY = doc.y + 8;
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor("black")
    .moveTo(pageWidth / 2 - 60, ruleY)
    .lineTo(pageWidth / 2 + 60, ruleY)
    .stroke()
    .restore();

  doc
    .font("bold")
    .fontSize(34)
    .fillColor(red)
    .text(t("title"), left, ruleY + 22, centered);
  doc
    .fillColor("black")
    .font("italic")
    .fontSize(14)
    .text(t("awardedTo"), left, doc.y + 4, centered);
  doc
    .font("bold")
    .fontSize(fittingSize(doc.font("bold"), c.name, width, 28, 16))
    .fillColor("#1d3a6e")
    .text(c.name, left, doc.y + 6, centered);
  doc.fillColor("black").font("regular").fontSize(14);
  const detail = c.position ? t("positionUnit", { position: c.position, unit: c.unitName }) : c.unitName;
  doc.text(detail, left, doc.y + 4, centered);
  doc
    .font("bold")
    .fontSize(16)
    .text(t("achievement", { title: c.titleName }), left, doc.y + 8, centered);
  doc
    .font("regular")
    .fontSize(14)
    .text(
      t(isFullMovementName(c.movementName) ? "movementNamed" : "movement", { movement: c.movementName }),
      left,
      doc.y + 2,
      centered,
    );
  if (c.citation.trim()) {
    // A long citation is cut with an ellipsis rather than running into the signature.
    const citationWidth = width * 0.8;
    doc
      .font("italic")
      .fontSize(12)
      .text(`“${c.citation.trim()}”`, left + (width - citationWidth) / 2, doc.y + 10, {
        width: citationWidth,
        align: "center",
        height: 60,
        ellipsis: true,
      });
  }

  // Signature block on the right; the decision's reference on the left.
  const signWidth = 320;
  const signLeft = pageWidth - left - signWidth;
  const signTop = pageHeight - 175;
  doc
    .font("italic")
    .fontSize(12)
    .text(certificatePlaceDate(c.decision.issuedOn), signLeft, signTop, { width: signWidth, align: "center" });
  doc
    .font("bold")
    .fontSize(12)
    .text(c.decision.issuingAuthority.toLocaleUpperCase("vi"), signLeft, doc.y + 4, {
      width: signWidth,
      align: "center",
    });
  doc
    .font("bold")
    .fontSize(14)
    .text(c.decision.signerName, signLeft, pageHeight - 85, { width: signWidth, align: "center" });
  doc
    .font("regular")
    .fontSize(11)
    .text(
      t("decision", { number: c.decision.number, date: formatDay(c.decision.issuedOn, "vi") }),
      left + 10,
      pageHeight - 85,
      { width: signLeft - left - 30 },
    );
}

/** One PDF with a certificate page per entry of `certificates` (at least one). */
export async function renderCertificates(certificates: readonly CertificateData[]): Promise<Buffer> {
  const [first] = certificates;
  if (!first) throw new Error("renderCertificates needs at least one certificate");
  const doc = createPdf({
    title: t("metadataTitle", { name: certificates.length === 1 ? first.name : first.movementName }),
    layout: "landscape",
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
  certificates.forEach((certificate, i) => {
    if (i > 0) doc.addPage();
    drawCertificate(doc, certificate);
  });
  return pdfBuffer(doc);
}
