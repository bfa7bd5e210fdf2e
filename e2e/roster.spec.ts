import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Visibility } from "../lib/generated/prisma/enums";
import { demoAccount } from "./support/accounts";
import {
  attachPortrait,
  createChildUnit,
  createPublishedDecision,
  e2eDatabase,
  insertHonouredNominee,
  signedInPage,
} from "./support/world";

// The public face of the recognitions: the roster with its search and filters, the profiles, and
// who sees what. The rules have integration tests in lib/roster; this walks the real pages.
test.use({ locale: "vi-VN" });

let db: PrismaClient;
// A worker may run beforeAll again later for another test of this file (fullyParallel): each
// run gets its own suffix, so the world's unique codes never collide with the earlier one.
let run = randomUUID().slice(0, 6);
let world: Awaited<ReturnType<typeof createWorld>>;

/** A published movement of a new union (names ending with `suffix`) with its published decision. */
const createDecidedMovement = (suffix: string) =>
  createPublishedDecision(db, {
    code: "RST",
    suffix,
    unitName: `Công đoàn cơ sở Sở Tư pháp thử ${suffix}`,
    movementName: `Phong trào thử vinh danh ${suffix}`,
  });

/** A published movement of a new union with a decision and honorees in each state (names unique to this run). */
async function createWorld() {
  const { unit, officer, movement, title, decision } = await createDecidedMovement(run);
  const honoree = (name: string, listedFor: Visibility | null, citation: string) =>
    insertHonouredNominee(db, {
      movementId: movement.id,
      titleId: title.id,
      unit,
      decision,
      createdById: officer.id,
      name,
      citation,
      listedFor,
      birthYear: 1988,
      position: "Chuyên viên Phòng Hộ tịch",
      story: "Đồng chí đã số hóa toàn bộ sổ hộ tịch của phường.\n\nGần dân, trọng dân, phục vụ tận tụy.",
    });
  const featured = await honoree(
    `Nguyễn Thị Lan ${run}`,
    "PUBLIC",
    `Tận tụy phục vụ người dân, sáng kiến số hóa hộ tịch ${run}.`,
  );
  const second = await honoree(`Lê Văn Bình ${run}`, "PUBLIC", "Tham mưu kịp thời, chính xác.");
  const staffOnly = await honoree(`Trần Thị Nội Bộ ${run}`, "STAFF", "Gương sáng trong cơ quan.");
  const unpublished = await honoree(`Phạm Văn Bí Mật ${run}`, null, "Chưa được công bố.");
  // The featured honoree has a portrait.
  await attachPortrait(db, featured.id, officer.id);
  return { movement, decision, featured, second, staffOnly, unpublished };
}

test.beforeAll(async () => {
  db = e2eDatabase();
  run = randomUUID().slice(0, 6);
  world = await createWorld();
});

test.afterAll(async () => {
  await db?.$disconnect();
});

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Tìm theo tên, đơn vị hoặc lời khen" });
const results = (page: Page) => page.getByRole("list", { name: "Danh sách gương điển hình" });

async function search(page: Page, query: string) {
  await searchBox(page).fill(query);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test("an anonymous visitor searches without diacritics and opens a profile", async ({ page }) => {
  await page.goto("/honorees");
  await expect(page.getByRole("heading", { level: 1, name: "Gương điển hình" })).toBeVisible();
  await search(page, "nguyen");
  await expect(searchBox(page)).toHaveValue("nguyen");
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ gương điển hình$/ })).toBeVisible();
  const names = await results(page).getByRole("heading", { level: 3 }).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  // Every result matches "nguyen" somewhere (name, position, unit or citation); most by the name.
  expect(names.filter((name) => name.includes("Nguyễn")).length).toBeGreaterThan(0);
  expect(names).not.toContain(world.second.name);

  // Narrow to this run's honoree and open the profile.
  await search(page, `nguyen thi lan ${run}`);
  await expect(page.getByRole("heading", { level: 2, name: "1 gương điển hình" })).toBeVisible();
  await results(page).getByRole("link", { name: world.featured.name }).click();
  await expect(page).toHaveURL(new RegExp(`/honorees/${world.featured.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: world.featured.name })).toBeVisible();
  await expect(page.getByText(`Tận tụy phục vụ người dân, sáng kiến số hóa hộ tịch ${run}.`)).toBeVisible();
  await expect(page.getByText(world.decision.number).first()).toBeVisible();
  await expect(page.getByText("Gần dân, trọng dân, phục vụ tận tụy.")).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(world.featured.name));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(world.featured.name));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "profile");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /sáng kiến số hóa hộ tịch/);

  // The portrait loads through the access-checked route, cacheable because the honoree is public.
  const portrait = page.getByRole("img", { name: `Ảnh chân dung ${world.featured.name}` });
  await expect(portrait).toBeVisible();
  expect(await portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const image = await page.request.get(`/api/honorees/${world.featured.id}/portrait`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/jpeg");
  expect(image.headers()["cache-control"]).toContain("public");
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the roster pages through a shareable URL and clamps a page past the end", async ({ page }) => {
  // A movement of its own with 30 honorees (two pages): other specs add honorees to the shared
  // roster meanwhile, which would shift rows between the two page loads.
  // (Its own suffix too: searches for `run` in the other tests must not find these.)
  const own = await createDecidedMovement(randomUUID().slice(0, 6));
  for (let i = 1; i <= 30; i++) {
    const number = String(i).padStart(2, "0");
    await insertHonouredNominee(db, {
      movementId: own.movement.id,
      titleId: own.title.id,
      unit: own.unit,
      decision: own.decision,
      createdById: own.officer.id,
      name: `Đào Văn Trang ${number}`,
      listedFor: "PUBLIC",
    });
  }
  await page.goto(`/honorees?movement=${own.movement.id}&sort=name`);
  const nav = page.getByRole("navigation", { name: "Phân trang" });
  await expect(nav.getByRole("link", { name: "Trang 1" })).toHaveAttribute("aria-current", "page");
  const firstPage = await results(page).getByRole("heading", { level: 3 }).allTextContents();
  expect(firstPage).toEqual(Array.from({ length: 24 }, (_, i) => `Đào Văn Trang ${String(i + 1).padStart(2, "0")}`));
  await nav.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(new RegExp(`/honorees\\?movement=${own.movement.id}&sort=name&page=2$`));
  await expect(
    page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang 2" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("combobox", { name: "Sắp xếp" })).toHaveValue("name");
  const secondPage = await results(page).getByRole("heading", { level: 3 }).allTextContents();
  expect(secondPage).toEqual(["25", "26", "27", "28", "29", "30"].map((n) => `Đào Văn Trang ${n}`));

  const response = await page.goto(`/honorees?movement=${own.movement.id}&sort=name&page=999`);
  expect(response?.status()).toBe(200);
  const current = page.getByRole("navigation", { name: "Phân trang" }).locator('[aria-current="page"]');
  await expect(current).toHaveAttribute("aria-label", "Trang 2");
  await expect(page.getByRole("link", { name: "Trang sau" })).toHaveCount(0);
  expect(await results(page).getByRole("heading", { level: 3 }).allTextContents()).toEqual(secondPage);
});

test("a staff-only honoree is listed for signed-in members, and an unpublished one for nobody", async ({
  page,
  browser,
}) => {
  await page.goto(`/honorees?q=${encodeURIComponent(run)}`);
  await expect(results(page).getByRole("link", { name: world.featured.name })).toBeVisible();
  await expect(results(page).getByRole("link", { name: world.staffOnly.name })).toHaveCount(0);
  await expect(page.getByText(world.unpublished.name)).toHaveCount(0);
  expect((await page.goto(`/honorees/${world.staffOnly.id}`))?.status()).toBe(404);
  await expect(page.getByText(world.staffOnly.name)).toHaveCount(0);
  await expect(page).not.toHaveTitle(new RegExp(world.staffOnly.name));

  // Searching for the unpublished honoree's name finds nothing (the box only echoes the query).
  await page.goto(`/honorees?q=${encodeURIComponent(`pham van bi mat ${run}`)}`);
  await expect(page.getByText("Không tìm thấy gương điển hình nào phù hợp.")).toBeVisible();
  await expect(page.getByText(world.unpublished.name)).toHaveCount(0);

  const staff = await signedInPage(browser, demoAccount("STAFF"));
  await staff.goto(`/honorees?q=${encodeURIComponent(run)}`);
  await expect(results(staff).getByRole("link", { name: world.staffOnly.name })).toBeVisible();
  await expect(results(staff).getByRole("link", { name: world.featured.name })).toBeVisible();
  await expect(staff.getByText(world.unpublished.name)).toHaveCount(0);
  await results(staff).getByRole("link", { name: world.staffOnly.name }).click();
  await expect(staff.getByRole("heading", { level: 1, name: world.staffOnly.name })).toBeVisible();
  await expect(
    staff.getByText("Gương điển hình này chỉ được công bố nội bộ: chỉ người đã đăng nhập xem được."),
  ).toBeVisible();
  expect((await staff.goto(`/honorees/${world.unpublished.id}`))?.status()).toBe(404);
  await staff.context().close();
});

test("a garbage query shows the empty state, not an error", async ({ page }) => {
  await page.goto("/honorees");
  await search(page, "'%<script>");
  await expect(page.getByRole("heading", { level: 2, name: "Không có gương điển hình nào" })).toBeVisible();
  await expect(page.getByText("Không tìm thấy gương điển hình nào phù hợp.")).toBeVisible();
  await expect(searchBox(page)).toHaveValue("'%<script>");
  const response = await page.goto("/honorees?q=%5C&movement=abc&unit=1%3B%20DROP&kind=X&from=0&page=-1");
  expect(response?.status()).toBe(200);
});

test("the movement's roster, and the home page's latest honorees linking to their profiles", async ({ page }) => {
  await page.goto(`/movements/${world.movement.id}/honorees`);
  await expect(page.getByRole("heading", { level: 1, name: world.movement.name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "2 gương điển hình" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Phong trào" })).toHaveCount(0);
  expect((await page.goto("/movements/not-a-uuid/honorees"))?.status()).toBe(404);

  // The latest publication first: published again just now, so other specs' honorees do not push it off the home page.
  await db.honoree.update({ where: { id: world.featured.id }, data: { publishedAt: new Date() } });
  await page.goto("/");
  const latest = page.getByRole("region", { name: "Gương điển hình mới được tôn vinh" });
  await expect(latest.getByRole("link", { name: world.featured.name })).toBeVisible();
  await expect(latest.getByRole("link", { name: world.staffOnly.name })).toHaveCount(0);
  await latest.getByRole("link", { name: "Xem tất cả gương điển hình" }).click();
  await expect(page).toHaveURL(/\/honorees$/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the roster and a profile fit the screen without horizontal scrolling", async ({ page }) => {
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    for (const path of [
      "/honorees",
      `/honorees?q=${run}`,
      `/honorees/${world.featured.id}`,
      `/movements/${world.movement.id}/honorees`,
    ]) {
      await page.goto(path);
      expect(await fits(), path).toBe(true);
    }
  });
});

test("the unit choice drills down: a union's teams are offered once the union is chosen", async ({ page }) => {
  const suffix = randomUUID().slice(0, 6);
  const { unit, officer, movement, title, decision } = await createDecidedMovement(suffix);
  const team = await createChildUnit(db, "RSTT", `Tổ công đoàn Phòng Hộ tịch ${suffix}`, unit);
  const nominee = (name: string, where: { id: string; name: string }) =>
    insertHonouredNominee(db, {
      movementId: movement.id,
      titleId: title.id,
      unit: where,
      decision,
      createdById: officer.id,
      name,
      listedFor: "PUBLIC",
    });
  await nominee(`Hoàng Văn Công Đoàn ${suffix}`, unit);
  const inTeam = await nominee(`Đỗ Thị Tổ Viên ${suffix}`, team);

  await page.goto(`/movements/${movement.id}/honorees`);
  const unitChoice = page.getByLabel("Đơn vị", { exact: true });
  const offered = () => unitChoice.locator("option").allTextContents();
  // The union is offered; its team, a level further down, is not yet.
  expect((await offered()).map((label) => label.trim())).toContain(unit.name);
  expect((await offered()).map((label) => label.trim())).not.toContain(team.name);

  await unitChoice.selectOption(unit.id);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]unit=${unit.id}`));
  await expect(unitChoice).toHaveValue(unit.id);
  expect((await offered()).map((label) => label.trim())).toContain(team.name);

  await unitChoice.selectOption(team.id);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]unit=${team.id}`));
  await expect(results(page).getByRole("heading", { level: 3 })).toHaveText([inTeam.name]);
});
