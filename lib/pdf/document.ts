// Shared PDF plumbing: a PDFKit document on A4 with the Vietnamese fonts registered under
// the names "regular", "bold" and "italic", and the bytes it writes collected into one Buffer.
import PDFDocument from "pdfkit";
import { fontPaths, type FontWeight } from "./fonts";

export type PdfDocument = PDFKit.PDFDocument;

/** Margins of an administrative document (Decree 30/2020: top/bottom 20 mm, left 30 mm, right 15 mm). */
export const a4Margins = { top: 57, bottom: 57, left: 85, right: 43 } as const;

/**
 * A new A4 document with the fonts registered and "regular" selected; `title` goes in its
 * metadata. Portrait with administrative margins unless `layout`/`margins` say otherwise
 * (every page added later takes the same layout).
 */
export function createPdf(options: {
  title: string;
  author?: string;
  layout?: "portrait" | "landscape";
  margins?: PDFKit.PDFDocumentOptions["margins"];
}): PdfDocument {
  const fonts = fontPaths();
  // `font` set to a TrueType file: PDFKit then never loads its built-in Helvetica data.
  const doc = new PDFDocument({
    size: "A4",
    layout: options.layout ?? "portrait",
    margins: options.margins ?? a4Margins,
    font: fonts.regular,
    info: { Title: options.title, Author: options.author ?? "" },
    bufferPages: true,
  });
  for (const weight of Object.keys(fonts) as FontWeight[]) doc.registerFont(weight, fonts[weight]);
  doc.font("regular");
  return doc;
}

/** Ends `doc` and resolves with every byte it wrote. */
export function pdfBuffer(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** The width between the margins. */
export function contentWidth(doc: PdfDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
