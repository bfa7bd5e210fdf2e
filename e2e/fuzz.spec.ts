import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { baseURL } from "../playwright.config";
import { actionCases } from "./support/matrix/action-cases";
import { signedInContext } from "./support/matrix/contexts";
import { handlerCases, pageCases } from "./support/matrix/expectations";
import {
  createMatrixFixtures,
  matrixDatabase,
  matrixRoles,
  type MatrixFixtures,
  type MatrixRole,
} from "./support/matrix/fixtures";
import { queryParamsByRoute } from "./support/matrix/query-params";
import { builtActions, callAction } from "./support/matrix/server-actions";

// The fuzz battery (issue 16): hostile values in every URL parameter of every page and route
// handler of the authorization matrix, as anonymous and as a role that reaches the page, and
// in every field of every server action: never a 500, never a stack trace or SQL in the body;
// a form gets a field error, keeps what was typed, and nothing is written.
test.describe.configure({ mode: "serial", timeout: 900_000 });

const appDir = path.resolve(import.meta.dirname, "../app");

/** URL parameter values, percent-encoded as they go on the wire. */
const hostileQueryValues: { label: string; encoded: string | string[] }[] = [
  { label: "NUL", encoded: "a%00b" },
  { label: "invalid UTF-8 (lone continuation)", encoded: "%C3%28" },
  { label: "invalid UTF-8 (0xFF)", encoded: "%FF%FE" },
  { label: "invalid UTF-8 (overlong /)", encoded: "%E0%80%AF" },
  { label: "invalid UTF-8 (surrogate)", encoded: "%ED%A0%80" },
  { label: "malformed escape", encoded: "%G1%" },
  { label: "8,000 characters", encoded: "x".repeat(8_000) },
  { label: "100,000 characters", encoded: "x".repeat(100_000) },
  { label: "huge number", encoded: "99999999999999999999" },
  { label: "beyond PostgreSQL's integer", encoded: "2147483648" },
  { label: "negative number", encoded: "-1" },
  { label: "exponent", encoded: "1e309" },
  { label: "year 0", encoded: "0000-01-01" },
  { label: "array", encoded: ["a", "b"] },
  { label: "array of ids", encoded: ["00000000-0000-4000-8000-000000000000", "%00"] },
];

/** What an answer must never show: a stack frame, an error class, SQL or the driver's words. */
const leak =
  /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|PrismaClient\w*Error)\b|invalid byte sequence|invalid input syntax|syntax error at or near|out of range for type|\bSELECT\b[^<]{0,200}\bFROM\b|violates [\w ]*constraint/;

/** `path` with `name` set to `value` (repeated for an array), every other parameter kept. */
function withParam(pathWithQuery: string, name: string, value: string | string[]): string {
  const [pathname, query = ""] = pathWithQuery.split("?");
  const kept = query.split("&").filter((pair) => pair && decodeURIComponent(pair.split("=")[0]!) !== name);
  const added = (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(name)}=${v}`);
  return `${pathname}?${[...kept, ...added].join("&")}`;
}

/** Route patterns of every page and handler whose source reads its search parameters. */
function routesReadingSearchParams(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        (entry.name === "page.tsx" || entry.name === "route.ts") &&
        /searchParams/.test(readFileSync(full, "utf8"))
      ) {
        found.push(
          `/${path
            .relative(appDir, dir)
            .split(path.sep)
            .filter((segment) => segment && !/^\(.*\)$/.test(segment))
            .join("/")}`,
        );
      }
    }
  };
  walk(appDir);
  return found.sort();
}

interface Target {
  route: string;
  label: string;
  path: string;
  role: MatrixRole;
}

/** For each route, one path that a signed-in role reaches (so its parameters are read), and the roles to try it as. */
function fuzzTargets(fx: MatrixFixtures): Target[] {
  const targets: Target[] = [];
  const signedIn = matrixRoles.filter((role) => role !== "anonymous");
  for (const route of [...new Set(pageCases.map((c) => c.route))]) {
    const rows = pageCases.filter((c) => c.route === route);
    const row = rows.find((c) => signedIn.some((role) => c.outcomes[role] === "ok")) ?? rows[0]!;
    const role = signedIn.find((r) => row.outcomes[r] === "ok") ?? "admin";
    for (const as of new Set<MatrixRole>(["anonymous", role]))
      targets.push({ route, label: row.label, path: row.path(fx), role: as });
  }
  for (const route of [...new Set(handlerCases.map((c) => c.route))]) {
    const rows = handlerCases.filter((c) => c.route === route);
    const row = rows.find((c) => signedIn.some((role) => c.outcomes[role] === 200)) ?? rows[0]!;
    const role = signedIn.find((r) => row.outcomes[r] === 200) ?? "admin";
    const at = typeof row.path === "string" ? row.path : row.path(fx);
    for (const as of new Set<MatrixRole>(["anonymous", role]))
      targets.push({ route, label: route, path: at, role: as });
  }
  return targets;
}

/** Runs `tasks` with at most `limit` at a time. */
async function inPool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

let db: PrismaClient;
let fx: MatrixFixtures;
const contexts = new Map<MatrixRole, APIRequestContext>();

test.beforeAll(async () => {
  db = matrixDatabase();
  fx = await createMatrixFixtures(db);
  for (const role of matrixRoles) contexts.set(role, await signedInContext(fx, role));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  await db?.$disconnect();
});

test("every page and route handler that reads URL parameters has them listed for the battery", () => {
  const listed = Object.keys(queryParamsByRoute);
  expect(routesReadingSearchParams().filter((route) => !listed.includes(route))).toEqual([]);
  const known = new Set([...pageCases.map((c) => c.route), ...handlerCases.map((c) => c.route)]);
  expect(listed.filter((route) => !known.has(route))).toEqual([]);
  for (const [route, params] of Object.entries(queryParamsByRoute)) expect(params.length, route).toBeGreaterThan(0);
});

test("hostile URL parameters never answer 500 nor show a stack trace or SQL, on any page or route handler", async () => {
  const generic = ["q", "page", "id"];
  const requests: { target: Target; param: string; value: (typeof hostileQueryValues)[number] }[] = [];
  for (const target of fuzzTargets(fx)) {
    for (const param of new Set([...(queryParamsByRoute[target.route] ?? []), ...generic])) {
      for (const value of hostileQueryValues) requests.push({ target, param, value });
    }
  }
  const failures: string[] = [];
  let answered = 0;
  let refusedByHttp = 0;
  await inPool(requests, 4, async ({ target, param, value }) => {
    const url = withParam(target.path, param, value.encoded);
    // Node refuses a 100,000-character request line before the app sees it (431) and drops the
    // connection: such requests get a connection of their own, so no other request shares it.
    const isOversized = url.length > 16_000;
    const context = isOversized
      ? await playwrightRequest.newContext({ baseURL, storageState: await contexts.get(target.role)!.storageState() })
      : contexts.get(target.role)!;
    const isReset = (error: unknown) => /ECONNRESET|EPIPE|socket hang up/.test(String(error));
    let response: APIResponse;
    try {
      // A GET is retried once on a reset connection, as browsers retry an idempotent request.
      response = await context.get(url, { maxRedirects: 0, timeout: 60_000 }).catch((error: unknown) => {
        if (isOversized || !isReset(error)) throw error;
        return context.get(url, { maxRedirects: 0, timeout: 60_000 });
      });
    } catch (error) {
      if (!isOversized || !isReset(error)) throw error;
      refusedByHttp++;
      return;
    } finally {
      if (isOversized) await context.dispose();
    }
    answered++;
    const type = response.headers()["content-type"] ?? "";
    const body = /^(text\/|application\/json)/.test(type) ? await response.text() : "";
    const where = `${target.label} (${target.route}) as ${target.role}, ${param} = ${value.label}`;
    if (response.status() >= 500) failures.push(`${where}: HTTP ${response.status()}`);
    const shown = leak.exec(body);
    if (shown) failures.push(`${where}: the body shows "${shown[0]}"`);
  });
  const routes = new Set(requests.map((r) => r.target.route)).size;
  const pairs = new Set(requests.map((r) => `${r.target.route} ${r.param}`)).size;
  console.log(
    `fuzz battery, URL parameters: ${requests.length} requests (${routes} routes, ${pairs} route × parameter pairs, ${hostileQueryValues.length} values, anonymous and a signed-in role): ${answered} answered, ${refusedByHttp} oversized ones dropped by Node before the app`,
  );
  expect(failures).toEqual([]);
});

/** What kind of value a field holds, judged by the valid value the matrix sends. */
function kindOf(name: string, value: string): "id" | "number" | "day" | "text" {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return "id";
  if (/^-?\d+$/.test(value) && !/name|code|title|text|comment|body|reason/i.test(name)) return "number";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return "day";
  return "text";
}

/** Hostile values for a field of `kind` whose valid value is `valid`. */
function hostileFieldValues(kind: ReturnType<typeof kindOf>, valid: string): { label: string; values: string[] }[] {
  const values = [
    { label: "NUL", values: [`${valid}\u0000`] },
    { label: "an array whose last value holds a NUL", values: [valid, `\u0000${valid}`] },
  ];
  if (kind === "text") values.push({ label: "100,000 characters", values: ["x".repeat(100_000)] });
  if (kind === "number")
    values.push(
      { label: "beyond PostgreSQL's integer", values: ["2147483648"] },
      { label: "huge number", values: ["99999999999999999999"] },
    );
  if (kind === "day") values.push({ label: "year 0", values: ["0000-01-01"] });
  return values;
}

/** `data` with `field` replaced by `values` (repeated when more than one). */
function withField(data: FormData, field: string, values: string[]): FormData {
  const copy = new FormData();
  for (const [key, value] of data.entries()) if (key !== field) copy.append(key, value);
  for (const value of values) copy.append(field, value);
  return copy;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Actions that answer no form state (the language switch: a bad value is ignored): a hostile value must change nothing, and there is no field to mark. */
const withoutFormState = new Set(["app/actions.ts#setLocale"]);

test("server actions refuse hostile values at the field, keep what was typed, and write nothing", async () => {
  const actions = builtActions();
  const signedIn = matrixRoles.filter((role) => role !== "anonymous");
  const failures: string[] = [];
  let calls = 0;
  let fields = 0;
  for (const actionCase of actionCases) {
    const action = actions.find((a) => a.key === actionCase.key);
    const role = signedIn.find((r) => actionCase.allowed.includes(r));
    if (!action || !role) continue;
    const sample = await actionCase.probe({ fx, db, role, response: () => ({ body: "", cookies: "" }) });
    const formIndex = sample.args.findIndex((arg) => arg instanceof FormData);
    if (formIndex < 0 || sample.ownSession) continue;
    const form = sample.args[formIndex] as FormData;
    const textFields = [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string");
    for (const [field, valid] of textFields) {
      const kind = kindOf(field, valid);
      fields++;
      for (const hostile of hostileFieldValues(kind, valid)) {
        // A fresh target for each call, as the matrix makes one for each role.
        const probe = await actionCase.probe({ fx, db, role, response: () => ({ body: "", cookies: "" }) });
        const args = [...probe.args];
        const probeForm = args[formIndex] as FormData;
        args[formIndex] = withField(probeForm, field, hostile.values);
        const auditsBefore = await db.auditEvent.count({
          where: { actorId: fx.userIds[role as Exclude<MatrixRole, "anonymous">] },
        });
        const { status, body } = await callAction(contexts.get(role)!, action, args, baseURL);
        calls++;
        const where = `${actionCase.key} as ${role}, ${field} = ${hostile.label}`;
        if (status >= 500) failures.push(`${where}: HTTP ${status}`);
        const shown = leak.exec(body);
        if (shown) failures.push(`${where}: the answer shows "${shown[0]}"`);
        if (await probe.tookEffect()) failures.push(`${where}: the change was made`);
        const auditsAfter = await db.auditEvent.count({
          where: { actorId: fx.userIds[role as Exclude<MatrixRole, "anonymous">] },
        });
        if (auditsAfter !== auditsBefore)
          failures.push(`${where}: something was written (${auditsAfter - auditsBefore} audit events)`);
        if (kind === "id" || withoutFormState.has(actionCase.key)) continue;
        if (!new RegExp(`"fieldErrors":\\{[^}]*"${escapeRegExp(field)}":\\[`).test(body))
          failures.push(`${where}: no error at the field (${body.slice(0, 300)})`);
        // What else was typed (in this call: each probe makes values of its own) comes back, so the form keeps it.
        const other = [...probeForm.entries()].find(
          (entry): entry is [string, string] =>
            typeof entry[1] === "string" &&
            entry[0] !== field &&
            kindOf(entry[0], entry[1]) === "text" &&
            !/password/i.test(entry[0]),
        );
        if (other && !body.includes(JSON.stringify(other[1]).slice(1, -1)))
          failures.push(`${where}: "${other[0]}" was not echoed back`);
      }
    }
  }
  console.log(`fuzz battery, server actions: ${calls} calls over ${fields} fields of ${actionCases.length} actions`);
  expect(failures).toEqual([]);
});
