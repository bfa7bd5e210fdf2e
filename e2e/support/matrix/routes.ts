// Every page and route handler the app has, found on disk, so a new route cannot escape the matrix.
import { readdirSync } from "node:fs";
import path from "node:path";

const appDir = path.resolve(import.meta.dirname, "../../../app");

/** Route patterns ("/admin/units/[id]") of every page.tsx and route.ts under app/. */
export function discoveredRoutes(): { pages: string[]; handlers: string[] } {
  const pages: string[] = [];
  const handlers: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const route =
          "/" +
          path
            .relative(appDir, dir)
            .split(path.sep)
            .filter((segment) => segment && !/^\(.*\)$/.test(segment))
            .join("/");
        (entry.name === "page.tsx" ? pages : handlers).push(route);
      }
    }
  };
  walk(appDir);
  return { pages: pages.sort(), handlers: handlers.sort() };
}
