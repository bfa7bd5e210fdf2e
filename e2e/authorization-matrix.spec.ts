import { expect, test, type APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { baseURL } from "../playwright.config";
import { actionCases } from "./support/matrix/action-cases";
import { signedInContext as contextFor } from "./support/matrix/contexts";
import { matrixAreas } from "./support/matrix/areas";
import { handlerCases, pageCases } from "./support/matrix/expectations";
import {
  createMatrixFixtures,
  matrixDatabase,
  matrixRoles,
  type MatrixFixtures,
  type MatrixRole,
} from "./support/matrix/fixtures";
import { discoveredRoutes } from "./support/matrix/routes";
import { builtActions, callAction } from "./support/matrix/server-actions";

// Every page, route handler and server action × every role: allowed or denied, never a 500,
// never the data. A route or action missing from the matrix fails the first two tests.
test.describe.configure({ mode: "serial", timeout: 180_000 });

let db: PrismaClient;
let fx: MatrixFixtures;
const contexts = new Map<MatrixRole, APIRequestContext>();

const signedInContext = (role: MatrixRole) => contextFor(fx, role);

test.beforeAll(async () => {
  db = matrixDatabase();
  fx = await createMatrixFixtures(db);
  for (const role of matrixRoles) contexts.set(role, await signedInContext(role));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  await db?.$disconnect();
});

test("covers every page and route handler on disk", () => {
  const { pages, handlers } = discoveredRoutes();
  expect(pages.filter((route) => !pageCases.some((c) => c.route === route))).toEqual([]);
  expect(handlers.filter((route) => !handlerCases.some((c) => c.route === route))).toEqual([]);
});

test("covers every server action in the build", () => {
  const keys = builtActions().map((a) => a.key);
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.filter((key) => !actionCases.some((c) => c.key === key))).toEqual([]);
  const rows = pageCases.length + handlerCases.length + actionCases.length;
  console.log(
    `authorization matrix: ${pageCases.length} page rows + ${handlerCases.length} handlers + ${actionCases.length} actions = ${rows} rows x ${matrixRoles.length} roles = ${rows * matrixRoles.length} checks`,
  );
});

test("pages: each role is let in, sent to sign in, or told the page does not exist", async () => {
  const failures: string[] = [];
  for (const page of pageCases) {
    for (const role of matrixRoles) {
      const response = await contexts.get(role)!.get(page.path(fx));
      const finalUrl = new URL(response.url());
      const body = await response.text();
      const expected = page.outcomes[role];
      const actual =
        response.status() >= 500
          ? `HTTP ${response.status()}`
          : finalUrl.pathname === "/sign-in" && page.route !== "/sign-in"
            ? "signin"
            : response.status() === 404
              ? "notfound"
              : response.status() === 200
                ? "ok"
                : `HTTP ${response.status()}`;
      if (actual !== expected) failures.push(`${page.label} as ${role}: expected ${expected}, got ${actual}`);
      const secret = page.secret?.(fx);
      if (secret && expected !== "ok" && body.includes(secret))
        failures.push(`${page.label} as ${role}: leaked "${secret}"`);
    }
  }
  expect(failures).toEqual([]);
});

test("route handlers answer each role as declared", async () => {
  const failures: string[] = [];
  for (const handler of handlerCases) {
    for (const role of matrixRoles) {
      const status = (
        await contexts.get(role)!.get(typeof handler.path === "string" ? handler.path : handler.path(fx))
      ).status();
      if (status !== handler.outcomes[role])
        failures.push(`${handler.route} as ${role}: expected ${handler.outcomes[role]}, got ${status}`);
    }
  }
  expect(failures).toEqual([]);
});

test("route handler writes answer each role as declared and take effect only for the roles allowed", async () => {
  const failures: string[] = [];
  for (const requestCase of matrixAreas.flatMap((area) => area.requestCases ?? [])) {
    for (const role of matrixRoles) {
      const probe = await requestCase.probe({ fx, db, role });
      const status = (
        await contexts.get(role)!.fetch(probe.path, { method: requestCase.method, data: probe.data })
      ).status();
      if (status !== requestCase.outcomes[role])
        failures.push(`${requestCase.label} as ${role}: expected ${requestCase.outcomes[role]}, got ${status}`);
      if ((await probe.tookEffect()) !== requestCase.allowed.includes(role)) {
        failures.push(
          `${requestCase.label} as ${role}: expected ${requestCase.allowed.includes(role) ? "to take effect" : "no effect"}`,
        );
      }
    }
  }
  expect(failures).toEqual([]);
});

test("server actions take effect only for the roles allowed, and never fail with 500", async () => {
  const actions = builtActions();
  const failures: string[] = [];
  for (const actionCase of actionCases) {
    const action = actions.find((a) => a.key === actionCase.key);
    if (!action) {
      failures.push(`${actionCase.key}: not in the build`);
      continue;
    }
    for (const role of matrixRoles) {
      let last = { body: "", cookies: "" };
      const probe = await actionCase.probe({ fx, db, role, response: () => last });
      const context = probe.ownSession ? await signedInContext(role) : contexts.get(role)!;
      const encodedArgs = probe.args;
      const { status, body } = await callAction(context, action, encodedArgs, baseURL);
      const state = await context.storageState();
      if (probe.ownSession) await context.dispose();
      last = { body, cookies: state.cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
      if (status >= 500) failures.push(`${actionCase.key} as ${role}: HTTP ${status}`);
      const isAllowed = actionCase.allowed.includes(role);
      if ((await probe.tookEffect()) !== isAllowed) {
        failures.push(`${actionCase.key} as ${role}: expected ${isAllowed ? "to take effect" : "no effect"}`);
      }
    }
  }
  expect(failures).toEqual([]);
});
