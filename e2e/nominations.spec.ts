import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { toSearchText } from "../lib/text/search-text";
import { pdf } from "../scripts/test/sample-files";
import { signInViaApi } from "./support/sign-in";
import { createChildUnit, dayFromToday, e2eDatabase, signedInPage } from "./support/world";

test.use({ locale: "vi-VN" });

const admin = { email: "admin@vinhdanh.demo", password: "QuanTri#VinhDanh2025" };
const database = e2eDatabase;

const day = dayFromToday;

/**
 * A grassroots union under a new parent, registered for an OPEN movement (taking nominations
 * now) with two criteria and one title; two officers of that union, each with a password of
 * their own.
 */
async function createWorld() {
  const db = database();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const unit = (name: string, parent: { id: string; path: string; depth: number }) =>
      createChildUnit(db, "NOM", name, parent);
    const parent = await unit(`Công đoàn khối thử đề cử ${run}`, root);
    const grassroots = await unit(`Công đoàn cơ sở Sở Tư pháp thử ${run}`, parent);
    const password = `De-cu-${run}-mat-khau`;
    const officer = async (key: string) => {
      const fullName = `Cán bộ đề cử ${key} ${run}`;
      const user = await db.user.create({
        data: {
          email: `de-cu-${key}-${run}@test.vinhdanh`,
          fullName,
          fullNameSearch: toSearchText(fullName),
          passwordHash: await hashPassword(password),
          sessionsValidAfter: new Date(Date.now() - 60_000),
          roles: { create: [{ role: "OFFICER", unitId: grassroots.id }] },
        },
      });
      return { id: user.id, email: user.email, password };
    };
    const first = await officer("mot");
    const second = await officer("hai");
    const movement = await db.movement.create({
      data: {
        code: `E2E-NOM-${run}`,
        name: `Phong trào thử đề cử ${run}`,
        description: "Phong trào dùng cho kiểm thử hồ sơ đề nghị khen thưởng.",
        organizingUnitId: parent.id,
        coverageUnitId: parent.id,
        startsOn: day(-60),
        endsOn: day(300),
        status: "OPEN",
        visibility: "STAFF",
        phases: {
          create: [
            { kind: "REGISTRATION", startsOn: day(-60), endsOn: day(-31) },
            { kind: "NOMINATION", startsOn: day(-30), endsOn: day(30) },
          ],
        },
        criteria: {
          create: [
            {
              position: 1,
              name: "Chất lượng tham mưu",
              guidance: "Đúng, kịp thời, sáng tạo.",
              weight: 60,
              maxScore: 10,
            },
            {
              position: 2,
              name: "Hiệu quả phục vụ",
              guidance: "Người dân, doanh nghiệp hài lòng.",
              weight: 40,
              maxScore: 10,
            },
          ],
        },
        awardTitles: {
          create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
        },
      },
      include: { awardTitles: true, criteria: { orderBy: { position: "asc" } } },
    });
    await db.registration.create({
      data: { movementId: movement.id, unitId: grassroots.id, registeredById: first.id, pledge: "Cam kết thi đua." },
    });
    return {
      run,
      unit: grassroots,
      movement,
      title: movement.awardTitles[0]!,
      criteria: movement.criteria,
      officers: [first, second] as const,
    };
  } finally {
    await db.$disconnect();
  }
}

type World = Awaited<ReturnType<typeof createWorld>>;

/** A draft dossier written straight to the database (for tests about editing, not creating). */
async function createDraft(world: World, nomineeName: string) {
  const db = database();
  try {
    const draft = await db.nomination.create({
      data: {
        movementId: world.movement.id,
        awardTitleId: world.title.id,
        unitId: world.unit.id,
        nominatingUnitId: world.unit.id,
        createdById: world.officers[0].id,
        nomineeKind: "INDIVIDUAL",
        nomineeName,
        nomineeNameSearch: toSearchText(nomineeName),
        identityKey: `INDIVIDUAL|${toSearchText(nomineeName)}|`,
      },
    });
    return draft.id;
  } finally {
    await db.$disconnect();
  }
}

const savedStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Đã lưu lúc \d{1,2}:\d{2}/ });

async function submitDossier(page: Page, opener: "Nộp hồ sơ…" | "Nộp lại hồ sơ…") {
  await page.getByRole("button", { name: opener }).click();
  await expect(page.getByText("Nộp hồ sơ này? Sau khi nộp, hồ sơ chỉ còn xem được, không sửa được.")).toBeFocused();
  // A double click must still record one submission.
  await page.getByRole("button", { name: "Xác nhận nộp" }).dblclick();
  await expect(page.getByText("Hồ sơ đã nộp hoặc đã khép lại nên chỉ xem được, không sửa được.")).toBeVisible();
  await expect(page.getByText("Đã nộp", { exact: true })).toBeVisible();
}

async function versionCount(nominationId: string): Promise<number> {
  const db = database();
  try {
    return await db.nominationVersion.count({ where: { nominationId } });
  } finally {
    await db.$disconnect();
  }
}

test("an officer creates a dossier, attaches a PDF, submits, is returned with a comment, revises and resubmits", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const world = await createWorld();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const nominee = `Nguyễn Thị Thử ${world.run}`;
  const [criterion1, criterion2] = [world.criteria[0]!, world.criteria[1]!];
  await signInViaApi(page, world.officers[0].email, world.officers[0].password);

  // From the movement page to a new draft.
  await page.goto(`/movements/${world.movement.id}`);
  await page.getByRole("link", { name: "Đề cử", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập hồ sơ đề nghị khen thưởng" })).toBeVisible();
  await expect(page.getByLabel("Cá nhân")).toBeChecked();
  await page.getByLabel("Danh hiệu, hình thức khen thưởng đề nghị").selectOption({ label: "Điển hình tiên tiến" });
  await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue(world.unit.id);
  await page.getByLabel("Họ và tên").fill(nominee);
  await page.getByRole("button", { name: "Tạo hồ sơ" }).click();
  await expect(page).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);
  const nominationId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: nominee })).toBeVisible();
  await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible();

  // The dossier: identity, eligibility facts, formatted summary, citation, self-assessments.
  await page.getByLabel("Giới tính").selectOption({ label: "Nữ" });
  await page.getByLabel("Năm sinh").fill("1985");
  await page.getByLabel("Chức vụ, chức danh").fill("Chuyên viên Phòng Hành chính tư pháp");
  await page.getByLabel("Số năm công tác").fill("12");
  await page.getByLabel("Thông tin liên hệ").fill("0912 345 678");
  await page.getByLabel("Số tháng công tác trong kỳ thi đua").fill("12");
  await page.getByLabel("Số ngày làm việc đã nghỉ trong kỳ").fill("3");

  const summary = page.getByRole("textbox", { name: "Tóm tắt thành tích" });
  const bold = page.getByRole("button", { name: "In đậm" });
  await summary.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Sáng kiến số hóa hồ sơ hộ tịch");
  await bold.click();
  await page.keyboard.type(" giúp giảm thời gian giải quyết thủ tục.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Danh sách dấu chấm" }).click();
  await page.keyboard.type("Giảm 30% thời gian chờ của người dân");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Được người dân gửi thư khen");
  await expect(page.getByText(/^Đã dùng \d+\/20\.000 ký tự/)).toBeVisible();

  const payload = "<img src=x onerror=alert(1)> Tận tụy, sáng tạo vì nhân dân phục vụ";
  await page.getByLabel("Lời trích dẫn (hiển thị công khai trong danh sách vinh danh)").fill(payload);
  await page
    .getByLabel(`Tiêu chí 1: ${criterion1.name}`)
    .fill("Tham mưu 5 văn bản quy phạm đúng hạn, được lãnh đạo đánh giá cao.");
  await page.getByLabel(`Tiêu chí 2: ${criterion2.name}`).fill("100% hồ sơ trả đúng hạn, không có phản ánh.");

  await page
    .getByLabel("Thêm tệp minh chứng")
    .setInputFiles({ name: "minh-chung-sang-kien.pdf", mimeType: "application/pdf", buffer: pdf("Sang kien so hoa") });
  await expect(page.getByRole("link", { name: "minh-chung-sang-kien.pdf" })).toBeVisible();

  // Autosave: the status line says when, and nothing was left unsaved.
  await expect(savedStatus(page)).toBeVisible({ timeout: 15_000 });

  await submitDossier(page, "Nộp hồ sơ…");
  expect(await versionCount(nominationId)).toBe(1);

  // Read-only: the payload is text, the summary keeps its bold and its list.
  await expect(page.getByText(payload)).toBeVisible();
  await expect(page.locator("img[src='x']")).toHaveCount(0);
  await expect(page.locator("strong", { hasText: "Sáng kiến số hóa hồ sơ hộ tịch" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Giảm 30% thời gian chờ của người dân" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Tóm tắt thành tích" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Lần nộp 1" })).toBeVisible();

  // The administrator returns it with a comment.
  const comment = `Bổ sung số liệu cụ thể cho tiêu chí 2 (${world.run}).`;
  const adminPage = await signedInPage(browser, admin);
  await adminPage.goto(`/nominations/${nominationId}`);
  await adminPage.getByLabel("Nội dung cần bổ sung, chỉnh sửa").fill(comment);
  await adminPage.getByRole("button", { name: "Trả lại hồ sơ" }).click();
  // Returned: the dossier now shows the comment, and there is nothing more to return.
  await expect(adminPage.getByRole("region", { name: "Hồ sơ được trả lại để bổ sung. Nhận xét:" })).toContainText(
    comment,
  );
  await expect(adminPage.getByRole("form", { name: "Trả lại để bổ sung" })).toHaveCount(0);
  // Notifications are their addressee's alone.
  await adminPage.goto("/notifications");
  await expect(adminPage.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  await expect(adminPage.getByText(comment)).toHaveCount(0);
  await adminPage.context().close();

  // The officer is notified, reads the comment and revises.
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: /^Thông báo 1 thông báo chưa đọc/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();
  await page.getByRole("link", { name: `Xem hồ sơ ${nominee}` }).click();
  await expect(page).toHaveURL(new RegExp(`/nominations/${nominationId}$`));
  await expect(page.getByRole("region", { name: "Hồ sơ được trả lại để bổ sung. Nhận xét:" })).toContainText(comment);
  const revised = "100% hồ sơ trả đúng hạn; 1.250 hồ sơ trong năm, 96% người dân hài lòng qua khảo sát.";
  await page.getByLabel(`Tiêu chí 2: ${criterion2.name}`).fill(revised);
  await expect(savedStatus(page)).toBeVisible({ timeout: 15_000 });

  await submitDossier(page, "Nộp lại hồ sơ…");
  expect(await versionCount(nominationId)).toBe(2);

  // Version 2 against version 1: the changed self-assessment, before and after.
  await page.getByRole("link", { name: "Lần nộp 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Lần nộp 2: ${nominee}` })).toBeVisible();
  const changes = page.getByRole("table", { name: "Các mục đã thay đổi: nội dung trước và sau" });
  const row = changes.getByRole("row", { name: new RegExp(`Tự đánh giá: ${criterion2.name}`) });
  await expect(row).toContainText("100% hồ sơ trả đúng hạn, không có phản ánh.");
  await expect(row).toContainText(revised);
  await expect(changes.getByRole("row", { name: /Tự đánh giá: Chất lượng tham mưu/ })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a second officer saving a draft someone else saved meanwhile is told so, and keeps their text", async ({
  browser,
}) => {
  const world = await createWorld();
  const nominationId = await createDraft(world, `Trần Văn Xung Đột ${world.run}`);
  const [first, second] = [
    await signedInPage(browser, world.officers[0]),
    await signedInPage(browser, world.officers[1]),
  ];
  await first.goto(`/nominations/${nominationId}`);
  await second.goto(`/nominations/${nominationId}`);

  await first.getByLabel("Chức vụ, chức danh").fill("Trưởng phòng Hộ tịch");
  await first.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(savedStatus(first)).toBeVisible();

  const mine = "Phó trưởng phòng Hộ tịch, phụ trách chuyển đổi số";
  await second.getByLabel("Chức vụ, chức danh").fill(mine);
  await second.getByRole("button", { name: "Lưu", exact: true }).click();
  const alert = second.getByRole("alert").filter({ hasText: "Hồ sơ vừa được người khác lưu" });
  await expect(alert).toBeVisible();
  await expect(second.getByText("Đã dừng tự động lưu.")).toBeVisible();
  await expect(second.getByLabel("Chức vụ, chức danh")).toHaveValue(mine);

  const db = database();
  try {
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nominationId } })).position).toBe(
      "Trưởng phòng Hộ tịch",
    );
  } finally {
    await db.$disconnect();
  }
  // Only when they choose does the latest version replace what they typed.
  await alert.getByRole("button", { name: "Tải bản mới nhất" }).click();
  await expect(second.getByLabel("Chức vụ, chức danh")).toHaveValue("Trưởng phòng Hộ tịch");
  await first.context().close();
  await second.context().close();
});

test("submitting an incomplete dossier lists every missing item, each linking to its field", async ({ page }) => {
  const world = await createWorld();
  const nominee = `Lê <script>alert(1)</script> Thiếu ${world.run}`;
  const nominationId = await createDraft(world, nominee);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInViaApi(page, world.officers[0].email, world.officers[0].password);
  await page.goto(`/nominations/${nominationId}`);
  // Markup in a name is its text.
  await expect(page.getByRole("heading", { level: 1, name: nominee })).toBeVisible();

  await page.getByRole("button", { name: "Nộp hồ sơ…" }).click();
  await page.getByRole("button", { name: "Xác nhận nộp" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Chưa nộp được hồ sơ, vì:" });
  await expect(refusal).toBeFocused();
  for (const missing of [
    "Chưa điền: Giới tính.",
    "Chưa điền: Năm sinh.",
    "Chưa điền: Tóm tắt thành tích.",
    "Chưa điền: Lời trích dẫn.",
  ]) {
    await expect(refusal.getByRole("link", { name: missing })).toBeVisible();
  }
  const [criterion1, criterion2] = [world.criteria[0]!, world.criteria[1]!];
  await expect(refusal.getByRole("link", { name: `Chưa tự đánh giá tiêu chí “${criterion2.name}”.` })).toBeVisible();

  await refusal.getByRole("link", { name: `Chưa tự đánh giá tiêu chí “${criterion1.name}”.` }).click();
  await expect(page.getByLabel(`Tiêu chí 1: ${criterion1.name}`)).toBeFocused();
  await refusal.getByRole("link", { name: "Chưa điền: Tóm tắt thành tích." }).click();
  await expect(page.getByRole("textbox", { name: "Tóm tắt thành tích" })).toBeFocused();

  expect(await versionCount(nominationId)).toBe(0);
  await page.reload();
  await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("a 100,000-character summary is refused, never cut short, and what was typed stays", async ({ page }) => {
  const world = await createWorld();
  const nominationId = await createDraft(world, `Phạm Văn Dài ${world.run}`);
  await signInViaApi(page, world.officers[0].email, world.officers[0].password);
  await page.goto(`/nominations/${nominationId}`);
  const summary = page.getByRole("textbox", { name: "Tóm tắt thành tích" });
  await summary.click();
  // A paste, as an officer pasting a long report would.
  await summary.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, "Thành tích ".repeat(10_000));
  await expect(page.getByRole("alert").filter({ hasText: "Tóm tắt vượt quá 20.000 ký tự" })).toBeVisible();

  // Autosave holds back; an explicit save is refused by the server at the field.
  await page.waitForTimeout(3_000);
  await expect(page.getByRole("status").filter({ hasText: "Có thay đổi chưa lưu…" })).toBeVisible();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Chưa lưu được: hãy sửa các mục được đánh dấu." }),
  ).toBeVisible();
  await expect(page.getByText("Bản tóm tắt thành tích quá dài")).toBeVisible();
  expect(await summary.evaluate((element) => element.textContent?.length ?? 0)).toBeGreaterThanOrEqual(100_000);

  const db = database();
  try {
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nominationId } })).achievementSummary).toBe("");
  } finally {
    await db.$disconnect();
  }
});
