import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { toSearchText } from "../lib/text/search-text";
import { demoAccount } from "./support/accounts";
import { createChildUnit, dayFromToday, e2eDatabase, insertHonouredNominee, signedInPage } from "./support/world";

// An administrator publishes a movement's decision on the roster, revokes one recognition and
// finds it, marked, in the merit history, then unpublishes the roster; an anonymous visitor's
// roster follows each step, and the audit log has the publication. The rules have integration
// tests in lib/roster/publishing.test.ts; this walks the real pages, by keyboard where practical.
// The world is a movement of its own: other specs rely on the seeded TMG roster staying public.
test.use({ locale: "vi-VN" });

// A worker may run beforeAll again later for another test of this file (fullyParallel): each
// run gets its own suffix, so the world's unique codes never collide with the earlier one.
let run = randomUUID().slice(0, 6);
let db: PrismaClient;
let world: Awaited<ReturnType<typeof createWorld>>;

/** A decided, unpublished movement of a new union with two honorees (names unique to `run`). */
async function createWorld(run: string) {
  const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
  const unit = await createChildUnit(db, "RAD", `Công đoàn cơ sở Sở Xây dựng thử ${run}`, root);
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoAccount("ADMIN").email }, select: { id: true } });
  const movement = await db.movement.create({
    data: {
      code: `E2E-RAD-${run}`,
      name: `Phong trào thử công bố ${run}`,
      description: "Phong trào dùng cho kiểm thử công bố và thu hồi danh hiệu.",
      organizingUnitId: unit.id,
      coverageUnitId: unit.id,
      startsOn: dayFromToday(-400),
      endsOn: dayFromToday(-30),
      status: "DECISION",
      visibility: "PUBLIC",
      requiresRegistration: false,
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
    },
    include: { awardTitles: true },
  });
  const title = movement.awardTitles[0]!;
  const decision = await db.decision.create({
    data: {
      movementId: movement.id,
      number: `88/QĐ-RAD-${run}`,
      issuedOn: dayFromToday(-5),
      signerName: "Hoàng Văn Ký",
      issuingAuthority: "Ban Thường vụ thử",
      recordedById: admin.id,
    },
  });
  const honoree = (name: string) =>
    insertHonouredNominee(db, {
      movementId: movement.id,
      titleId: title.id,
      unit,
      decision,
      createdById: admin.id,
      name,
    });
  const revoked = await honoree(`Đặng Thị Thu Hồi ${run}`);
  const kept = await honoree(`Lương Văn Giữ ${run}`);
  return { movement, decision, revoked, kept };
}

test.beforeAll(async () => {
  db = e2eDatabase();
  run = randomUUID().slice(0, 6);
  world = await createWorld(run);
});

test.afterAll(async () => {
  await db?.$disconnect();
});

const adminPage = () => `/admin/movements/${world.movement.id}/honorees`;

/** What an anonymous visitor's roster of the movement lists, in a fresh context each time. */
async function anonymousRoster(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto(`/honorees?movement=${world.movement.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return page;
}

/** Activates a control from the keyboard. */
async function press(page: Page, control: ReturnType<Page["getByRole"]>) {
  await control.focus();
  await page.keyboard.press("Enter");
}

test("an administrator publishes, revokes one recognition, finds it in the merit history and unpublishes", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, demoAccount("ADMIN"));
  await admin.goto(adminPage());
  await expect(admin.getByRole("heading", { level: 1, name: "Vinh danh và công bố" })).toBeVisible();
  await expect(admin.getByRole("heading", { level: 2, name: `Quyết định số ${world.decision.number}` })).toBeVisible();
  await expect(admin.getByText("Chưa công bố: danh sách vinh danh chưa hiển thị những người này.")).toBeVisible();

  // Publish for everyone.
  const audience = admin.getByLabel("Ai được xem danh sách");
  await expect(audience).toHaveValue("PUBLIC");
  await press(admin, admin.getByRole("button", { name: "Công bố", exact: true }));
  await expect(
    admin.getByRole("status").filter({ hasText: "Đã công bố danh sách: 2 người được khen thưởng đang hiển thị." }),
  ).toBeVisible();
  await expect(admin.getByText(/^Đã công bố cho mọi người từ /)).toBeVisible();
  await expect(admin.getByRole("button", { name: "Thôi công bố" })).toBeVisible();

  let visitor = await anonymousRoster(browser);
  await expect(visitor.getByRole("link", { name: world.revoked.name, exact: true })).toBeVisible();
  await expect(visitor.getByRole("link", { name: world.kept.name, exact: true })).toBeVisible();
  await visitor.context().close();

  // Revoke one: the form refuses empty fields, keeps what was typed, then revokes.
  await press(admin, admin.getByRole("link", { name: `Thu hồi danh hiệu của ${world.revoked.name}` }));
  await expect(
    admin.getByRole("heading", { level: 1, name: `Thu hồi danh hiệu của ${world.revoked.name}` }),
  ).toBeVisible();
  const reason = admin.getByLabel("Lý do thu hồi");
  const reference = admin.getByLabel("Số quyết định thu hồi");
  await reason.fill("Hồ sơ đề nghị kê khai không trung thực");
  await press(admin, admin.getByRole("button", { name: "Thu hồi danh hiệu" }));
  await expect(admin.getByRole("alert").filter({ hasText: "Vui lòng sửa các mục được đánh dấu." })).toBeVisible();
  await expect(reference).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveValue("Hồ sơ đề nghị kê khai không trung thực");
  await reference.fill(`15/QĐ-RAD-${run}`);
  await press(admin, admin.getByRole("button", { name: "Thu hồi danh hiệu" }));
  await expect(admin).toHaveURL(
    new RegExp(`/admin/movements/${world.movement.id}/honorees\\?revoked=${world.revoked.id}$`),
  );
  await expect(
    admin.getByRole("status").filter({ hasText: `Đã thu hồi danh hiệu của ${world.revoked.name}.` }),
  ).toBeVisible();
  const revokedRow = admin.getByRole("row").filter({ hasText: world.revoked.name });
  await expect(revokedRow).toContainText("Đã thu hồi");
  await expect(revokedRow).toContainText(
    `Lý do: Hồ sơ đề nghị kê khai không trung thực. Quyết định thu hồi: 15/QĐ-RAD-${run}.`,
  );
  await expect(revokedRow.getByRole("link", { name: /^Thu hồi danh hiệu của/ })).toHaveCount(0);
  await expect(admin.getByText("1 đang hiển thị · 0 chưa hiển thị · 1 đã thu hồi")).toBeVisible();

  visitor = await anonymousRoster(browser);
  await expect(visitor.getByRole("link", { name: world.kept.name, exact: true })).toBeVisible();
  await expect(visitor.getByText(world.revoked.name)).toHaveCount(0);
  await visitor.context().close();

  // The merit history search finds the holder without diacritics, the revocation marked.
  await admin.goto("/admin/merit");
  const searchBox = admin.getByRole("searchbox", { name: "Tên cá nhân hoặc tập thể" });
  await searchBox.fill(toSearchText(world.revoked.name));
  await searchBox.press("Enter");
  await expect(admin.getByRole("status").filter({ hasText: "Tìm thấy 1 người hoặc tập thể" })).toBeVisible();
  const holderRow = admin.getByRole("row").filter({ hasText: world.revoked.name });
  // The name is the row's header; then kind, unit, birth year, recognitions, revoked, latest year.
  await expect(holderRow.getByRole("cell").nth(3)).toHaveText("1");
  await expect(holderRow.getByRole("cell").nth(4)).toHaveText("1");
  await press(admin, admin.getByRole("link", { name: `Xem lịch sử khen thưởng của ${world.revoked.name}` }));
  await expect(
    admin.getByRole("heading", { level: 2, name: `Lịch sử khen thưởng: ${world.revoked.name}` }),
  ).toBeVisible();
  const entry = admin
    .getByRole("table", { name: "Các danh hiệu, mới nhất trước" })
    .getByRole("row")
    .filter({ hasText: world.movement.name });
  await expect(entry).toContainText("Đã thu hồi");
  await expect(entry).toContainText(`Quyết định thu hồi: 15/QĐ-RAD-${run}`);
  await expect(entry).toContainText(world.decision.number);

  // Unpublish with a reason: the roster of the movement is empty.
  await admin.goto(adminPage());
  await admin.getByLabel("Lý do thôi công bố").fill("Công bố nhầm, cần rà soát lại danh sách.");
  await press(admin, admin.getByRole("button", { name: "Thôi công bố" }));
  await expect(
    admin.getByRole("status").filter({ hasText: "Đã thôi công bố: 1 người được khen thưởng không còn hiển thị." }),
  ).toBeVisible();
  await expect(admin.getByText("Chưa công bố: danh sách vinh danh chưa hiển thị những người này.")).toBeVisible();
  await expect(admin.getByText(/Lý do: Công bố nhầm, cần rà soát lại danh sách\.$/)).toBeVisible();
  await expect(admin.getByRole("button", { name: "Công bố", exact: true })).toBeVisible();

  visitor = await anonymousRoster(browser);
  await expect(visitor.getByText(world.kept.name)).toHaveCount(0);
  await expect(visitor.getByText(world.revoked.name)).toHaveCount(0);
  await visitor.context().close();

  // The audit log lists the publication of this movement.
  await admin.goto(`/admin/audit?action=roster.published`);
  await expect(
    admin
      .getByRole("row")
      .filter({ hasText: `Movement ${world.movement.id}` })
      .filter({ hasText: "roster.published" }),
  ).toHaveCount(1);
  await admin.context().close();
});

test("a stale page cannot undo another administrator's step", async ({ browser }) => {
  // Both administrators open the page of an unpublished roster; the first publishes, then the
  // second's publish (from the page it still shows) is refused as a conflict.
  const first = await signedInPage(browser, demoAccount("ADMIN"));
  const second = await signedInPage(browser, demoAccount("ADMIN"));
  const other = await createWorld(`${run}b`);
  const path = `/admin/movements/${other.movement.id}/honorees`;
  await first.goto(path);
  await second.goto(path);
  await press(first, first.getByRole("button", { name: "Công bố", exact: true }));
  await expect(first.getByRole("status").filter({ hasText: "Đã công bố danh sách" })).toBeVisible();
  await second.getByLabel("Ai được xem danh sách").selectOption("STAFF");
  await press(second, second.getByRole("button", { name: "Công bố", exact: true }));
  await expect(second.getByRole("alert").filter({ hasText: "Dữ liệu vừa được người khác thay đổi." })).toBeVisible();
  expect((await db.decision.findUniqueOrThrow({ where: { id: other.decision.id } })).rosterAudience).toBe("PUBLIC");
  await first.context().close();
  await second.context().close();
});
