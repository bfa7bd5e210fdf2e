import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sectionNamespaces, type Section } from "./client-namespaces";

// Walks the import graph from each route file of app/ and collects the namespaces that client
// components ("use client" files and whatever they import) pass to useTranslations. Each must
// be among the messages the route's layouts hand to the browser (<ClientMessages section=…>).
const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(file, "utf8");

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const suffix of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The namespaces client components reachable from `entry` translate with. */
export function clientNamespacesOf(entry: string): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const stack: [string, boolean][] = [[entry, false]];
  while (stack.length > 0) {
    const [file, insideClient] = stack.pop()!;
    if (seen.has(`${insideClient}:${file}`)) continue;
    seen.add(`${insideClient}:${file}`);
    const source = read(file);
    const isClient = insideClient || /^["']use client["']/m.test(source.slice(0, 300));
    if (isClient) {
      for (const call of source.matchAll(/useTranslations\(\s*(?:"(\w+)[^"]*")?\s*\)/g))
        namespaces.add(call[1] ?? "(whole catalog)");
      // The other hooks read no messages but still need a provider above them.
      if (/\buse(?:Formatter|Locale|Now|TimeZone|Messages)\(/.test(source)) namespaces.add("(a provider)");
    }
    for (const statement of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gms)) {
      const target = resolveImport(file, statement[1]!);
      if (target) stack.push([target, isClient]);
    }
  }
  return namespaces;
}

const routeFile = /^(page|layout|error|not-found|global-error|loading|template)\.tsx$/;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return routeFile.test(entry.name) ? [full] : [];
  });
}

/** The namespaces of the section the innermost layout above `file` (or itself) declares; none outside a section. */
function providedFor(file: string): Set<string> {
  const provided = new Set<string>();
  const appDir = path.join(root, "app");
  // The innermost <ClientMessages section> replaces the outer ones below it, as providers do.
  for (let dir = path.dirname(file); dir.startsWith(appDir); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    const section = existsSync(layout) ? /<ClientMessages section="(\w+)"/.exec(read(layout))?.[1] : undefined;
    if (section) {
      provided.add("(a provider)");
      for (const namespace of sectionNamespaces[section as Section]) provided.add(namespace);
      break;
    }
  }
  return provided;
}

describe("messages handed to client components", () => {
  it("finds the namespaces of client components, not of server ones", () => {
    expect(clientNamespacesOf(path.join(root, "app/(auth)/sign-in/page.tsx")).has("signIn")).toBe(true); // the form's
    const roster = clientNamespacesOf(path.join(root, "app/honorees/page.tsx"));
    expect(roster.has("roster")).toBe(false); // the page's own getTranslations
    expect(roster.has("validation")).toBe(false); // its fields (components/ui) rendered on the server
  });

  it("cover every namespace each route's client components use", () => {
    const missing: string[] = [];
    const files = routeFiles(path.join(root, "app"));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const provided = providedFor(file);
      for (const namespace of clientNamespacesOf(file)) {
        if (!provided.has(namespace)) missing.push(`${path.relative(root, file)}: ${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are none on every page: the root layout has no client component that translates", () => {
    expect(clientNamespacesOf(path.join(root, "app/layout.tsx"))).toEqual(new Set());
    expect(clientNamespacesOf(path.join(root, "app/error.tsx"))).toEqual(new Set());
  });

  it("are none for public rosters and profiles, which need no intl provider", () => {
    for (const page of [
      "app/honorees/page.tsx",
      "app/honorees/[id]/page.tsx",
      "app/movements/[id]/honorees/page.tsx",
    ]) {
      expect(clientNamespacesOf(path.join(root, page)), page).toEqual(new Set());
    }
    expect(providedFor(path.join(root, "app/honorees/page.tsx"))).toEqual(new Set());
    expect(providedFor(path.join(root, "app/honorees/[id]/page.tsx"))).toEqual(new Set());
  });
});
