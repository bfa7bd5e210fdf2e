// The layering and cycle rules of eslint.config.mjs are live: each deliberate violation below
// must be reported, or a config change has silently switched a rule off.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
// The layering probes are linted as text under a path in lib/ or components/ (no file is written
// where other tests scan the sources); no-cycle needs the importer on disk, so it is off for them.
const layering = new ESLint({ cwd: projectRoot, overrideConfig: { rules: { "import/no-cycle": "off" } } });
const eslint = new ESLint({ cwd: projectRoot });
// The cycle probe is two real files, in a folder of this test's own under scripts/lint.
const probeDir = path.join(import.meta.dirname, `probe-${process.pid}`);
afterAll(() => rm(probeDir, { recursive: true, force: true }));

/** The rules `code` breaks as the file `filePath` (relative to the project). */
async function ruleIdsOf(filePath: string, code: string) {
  const [result] = await layering.lintText(code, { filePath: path.join(projectRoot, filePath) });
  return result!.messages.map((m) => m.ruleId);
}

describe("lint rules that hold the architecture", () => {
  it("refuses lib/ importing app/ or components/", async () => {
    const fromApp = `import { createUnitAction } from "@/app/admin/units/actions";\nexport const x = createUnitAction;\n`;
    expect(await ruleIdsOf("lib/probe/from-app.ts", fromApp)).toContain("import/no-restricted-paths");
    const fromComponents = `import { DataTable } from "../../components/ui/data-table";\nexport const x = DataTable;\n`;
    expect(await ruleIdsOf("lib/probe/from-components.ts", fromComponents)).toContain("import/no-restricted-paths");
  });

  it("refuses components/ importing the database client, not lib's functions", async () => {
    const fromDb = `import { db } from "@/lib/db";\nexport const x = db;\n`;
    expect(await ruleIdsOf("components/probe/from-db.ts", fromDb)).toContain("import/no-restricted-paths");
    const fromLib = `import { toSearchText } from "@/lib/text/search-text";\nexport const x = toSearchText;\n`;
    expect(await ruleIdsOf("components/probe/from-lib.ts", fromLib)).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    await mkdir(probeDir, { recursive: true });
    await writeFile(path.join(probeDir, "a.ts"), `import { b } from "./b";\nexport const a = (): number => b();\n`);
    await writeFile(path.join(probeDir, "b.ts"), `import { a } from "./a";\nexport const b = (): number => a();\n`);
    const [result] = await eslint.lintFiles([path.join(probeDir, "a.ts")]);
    expect(result!.messages.map((m) => m.ruleId)).toContain("import/no-cycle");
  });
});
