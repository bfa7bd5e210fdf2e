import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file here: migrations run through scripts/migrate.ts
// (the WebAssembly schema engine), because the native engine cannot be downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
