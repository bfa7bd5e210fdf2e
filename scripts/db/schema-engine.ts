// Drives Prisma's WebAssembly schema engine, because the native engine binary cannot be
// downloaded on our machines (see docs/decisions/0001-migrations-with-wasm-schema-engine.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let enginePromise: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    // The .wasm file is not in the package's exports map: find it beside the entry point.
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(entry.replace(/schema_engine\.js$/, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return enginePromise;
}

/**
 * adapter-pg runs a migration script as the pieces between its ";", which cuts a function body
 * ($$ … ; … $$) apart. PostgreSQL takes the whole script in one simple query, so send it whole.
 */
function withWholeScripts(factory: PrismaPg, pool: pg.Pool): PrismaPg {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as PrismaPg, {
    connect: async () => {
      const adapter = await connect();
      return Object.assign(Object.create(adapter) as typeof adapter, {
        executeScript: async (script: string) => {
          await pool.query(script);
        },
      });
    },
  });
}

/** Runs `run` with a schema engine bound to the database at `connectionString`, then frees it. */
export async function withSchemaEngine<T>(
  connectionString: string,
  datamodel: { path: string; content: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadEngineModule();
  // Our own pool, so its connections can be closed: the engine's free() leaves them open.
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("error", () => {});
  const adapter = bindMigrationAwareSqlAdapterFactory(withWholeScripts(new PrismaPg(pool), pool));
  const engine = await bg.SchemaEngine.new({ datamodels: [[datamodel.path, datamodel.content]] }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export const noFilters = { externalTables: [], externalEnums: [] };
