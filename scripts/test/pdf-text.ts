// Reading generated PDFs back in tests: the text of each page (pdfjs), its size, and the font
// names the file embeds.

export interface PdfPages {
  /** Text of each page, items joined by spaces, NFC, runs of white space collapsed. */
  pages: string[];
  /** Width and height of each page in points. */
  sizes: { width: number; height: number }[];
}

/** The text and size of every page of `pdf`. */
export async function pdfPages(pdf: Buffer): Promise<PdfPages> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  const sizes: { width: number; height: number }[] = [];
  for (let i = 1; i <= document.numPages; i += 1) {
    const page = await document.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .normalize("NFC")
        .replace(/\s+/g, " "),
    );
    const [x0, y0, x1, y1] = page.view;
    sizes.push({ width: x1! - x0!, height: y1! - y0! });
  }
  await document.destroy();
  return { pages, sizes };
}

/** The text of every page of `pdf`, joined. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).pages.join(" ");
}

/** The base font names (subset prefix removed) the PDF's font dictionaries name. */
export function pdfFontNames(pdf: Buffer): string[] {
  const names = [...pdf.toString("latin1").matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}
