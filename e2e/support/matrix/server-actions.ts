// Calls server actions the way the browser does (Next-Action header + React's reply encoding),
// so the matrix can attack them directly, as a crafted request would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../../..");
const require = createRequire(path.join(root, "package.json"));
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

export interface BuiltAction {
  id: string;
  /** "app/admin/units/actions.ts#createUnit" */
  key: string;
  /** A page route that bundles the action (where the browser would post it). */
  pagePath: string;
}

function routeOfWorker(worker: string): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "");
  return route === "" ? "/" : route;
}

/** Every server action in the production build. */
export function builtActions(): BuiltAction[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(
    readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers).filter((w) => !w.includes("[") && !w.includes("_not-found"));
    return { id, key: `${entry.filename}#${entry.exportedName}`, pagePath: routeOfWorker(workers[0] ?? "app/page") };
  });
}

/** Posts one server action call; returns the HTTP status and the response text. */
export async function callAction(
  request: APIRequestContext,
  action: BuiltAction,
  args: unknown[],
  baseURL: string,
): Promise<{ status: number; body: string }> {
  const encoded = await encodeReply(args);
  const headers = { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component" };
  const response =
    typeof encoded === "string"
      ? await request.post(action.pagePath, {
          headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
          data: encoded,
          maxRedirects: 0,
        })
      : await request.post(action.pagePath, {
          headers,
          multipart: encoded,
          maxRedirects: 0,
        });
  return { status: response.status(), body: await response.text() };
}

/** A FormData with the given string fields. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
