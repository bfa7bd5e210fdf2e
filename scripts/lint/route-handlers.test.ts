// Every route handler under app/api answers errors the one way (app/api/api-errors.ts): each
// exported HTTP method is built with routeHandler, and no handler writes an error status itself.
// Listed from the files on disk, as the authorization matrix lists routes, so a new handler is
// checked the day it is added.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const apiRoot = path.join(projectRoot, "app", "api");
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function routeFiles(): Promise<string[]> {
  const entries = await readdir(apiRoot, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === "route.ts")
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The HTTP methods a route file exports, each with the expression it is defined by. */
function exportedMethods(source: string): { method: string; definition: string }[] {
  const found: { method: string; definition: string }[] = [];
  for (const method of methods) {
    const direct = source.match(new RegExp(`export (?:async )?(?:function|const) ${method}\\b\\s*(=\\s*)?([\\w]+)?`));
    if (direct) found.push({ method, definition: direct[1] ? (direct[2] ?? "") : "function" });
    const aliased = source.match(new RegExp(`export \\{[^}]*\\b(\\w+) as ${method}\\b`));
    if (aliased) {
      const local = source.match(new RegExp(`const ${aliased[1]} = (\\w+)`));
      found.push({ method, definition: local?.[1] ?? "function" });
    }
  }
  return found;
}

describe("route handlers", () => {
  it("are all built with routeHandler", async () => {
    const files = await routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(17);
    const unwrapped: string[] = [];
    for (const file of files) {
      const source = await readFile(path.join(projectRoot, file), "utf8");
      const exported = exportedMethods(source);
      if (exported.length === 0) unwrapped.push(`${file}: no HTTP method found`);
      for (const { method, definition } of exported)
        if (definition !== "routeHandler") unwrapped.push(`${file} ${method}: ${definition}`);
    }
    expect(unwrapped).toEqual([]);
  });

  it("leave error statuses to apiError and apiRefusal", async () => {
    const own: string[] = [];
    for (const file of await routeFiles()) {
      const source = await readFile(path.join(projectRoot, file), "utf8");
      // A Response or NextResponse.json written with an error status of its own.
      for (const match of source.matchAll(/(new Response|NextResponse\.json)\([^;]*?status:[^,}\n]*\b[45]\d\d\b/g)) {
        // The health report: its 503 is the database's state, in a body of its own.
        if (file === path.join("app", "api", "health", "route.ts")) continue;
        own.push(`${file}: ${match[0].slice(0, 80)}`);
      }
    }
    expect(own).toEqual([]);
  });

  it("would notice a handler that is not wrapped", () => {
    expect(exportedMethods(`export async function GET() { return new Response("x"); }`)).toEqual([
      { method: "GET", definition: "function" },
    ]);
    expect(exportedMethods(`export const POST = routeHandler(async () => new Response("x"));`)).toEqual([
      { method: "POST", definition: "routeHandler" },
    ]);
    expect(exportedMethods(`const handler = routeHandler(f);\nexport { handler as GET, handler as POST };`)).toEqual([
      { method: "GET", definition: "routeHandler" },
      { method: "POST", definition: "routeHandler" },
    ]);
  });
});
