import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { demoAccount } from "./support/accounts";
import { createPublishedDecision, e2eDatabase, insertHonouredNominee, signedInPage } from "./support/world";

// Anonymous visitors' rosters and profiles come from the public page cache (lib/page-cache)
// while nothing they show has changed; any committed change, even one written straight into
// the database, is seen on the very next request.
let db: PrismaClient;
let run = randomUUID().slice(0, 6);

test.beforeAll(() => {
  db = e2eDatabase();
  run = randomUUID().slice(0, 6);
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** A published movement with one decision, in a union of its own, and a way to honour someone in it. */
async function decidedMovement() {
  const { unit, officer, movement, title, decision } = await createPublishedDecision(db, {
    code: "PGC",
    suffix: run,
    unitName: `Công đoàn cơ sở bộ nhớ đệm ${run}`,
    movementName: `Phong trào bộ nhớ đệm ${run}`,
  });
  const honour = (name: string) =>
    insertHonouredNominee(db, {
      movementId: movement.id,
      titleId: title.id,
      unit,
      decision,
      createdById: officer.id,
      name,
      listedFor: "PUBLIC",
    });
  return { movement, honour };
}

const cacheStatus = (response: APIResponse) => response.headers()["x-page-cache"];

/**
 * The page served from the cache. Other specs write to the shared database meanwhile, and any
 * committed change may (rightly) make one request a miss: ask until a hit, a few times at most.
 */
async function cachedResponse(
  request: APIRequestContext,
  url: string,
  headers?: Record<string, string>,
): Promise<APIResponse> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await request.get(url, { headers });
    if (cacheStatus(response) === "hit") return response;
  }
  throw new Error(`${url} was never served from the cache`);
}
/** The nonce the response's CSP allows, and every nonce its HTML carries. */
async function nonces(response: APIResponse) {
  const allowed = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const used = new Set([...(await response.text()).matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
  return { allowed, used };
}

test("an anonymous roster is served from the cache, with a fresh nonce each time, until the data changes", async ({
  request,
}) => {
  const { movement, honour } = await decidedMovement();
  await honour(`Vũ Thị Đệm ${run}`);
  const url = `/movements/${movement.id}/honorees`;

  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(cacheStatus(first)).toBe("miss");
  const second = await cachedResponse(request, url);
  expect(await second.text()).toContain(`Vũ Thị Đệm ${run}`);

  // Each response's scripts carry that response's own nonce, as if rendered for it.
  const [a, b] = [await nonces(first), await nonces(second)];
  expect(a.allowed).toBeTruthy();
  expect(b.allowed).toBeTruthy();
  expect(b.allowed).not.toBe(a.allowed);
  expect([...a.used]).toEqual([a.allowed]);
  expect([...b.used]).toEqual([b.allowed]);

  // A new honoree written straight into the database shows on the next request.
  await honour(`Hoàng Văn Mới ${run}`);
  const third = await request.get(url);
  expect(cacheStatus(third)).toBe("miss");
  expect(await third.text()).toContain(`Hoàng Văn Mới ${run}`);

  // A profile too: renaming the movement changes it at once.
  const honoree = await db.honoree.findFirstOrThrow({ where: { movementId: movement.id }, select: { id: true } });
  expect(cacheStatus(await request.get(`/honorees/${honoree.id}`))).toBe("miss");
  await cachedResponse(request, `/honorees/${honoree.id}`);
  await db.movement.update({ where: { id: movement.id }, data: { name: `Phong trào đã đổi tên ${run}` } });
  const renamed = await request.get(`/honorees/${honoree.id}`);
  expect(cacheStatus(renamed)).toBe("miss");
  expect(await renamed.text()).toContain(`Phong trào đã đổi tên ${run}`);
});

test("each language is cached apart, and signed-in members always get their own rendering", async ({
  request,
  browser,
}) => {
  const { movement, honour } = await decidedMovement();
  await honour(`Đỗ Thị Ngôn Ngữ ${run}`);
  const url = `/movements/${movement.id}/honorees?sort=name`;

  expect(cacheStatus(await request.get(url))).toBe("miss");
  expect(await (await cachedResponse(request, url)).text()).toContain('lang="vi"');
  // English was never asked for: its page is rendered, then kept apart from the Vietnamese one.
  const english = await request.get(url, { headers: { cookie: "NEXT_LOCALE=en" } });
  expect(cacheStatus(english)).toBe("miss");
  expect(await english.text()).toContain('lang="en"');
  expect(await (await cachedResponse(request, url, { cookie: "NEXT_LOCALE=en" })).text()).toContain('lang="en"');
  expect(await (await cachedResponse(request, url)).text()).toContain('lang="vi"');

  const staff = await signedInPage(browser, demoAccount("STAFF"));
  const signedIn = await staff.request.get(url);
  expect(signedIn.status()).toBe(200);
  expect(cacheStatus(signedIn)).toBeUndefined();
  await staff.context().close();

  // A 404 is not kept: the next visit asks the app again.
  const missing = `/honorees/${randomUUID()}`;
  expect((await request.get(missing)).status()).toBe(404);
  const again = await request.get(missing);
  expect(again.status()).toBe(404);
  expect(cacheStatus(again)).toBeUndefined();
});
