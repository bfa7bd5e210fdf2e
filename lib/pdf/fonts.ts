// The TrueType fonts of every generated PDF (minutes now, certificates in issue 7): Be Vietnam
// Pro, which covers every Vietnamese letter with its tone marks (PDFKit's built-in Helvetica
// does not). The files come from the npm package @expo-google-fonts/be-vietnam-pro and are
// resolved at run time, so the server build reads them from node_modules.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type FontWeight = "regular" | "bold" | "italic";

const fontPackage = "@expo-google-fonts/be-vietnam-pro";
const fontFiles: Record<FontWeight, string> = {
  regular: "400Regular/BeVietnamPro_400Regular.ttf",
  bold: "700Bold/BeVietnamPro_700Bold.ttf",
  italic: "400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf",
};

let resolved: Record<FontWeight, string> | null = null;

function resolveFrom(base: string, file: string): string | null {
  try {
    // The specifier is built at run time so the bundler leaves the lookup to Node.
    const found = createRequire(base).resolve([fontPackage, file].join("/"));
    return existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

/** Absolute paths of the font files (regular, bold, italic); throws when the package is missing. */
export function fontPaths(): Record<FontWeight, string> {
  if (resolved) return resolved;
  const bases = [import.meta.url, path.join(process.cwd(), "package.json")];
  const entries = (Object.keys(fontFiles) as FontWeight[]).map((weight) => {
    const file = fontFiles[weight];
    const found = bases.map((base) => resolveFrom(base, file)).find((candidate) => candidate !== null);
    if (!found) throw new Error(`font file ${fontPackage}/${file} not found: run npm install`);
    return [weight, found] as const;
  });
  resolved = Object.fromEntries(entries) as Record<FontWeight, string>;
  return resolved;
}
