// The layering and cycle rules of eslint.config.mjs are live: each deliberate violation below
// must be reported, or a config change has silently switched a rule off.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: projectRoot });
// Probes are real files (the import rules read the importer from disk), in folders of their own.
const probeDirs = ["lib", "components"].map((folder) => path.join(projectRoot, folder, `lint-probe-${process.pid}`));
afterAll(() => Promise.all(probeDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Writes `files` (name → code) under `folder`'s probe folder and lints the first; the rules it broke. */
async function ruleIdsOf(folder: "lib" | "components", files: Record<string, string>) {
  const dir = path.join(projectRoot, folder, `lint-probe-${process.pid}`);
  await mkdir(dir, { recursive: true });
  for (const [name, code] of Object.entries(files)) await writeFile(path.join(dir, name), code);
  const [result] = await eslint.lintFiles([path.join(dir, Object.keys(files)[0]!)]);
  return result!.messages.map((m) => m.ruleId);
}

describe("lint rules that hold the architecture", () => {
  it("refuses lib/ importing app/ or components/", async () => {
    const fromApp = `import { createUnitAction } from "@/app/admin/units/actions";\nexport const x = createUnitAction;\n`;
    expect(await ruleIdsOf("lib", { "from-app.ts": fromApp })).toContain("import/no-restricted-paths");
    const fromComponents = `import { DataTable } from "../../components/ui/data-table";\nexport const x = DataTable;\n`;
    expect(await ruleIdsOf("lib", { "from-components.ts": fromComponents })).toContain("import/no-restricted-paths");
  });

  it("refuses components/ importing the database client, not lib's functions", async () => {
    const fromDb = `import { db } from "@/lib/db";\nexport const x = db;\n`;
    expect(await ruleIdsOf("components", { "from-db.ts": fromDb })).toContain("import/no-restricted-paths");
    const fromLib = `import { toSearchText } from "@/lib/text/search-text";\nexport const x = toSearchText;\n`;
    expect(await ruleIdsOf("components", { "from-lib.ts": fromLib })).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    const a = `import { b } from "./b";\nexport const a = (): number => b();\n`;
    const b = `import { a } from "./a";\nexport const b = (): number => a();\n`;
    expect(await ruleIdsOf("lib", { "a.ts": a, "b.ts": b })).toContain("import/no-cycle");
  });
});
