import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { toSearchText } from "../lib/text/search-text";
import { signInViaApi } from "./support/sign-in";
import { createChildUnit, dayFromToday, e2eDatabase } from "./support/world";

test.use({ locale: "vi-VN" });

/** A day `offset` days from today (UTC), as the date input and the database take it. */
const day = dayFromToday;
const ymd = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A grassroots union under a new parent, its officer (with a password of their own, never a
 * demo account's), and an open movement covering the parent whose registration runs now.
 */
async function createWorld() {
  const db = e2eDatabase();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const unit = (name: string, parent: { id: string; path: string; depth: number }) =>
      createChildUnit(db, "REG", name, parent);
    const parent = await unit(`Công đoàn khối thử đăng ký ${run}`, root);
    const grassroots = await unit(`Công đoàn cơ sở Trường Đại học Thử nghiệm ${run}`, parent);
    const password = `Dang-ky-${run}-mat-khau`;
    const fullName = `Cán bộ đăng ký ${run}`;
    const officer = await db.user.create({
      data: {
        email: `dang-ky-${run}@test.vinhdanh`,
        fullName,
        fullNameSearch: toSearchText(fullName),
        passwordHash: await hashPassword(password),
        sessionsValidAfter: new Date(Date.now() - 60_000),
        roles: { create: [{ role: "OFFICER", unitId: grassroots.id }] },
      },
    });
    const movement = await db.movement.create({
      data: {
        code: `E2E-REG-${run}`,
        name: `Phong trào thử đăng ký ${run}`,
        description: "Phong trào dùng cho kiểm thử đăng ký thi đua.",
        organizingUnitId: parent.id,
        coverageUnitId: parent.id,
        startsOn: day(-30),
        endsOn: day(300),
        status: "OPEN",
        visibility: "STAFF",
        phases: { create: [{ kind: "REGISTRATION", startsOn: day(-30), endsOn: day(30) }] },
      },
    });
    return { unitName: grassroots.name, unitId: grassroots.id, officer: { email: officer.email, password }, movement };
  } finally {
    await db.$disconnect();
  }
}

async function openRegistrationForm(page: Page, movementId: string) {
  await page.goto(`/movements/${movementId}`);
  await page.getByRole("link", { name: "Đăng ký thi đua cho đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký thi đua" })).toBeVisible();
}

test("an officer registers their unit with two pledged targets, then records a result against one", async ({
  page,
}) => {
  const world = await createWorld();
  await signInViaApi(page, world.officer.email, world.officer.password);

  // The movement list tells the officer which movements cover their unit (the demo ones cover every unit too).
  await page.goto("/movements");
  const listed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: world.movement.name }) });
  await expect(listed.getByText(`${world.unitName}: chưa đăng ký`)).toBeVisible();

  await openRegistrationForm(page, world.movement.id);
  // The only unit the officer may register is chosen already.
  await expect(page.getByLabel("Đơn vị đăng ký")).toHaveValue(world.unitId);
  const pledge = "Đơn vị cam kết hoàn thành xuất sắc nhiệm vụ, đẩy mạnh chuyển đổi số trong công tác tham mưu.";
  await page.getByLabel("Nội dung cam kết").fill(pledge);
  await page.getByLabel("Chỉ tiêu 1: nội dung").fill("Tổ chức hội thảo chuyên đề về chuyển đổi số");
  await page.getByLabel("Chỉ tiêu 1: mức phấn đấu").fill("4");
  await page.getByLabel("Chỉ tiêu 1: đơn vị tính").fill("hội thảo");
  await page.getByLabel("Chỉ tiêu 1: thời hạn").fill(ymd(day(120)));
  await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  // The new row takes the keyboard focus.
  await expect(page.getByLabel("Chỉ tiêu 2: nội dung")).toBeFocused();
  await page.keyboard.type("Đoàn viên được tập huấn kỹ năng số");
  await page.getByLabel("Chỉ tiêu 2: mức phấn đấu").fill("95,5");
  await page.getByLabel("Chỉ tiêu 2: đơn vị tính").fill("%");
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/movements/${world.movement.id}/registrations/[0-9a-f-]{36}$`));
  const registrationUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: world.unitName })).toBeVisible();
  await expect(page.getByLabel("Nội dung cam kết")).toHaveValue(pledge);
  await expect(page.getByLabel("Chỉ tiêu 1: nội dung")).toHaveValue("Tổ chức hội thảo chuyên đề về chuyển đổi số");
  await expect(page.getByLabel("Chỉ tiêu 1: thời hạn")).toHaveValue(ymd(day(120)));
  await expect(page.getByLabel("Chỉ tiêu 2: nội dung")).toHaveValue("Đoàn viên được tập huấn kỹ năng số");
  await expect(page.getByLabel("Chỉ tiêu 2: mức phấn đấu")).toHaveValue("95.5");

  await page.goto(`/movements/${world.movement.id}`);
  const section = page.getByRole("region", { name: "Cam kết và kết quả" });
  await expect(section.getByText(pledge)).toBeVisible();
  const table = section.getByRole("table", { name: `Chỉ tiêu và kết quả của ${world.unitName}` });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /Tổ chức hội thảo/ })).toContainText("4 hội thảo");
  await expect(table.getByRole("row", { name: /Tổ chức hội thảo/ })).toContainText("Chưa ghi");
  await expect(table.getByRole("row", { name: /tập huấn kỹ năng số/ })).toContainText("95,5 %");
  // Registered: no more call to register, a link to the unit's registration instead.
  await expect(page.getByRole("link", { name: "Đăng ký thi đua cho đơn vị" })).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Đăng ký của đơn vị bạn" })
    .getByRole("link", { name: world.unitName })
    .click();
  await expect(page).toHaveURL(registrationUrl);

  await page.getByLabel("Chỉ tiêu 1: kết quả đạt được").fill("5");
  await page.getByLabel("Chỉ tiêu 1: ghi chú kết quả").fill("Tổ chức thêm một hội thảo trực tuyến");
  await page.getByLabel("Tóm tắt kết quả chung").fill("Hoàn thành vượt mức chỉ tiêu hội thảo.");
  await page.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu kết quả." })).toBeVisible();

  await page.goto(`/movements/${world.movement.id}`);
  const results = page.getByRole("table", { name: `Chỉ tiêu và kết quả của ${world.unitName}` });
  const first = results.getByRole("row", { name: /Tổ chức hội thảo/ });
  await expect(first).toContainText("4 hội thảo");
  await expect(first).toContainText("5 hội thảo");
  await expect(first).toContainText("Đạt");
  await expect(first).toContainText("Tổ chức thêm một hội thảo trực tuyến");
  await expect(results.getByRole("row", { name: /tập huấn kỹ năng số/ })).toContainText("Chưa ghi");
  await expect(page.getByText("Hoàn thành vượt mức chỉ tiêu hội thảo.")).toBeVisible();

  await page.goto("/movements");
  await expect(page.getByRole("link", { name: `${world.unitName}: đã đăng ký` })).toHaveAttribute(
    "href",
    new URL(registrationUrl).pathname,
  );
});

test("a due date outside the movement's period is refused at its field, keeping everything typed", async ({ page }) => {
  const world = await createWorld();
  await signInViaApi(page, world.officer.email, world.officer.password);
  await openRegistrationForm(page, world.movement.id);

  await page.getByLabel("Nội dung cam kết").fill("Cam kết thử hạn chót");
  await page.getByLabel("Chỉ tiêu 1: nội dung").fill("Chỉ tiêu đúng hạn");
  await page.getByLabel("Chỉ tiêu 1: thời hạn").fill(ymd(day(100)));
  await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await page.getByLabel("Chỉ tiêu 2: nội dung").fill("Chỉ tiêu quá hạn");
  await page.getByLabel("Chỉ tiêu 2: mức phấn đấu").fill("12");
  await page.getByLabel("Chỉ tiêu 2: thời hạn").fill(ymd(day(400)));
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Vui lòng sửa các mục được đánh dấu." })).toBeVisible();
  const due = page.getByLabel("Chỉ tiêu 2: thời hạn");
  await expect(due).toHaveAttribute("aria-invalid", "true");
  await expect(due).toHaveAccessibleDescription("Thời hạn phải nằm trong thời gian diễn ra phong trào.");
  await expect(page.getByLabel("Chỉ tiêu 1: thời hạn")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(`/movements/${world.movement.id}/registrations/new`);
  await expect(page.getByLabel("Nội dung cam kết")).toHaveValue("Cam kết thử hạn chót");
  await expect(page.getByLabel("Chỉ tiêu 1: nội dung")).toHaveValue("Chỉ tiêu đúng hạn");
  await expect(page.getByLabel("Chỉ tiêu 2: nội dung")).toHaveValue("Chỉ tiêu quá hạn");
  await expect(page.getByLabel("Chỉ tiêu 2: mức phấn đấu")).toHaveValue("12");
  await expect(due).toHaveValue(ymd(day(400)));

  // Corrected, it goes through.
  await due.fill(ymd(day(200)));
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: world.unitName })).toBeVisible();
});
