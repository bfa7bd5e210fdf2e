import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import vi from "./messages/vi.json";

// `tsc` already rejects unknown keys (lib/i18n/global.d.ts types them); this scan is a second,
// runtime-independent net that also names the file and key that is missing.
const root = path.resolve(import.meta.dirname, "../..");
const sourceDirs = ["app", "components", "lib"];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
    }),
  );
  return nested.flat();
}

function lookup(catalog: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      catalog,
    );
}

/**
 * Every literal `translator("key")` call, resolved against its namespace. A translator's
 * calls are read up to the next declaration of the same name (another function's `t`).
 */
export function literalKeys(source: string): string[] {
  const declarations = [
    ...source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\(\s*(?:"([\w.]+)")?\s*\)/g),
  ];
  const keys: string[] = [];
  declarations.forEach((declaration, i) => {
    const name = declaration[1]!;
    const namespace = declaration[2] ?? "";
    const next = declarations.slice(i + 1).find((d) => d[1] === name);
    const scope = source.slice(declaration.index, next?.index ?? source.length);
    for (const call of scope.matchAll(new RegExp(`\\b${name}\\(\\s*"([\\w.]+)"`, "g"))) {
      keys.push(namespace ? `${namespace}.${call[1]}` : call[1]!);
    }
  });
  return keys;
}

describe("keys used in code", () => {
  it("finds namespaced literal keys, each translator within its own function", () => {
    const source = [
      'async function a() { const t = await getTranslations("meta"); t("title"); }',
      'function B() { const t = useTranslations("nav"); t("home"); }',
    ].join("\n");
    expect(literalKeys(source)).toEqual(["meta.title", "nav.home"]);
  });

  it("are all present in both catalogs", async () => {
    const files = (await Promise.all(sourceDirs.map((dir) => sourceFiles(path.join(root, dir))))).flat();
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const key of literalKeys(await readFile(file, "utf8"))) {
        checked++;
        for (const [locale, catalog] of [
          ["vi", vi],
          ["en", en],
        ] as const) {
          if (typeof lookup(catalog, key) !== "string")
            missing.push(`${locale}: ${key} (${path.relative(root, file)})`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});
