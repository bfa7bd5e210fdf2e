import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db";
import { signInViaApi } from "./support/sign-in";

test.use({ locale: "vi-VN" });

const admin = { email: "admin@vinhdanh.demo", password: "QuanTri#VinhDanh2025" };
const suffix = () => randomUUID().slice(0, 8).toUpperCase();

/** A calendar day `offset` days from today, as the server's local calendar (and a date input) writes it. */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

const database = () => createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });

/** A draft movement with a complete definition, written straight to the database. */
async function draftMovement(options: {
  name: string;
  startsOn: string;
  endsOn: string;
  phases: { kind: "REGISTRATION" | "NOMINATION" | "REVIEW"; startsOn: string; endsOn: string }[];
}) {
  const db = database();
  const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
  const utc = (value: string) => new Date(`${value}T00:00:00.000Z`);
  const movement = await db.movement.create({
    data: {
      code: `E2E-MA-${suffix()}`,
      name: options.name,
      description: "Phong trào thử nghiệm cho trang quản lý.",
      organizingUnitId: root.id,
      coverageUnitId: root.id,
      startsOn: utc(options.startsOn),
      endsOn: utc(options.endsOn),
      phases: {
        create: options.phases.map((p) => ({ kind: p.kind, startsOn: utc(p.startsOn), endsOn: utc(p.endsOn) })),
      },
      criteria: {
        create: [
          { position: 1, name: "Chất lượng tham mưu", guidance: "Đúng, kịp thời, sáng tạo.", weight: 60, maxScore: 10 },
          {
            position: 2,
            name: "Chất lượng phục vụ",
            guidance: "Người dân, doanh nghiệp hài lòng.",
            weight: 40,
            maxScore: 10,
          },
        ],
      },
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 90 }],
      },
    },
  });
  await db.$disconnect();
  return movement;
}

async function fillCriterion(
  page: Page,
  n: number,
  values: { name: string; guidance: string; weight: string; maxScore: string },
) {
  const label = (field: string) => page.getByLabel(`Tiêu chí ${n} – ${field}`, { exact: true });
  await label("Tên tiêu chí").fill(values.name);
  await label("Hướng dẫn chấm cho thành viên hội đồng").fill(values.guidance);
  await label("Trọng số (%)").fill(values.weight);
  await label("Điểm tối đa").fill(values.maxScore);
}

const phaseLabel = (phase: string, end: "start" | "end") =>
  `${phase} – ${end === "start" ? "Ngày bắt đầu" : "Ngày kết thúc"}`;

test("an administrator creates a movement with 5 criteria and 2 titles, fixes what the server refused, and opens it", async ({
  page,
}) => {
  const code = `E2E-TMG-${suffix()}`;
  // Unlike the seeded movements' names, so other specs' links stay unambiguous in a shared database.
  const name = `Phong trào thử nghiệm quản trị ${code}`;
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/movements");
  await page.getByRole("link", { name: "Phát động phong trào mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phát động phong trào mới" })).toBeVisible();

  await page.getByLabel("Mã phong trào", { exact: true }).fill(code);
  await page.getByLabel("Tên phong trào", { exact: true }).fill(name);
  await page.getByLabel("Tên tiếng Anh (không bắt buộc)", { exact: true }).fill(`Administration test movement ${code}`);
  await page.getByLabel("Khẩu hiệu (không bắt buộc)").fill("Thi đua thử nghiệm, kiểm thử tự động");
  await page
    .getByLabel("Mô tả: mục tiêu, chỉ tiêu, đối tượng thi đua")
    .fill("Nâng cao chất lượng tham mưu và phục vụ người dân, doanh nghiệp.");
  await page.getByLabel("Ngày bắt đầu", { exact: true }).fill(day(-5));
  await page.getByLabel("Ngày kết thúc", { exact: true }).fill(day(300));
  const phases: [string, number, number][] = [
    ["Đăng ký thi đua", -5, 10],
    ["Đề nghị khen thưởng", 11, 40],
    // Deliberately overlapping the nomination phase: the server must refuse it at this field.
    ["Thẩm định, chấm điểm", 35, 60],
    ["Công khai, lấy ý kiến", 61, 75],
    ["Hội đồng xét, quyết định", 76, 90],
    ["Công bố, tôn vinh", 91, 100],
  ];
  for (const [phase, start, end] of phases) {
    await page.getByLabel(phaseLabel(phase, "start")).fill(day(start));
    await page.getByLabel(phaseLabel(phase, "end")).fill(day(end));
  }

  const criteria = [
    {
      name: "Chất lượng, tiến độ tham mưu",
      guidance: "Tham mưu đúng, kịp thời, sáng tạo.",
      weight: "30",
      maxScore: "10",
    },
    {
      name: "Hiệu quả phục vụ, sự hài lòng của người dân",
      guidance: "Khảo sát mức độ hài lòng.",
      weight: "25",
      maxScore: "10",
    },
    { name: "Đổi mới, sáng kiến", guidance: "Sáng kiến được công nhận, nhân rộng.", weight: "20", maxScore: "10" },
    { name: "Liêm chính, kỷ luật, đạo đức công vụ", guidance: "Không vi phạm kỷ luật.", weight: "15", maxScore: "10" },
    { name: "Sức lan toả của điển hình", guidance: "Được giới thiệu, học tập.", weight: "5", maxScore: "5" },
  ];
  for (const [i, criterion] of criteria.entries()) {
    if (i > 0) {
      await page.getByRole("button", { name: "Thêm tiêu chí" }).click();
      await expect(page.getByLabel(`Tiêu chí ${i + 1} – Tên tiêu chí`, { exact: true })).toBeFocused();
    }
    await fillCriterion(page, i + 1, criterion);
  }
  // The form says the weights are wrong before anything is sent.
  const total = page.locator("#criteria-total");
  await expect(total).toHaveText("Tổng trọng số: 95/100 — cần đúng 100");
  await expect(total).toHaveAttribute("aria-live", "polite");
  await page.getByLabel("Tiêu chí 5 – Trọng số (%)", { exact: true }).fill("10");
  await expect(total).toHaveText("Tổng trọng số: 100/100 — hợp lệ");

  // Reordering by keyboard-operable buttons keeps each row's values with it.
  await page.getByRole("button", { name: "Chuyển tiêu chí 5 lên" }).click();
  await expect(page.getByLabel("Tiêu chí 4 – Tên tiêu chí", { exact: true })).toHaveValue(criteria[4]!.name);
  await expect(page.getByRole("button", { name: "Chuyển tiêu chí 4 lên" })).toBeFocused();
  await page.getByRole("button", { name: "Chuyển tiêu chí 4 xuống" }).click();
  await expect(page.getByLabel("Tiêu chí 5 – Tên tiêu chí", { exact: true })).toHaveValue(criteria[4]!.name);

  const title = (n: number, field: string) => page.getByLabel(`Danh hiệu ${n} – ${field}`, { exact: true });
  await title(1, "Tên danh hiệu, hình thức khen thưởng").fill("Điển hình tiên tiến");
  await title(1, "Chỉ tiêu toàn phong trào").fill("150");
  await title(1, "Chỉ tiêu mỗi đơn vị").fill("3");
  await title(1, "Tỷ lệ thông qua của hội đồng (%)").fill("90");
  await page.getByRole("button", { name: "Thêm danh hiệu" }).click();
  await title(2, "Tên danh hiệu, hình thức khen thưởng").fill("Bằng khen");
  await title(2, "Đối tượng").selectOption("INDIVIDUAL");
  await title(2, "Tỷ lệ thông qua của hội đồng (%)").fill("120");

  await page.getByRole("button", { name: "Tạo phong trào" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Vui lòng sửa các mục được đánh dấu." })).toBeVisible();
  const threshold = title(2, "Tỷ lệ thông qua của hội đồng (%)");
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  await expect(threshold).toHaveAccessibleDescription(/Tỷ lệ thông qua phải từ 1% đến 100%\./);
  const reviewStart = page.getByLabel(phaseLabel("Thẩm định, chấm điểm", "start"));
  await expect(reviewStart).toHaveAccessibleDescription("Giai đoạn này bắt đầu trước khi giai đoạn trước kết thúc.");
  // Nothing typed is lost.
  await expect(page.getByLabel("Mã phong trào", { exact: true })).toHaveValue(code);
  await expect(page.getByLabel("Tiêu chí 3 – Tên tiêu chí", { exact: true })).toHaveValue(criteria[2]!.name);
  await expect(page.getByLabel("Tiêu chí 5 – Trọng số (%)", { exact: true })).toHaveValue("10");
  await expect(title(1, "Chỉ tiêu toàn phong trào")).toHaveValue("150");
  await expect(title(2, "Đối tượng")).toHaveValue("INDIVIDUAL");
  await expect(page.getByLabel(phaseLabel("Công bố, tôn vinh", "end"))).toHaveValue(day(100));
  await expect(total).toHaveText("Tổng trọng số: 100/100 — hợp lệ");

  await threshold.fill("60");
  await reviewStart.fill(day(41));
  await page.getByRole("button", { name: "Tạo phong trào" }).click();

  await expect(page).toHaveURL(/\/admin\/movements\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const lifecycle = page.getByRole("region", { name: "Vòng đời phong trào" });
  await expect(lifecycle.getByText("Trạng thái hiện tại: Dự thảo")).toBeVisible();

  await lifecycle.getByRole("button", { name: "Mở phong trào…" }).click();
  const question = lifecycle.getByText(/^Mở phong trào “.+”\?/);
  await expect(question).toBeFocused();
  // Cancel first: nothing changes, focus returns to the button.
  await page.keyboard.press("Escape");
  await expect(lifecycle.getByRole("button", { name: "Mở phong trào…" })).toBeFocused();
  await lifecycle.getByRole("button", { name: "Mở phong trào…" }).click();
  await lifecycle.getByRole("button", { name: "Xác nhận: Mở phong trào" }).click();
  await expect(lifecycle.getByRole("status")).toHaveText("Đã chuyển trạng thái phong trào.");
  await expect(lifecycle.getByText("Trạng thái hiện tại: Đang mở")).toBeVisible();
  await expect(lifecycle.getByText("Bước tiếp theo: Đang xét chọn")).toBeVisible();

  await page.getByRole("link", { name: "Xem trang phong trào" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Đang mở", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tiêu chí và trọng số" }).getByRole("row")).toHaveCount(6);
  await expect(page.getByRole("heading", { name: "Bằng khen" })).toBeVisible();

  const db = database();
  const stored = await db.movement.findUniqueOrThrow({
    where: { id },
    include: {
      criteria: { orderBy: { position: "asc" } },
      awardTitles: { orderBy: { position: "asc" } },
      phases: true,
    },
  });
  const events = await db.auditEvent.findMany({
    where: { objectType: "Movement", objectId: id },
    orderBy: { at: "asc" },
  });
  await db.$disconnect();
  expect(stored.status).toBe("OPEN");
  expect(stored.criteria.map((c) => c.weight)).toEqual([30, 25, 20, 15, 10]);
  expect(stored.awardTitles.map((t) => [t.name, t.eligibility, t.approvalThresholdPercent])).toEqual([
    ["Điển hình tiên tiến", "BOTH", 90],
    ["Bằng khen", "INDIVIDUAL", 60],
  ]);
  expect(stored.phases).toHaveLength(6);
  expect(events.map((e) => e.action)).toEqual(["movement.created", "movement.status_changed"]);
  expect(events[1]?.after).toEqual({ status: "OPEN" });
});

test("saving over someone else's change is refused with a conflict message, keeping what was typed", async ({
  browser,
}) => {
  const movement = await draftMovement({
    name: `Phong trào thử xung đột ${suffix()}`,
    startsOn: day(-10),
    endsOn: day(200),
    phases: [{ kind: "NOMINATION", startsOn: day(0), endsOn: day(30) }],
  });
  const context = await browser.newContext({ locale: "vi-VN" });
  const first = await context.newPage();
  await signInViaApi(first, admin.email, admin.password);
  const second = await context.newPage();
  await first.goto(`/admin/movements/${movement.id}`);
  await second.goto(`/admin/movements/${movement.id}`);

  await first.getByLabel("Tên phong trào", { exact: true }).fill(`${movement.name} – bản của người thứ nhất`);
  await first.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();

  const secondName = `${movement.name} – bản của người thứ hai`;
  await second.getByLabel("Tên phong trào", { exact: true }).fill(secondName);
  await second.getByLabel("Tiêu chí 2 – Trọng số (%)", { exact: true }).fill("45");
  await second.getByLabel("Tiêu chí 1 – Trọng số (%)", { exact: true }).fill("55");
  await second.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Dữ liệu vừa được người khác thay đổi." })).toBeVisible();
  await expect(second.getByLabel("Tên phong trào", { exact: true })).toHaveValue(secondName);
  await expect(second.getByLabel("Tiêu chí 1 – Trọng số (%)", { exact: true })).toHaveValue("55");

  const db = database();
  const stored = await db.movement.findUniqueOrThrow({
    where: { id: movement.id },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
  await db.$disconnect();
  expect(stored.name).toBe(`${movement.name} – bản của người thứ nhất`);
  expect(stored.criteria.map((c) => c.weight)).toEqual([60, 40]);
  expect(stored.version).toBe(movement.version + 1);
  await context.close();
});

test("copying a past movement as the template of a new cycle makes a draft with every date moved", async ({ page }) => {
  const source = await draftMovement({
    name: `Phong trào giai đoạn 2019–2024 ${suffix()}`,
    startsOn: "2019-01-01",
    endsOn: "2024-12-31",
    phases: [
      { kind: "REGISTRATION", startsOn: "2019-01-01", endsOn: "2019-03-31" },
      { kind: "NOMINATION", startsOn: "2024-06-01", endsOn: "2024-08-31" },
    ],
  });
  await signInViaApi(page, admin.email, admin.password);
  await page.goto(`/admin/movements/${source.id}`);
  const copy = page.getByRole("form", { name: "Sao chép làm mẫu cho đợt mới" });
  await expect(copy.getByLabel("Ngày bắt đầu đợt mới")).toHaveValue("2025-01-01");
  const code = `E2E-NEW-${suffix()}`;
  const name = `Phong trào giai đoạn 2025–2030 ${code}`;
  await copy.getByLabel("Mã phong trào mới").fill(code);
  await copy.getByLabel("Tên phong trào mới").fill(name);
  await copy.getByRole("button", { name: "Sao chép thành phong trào mới" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(page.url()).not.toContain(source.id);
  await expect(page.getByRole("link", { name: source.name })).toHaveAttribute("href", `/admin/movements/${source.id}`);
  await expect(page.getByText("Trạng thái hiện tại: Dự thảo")).toBeVisible();
  await expect(page.getByLabel("Ngày bắt đầu", { exact: true })).toHaveValue("2025-01-01");
  await expect(page.getByLabel("Ngày kết thúc", { exact: true })).toHaveValue("2030-12-31");
  await expect(page.getByLabel(phaseLabel("Đăng ký thi đua", "end"))).toHaveValue("2025-03-31");
  await expect(page.getByLabel(phaseLabel("Đề nghị khen thưởng", "start"))).toHaveValue("2030-06-01");
  await expect(page.getByLabel("Tiêu chí 2 – Tên tiêu chí", { exact: true })).toHaveValue("Chất lượng phục vụ");

  const db = database();
  const copied = await db.movement.findUniqueOrThrow({ where: { code } });
  await db.$disconnect();
  expect(copied.status).toBe("DRAFT");
  expect(copied.copiedFromId).toBe(source.id);
});

test("the editor is not found for a malformed or unknown id", async ({ page }) => {
  await signInViaApi(page, admin.email, admin.password);
  for (const path of ["/admin/movements/khong-phai-uuid", `/admin/movements/${randomUUID()}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("once a movement has nominations its criteria and titles are read-only, and a new version takes the changes", async ({
  page,
}) => {
  const source = await draftMovement({
    name: `Phong trào đã có hồ sơ ${suffix()}`,
    startsOn: "2026-01-01",
    endsOn: "2030-12-31",
    phases: [{ kind: "NOMINATION", startsOn: "2026-01-01", endsOn: "2030-06-30" }],
  });
  const db = database();
  const [title, officer] = await Promise.all([
    db.awardTitle.findFirstOrThrow({ where: { movementId: source.id } }),
    db.user.findUniqueOrThrow({ where: { email: admin.email } }),
  ]);
  await db.nomination.create({
    data: {
      movementId: source.id,
      awardTitleId: title.id,
      unitId: source.coverageUnitId,
      nominatingUnitId: source.coverageUnitId,
      createdById: officer.id,
      nomineeKind: "INDIVIDUAL",
      nomineeName: "Nguyễn Thị Hồ Sơ",
      nomineeNameSearch: "nguyen thi ho so",
    },
  });

  await signInViaApi(page, admin.email, admin.password);
  await page.goto(`/admin/movements/${source.id}`);
  await expect(page.getByRole("heading", { name: "Tiêu chí và danh hiệu đã được chốt" })).toBeVisible();
  // Shown, but not as inputs anyone could change.
  await expect(page.getByText("Chất lượng tham mưu").first()).toBeVisible();
  await expect(page.getByLabel("Tiêu chí 1 – Tên tiêu chí", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Thêm tiêu chí" })).toHaveCount(0);

  const newVersion = page.getByRole("form", { name: "Tạo phiên bản mới" });
  await expect(newVersion.getByLabel("Mã phong trào mới")).toHaveValue(`${source.code}-V2`);
  await newVersion.getByRole("button", { name: "Tạo phiên bản mới" }).click();

  // The new version is a draft whose criteria can be edited again; the original keeps its nomination.
  await expect(page.getByLabel("Tiêu chí 1 – Tên tiêu chí", { exact: true })).toHaveValue("Chất lượng tham mưu");
  expect(page.url()).not.toContain(source.id);
  const copy = await db.movement.findUniqueOrThrow({
    where: { code: `${source.code}-V2` },
    include: { _count: { select: { nominations: true } } },
  });
  expect(copy).toMatchObject({ status: "DRAFT", copiedFromId: source.id, _count: { nominations: 0 } });
  expect(await db.nomination.count({ where: { movementId: source.id } })).toBe(1);
  await db.$disconnect();
});
