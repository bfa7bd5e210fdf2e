// A simple ruled table for PDFKit documents: a bold header row, cells that wrap, rows that move
// to a new page (header repeated) when they do not fit.
import type { PdfDocument } from "./document";

export interface PdfColumn {
  header: string;
  /** Share of the table's width (the shares are normalised). */
  width: number;
  align?: "left" | "center" | "right";
}

const padding = 3;

function rowHeight(doc: PdfDocument, cells: readonly string[], widths: readonly number[]): number {
  return (
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * padding }))) +
    2 * padding
  );
}

function drawRow(
  doc: PdfDocument,
  cells: readonly string[],
  widths: readonly number[],
  columns: readonly PdfColumn[],
  y: number,
  height: number,
) {
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    doc.rect(x, y, width, height).stroke();
    doc.text(cell, x + padding, y + padding, { width: width - 2 * padding, align: columns[i]?.align ?? "left" });
    x += width;
  });
}

/** Draws `rows` under `columns` from the current position, at `fontSize`; leaves the cursor below the table. */
export function drawTable(
  doc: PdfDocument,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  fontSize = 10,
): void {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const tableWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = columns.map((column) => (column.width / total) * tableWidth);
  const headers = columns.map((column) => column.header);
  doc.fontSize(fontSize).lineWidth(0.5);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = () => {
    doc.font("bold");
    const height = rowHeight(doc, headers, widths);
    // drawRow leaves doc.y below its last cell's text: the next row starts from the row's top.
    const y = doc.y;
    drawRow(doc, headers, widths, columns, y, height);
    doc.y = y + height;
    doc.font("regular");
  };
  header();
  for (const row of rows) {
    const height = rowHeight(doc, row, widths);
    if (doc.y + height > bottom()) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    drawRow(doc, row, widths, columns, y, height);
    doc.y = y + height;
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
}
