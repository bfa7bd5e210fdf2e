import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db";
import { toSearchText } from "../lib/text/search-text";
import { signInViaApi } from "./support/sign-in";

test.use({ locale: "vi-VN" });

const database = () => createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });

/**
 * A movement under review (two criteria, 60/40, out of 10) with two submitted dossiers of a
 * grassroots union, both assigned to one new reviewer (a council member with a password of their own).
 */
async function createWorld() {
  const db = database();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const id = randomUUID();
    const name = `Công đoàn cơ sở chấm điểm thử ${run}`;
    const unit = await db.unit.create({
      data: {
        id,
        code: `REV${run}`.toUpperCase(),
        name,
        nameSearch: toSearchText(name),
        parentId: root.id,
        path: `${root.path}${id}/`,
        depth: root.depth + 1,
      },
    });
    const password = `Cham-diem-${run}-mat-khau`;
    const fullName = `Thành viên hội đồng thử ${run}`;
    const reviewer = await db.user.create({
      data: {
        email: `cham-diem-${run}@test.vinhdanh`,
        fullName,
        fullNameSearch: toSearchText(fullName),
        passwordHash: await hashPassword(password),
        sessionsValidAfter: new Date(Date.now() - 60_000),
        roles: { create: [{ role: "REVIEWER", unitId: root.id }] },
      },
    });
    const movement = await db.movement.create({
      data: {
        code: `E2E-REV-${run}`,
        name: `Phong trào thử chấm điểm ${run}`,
        description: "Phong trào dùng cho kiểm thử chấm điểm hồ sơ.",
        organizingUnitId: root.id,
        coverageUnitId: unit.id,
        startsOn: new Date("2025-01-01"),
        endsOn: new Date("2030-12-31"),
        status: "REVIEW",
        visibility: "STAFF",
        requiresRegistration: false,
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
        council: { create: [{ userId: reviewer.id }] },
      },
      include: { awardTitles: true, criteria: { orderBy: { position: "asc" } } },
    });
    const officer = await db.user.findFirstOrThrow({ where: { roles: { some: { role: "ADMIN" } } } });
    // Queue order is by nominee name: "Nguyễn…" before "Trần…".
    const names = [`Nguyễn Văn An ${run}`, `Trần Thị Bình ${run}`];
    const reviews: string[] = [];
    for (const nomineeName of names) {
      const nomination = await db.nomination.create({
        data: {
          movementId: movement.id,
          awardTitleId: movement.awardTitles[0]!.id,
          unitId: unit.id,
          nominatingUnitId: unit.id,
          createdById: officer.id,
          nomineeKind: "INDIVIDUAL",
          nomineeName,
          nomineeNameSearch: toSearchText(nomineeName),
          identityKey: `INDIVIDUAL|${toSearchText(nomineeName)}|1980`,
          birthYear: 1980,
          achievementSummary: "<p>Hoàn thành <strong>xuất sắc</strong> nhiệm vụ.</p>",
          citation: "Tận tụy phục vụ nhân dân.",
          status: "IN_REVIEW",
          submittedAt: new Date(),
        },
      });
      reviews.push((await db.review.create({ data: { nominationId: nomination.id, reviewerId: reviewer.id } })).id);
    }
    return { reviewer: { email: reviewer.email, password }, names, reviews, criteria: movement.criteria };
  } finally {
    await db.$disconnect();
  }
}

const scoreField = (page: Page, n: number, name: string) =>
  page.getByLabel(`Tiêu chí ${n} — ${name} (trọng số ${n === 1 ? 60 : 40}, tối đa 10)`);

/** From a dossier's first score field, the "Nộp phiếu chấm" button is seven Tabs away; Enter opens the confirmation, Enter confirms. */
async function submitWithKeyboard(page: Page) {
  for (let i = 0; i < 7; i += 1) await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Nộp phiếu chấm" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Xác nhận nộp" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Phiếu chấm đã nộp lúc/)).toBeVisible();
}

test("a reviewer scores two dossiers with the keyboard only, saving and going on, and submits both", async ({
  page,
}) => {
  const world = await createWorld();
  await signInViaApi(page, world.reviewer.email, world.reviewer.password);
  await page.goto("/reviews");
  await expect(page.getByRole("heading", { name: "Hồ sơ được giao chấm" })).toBeVisible();
  await expect(page.getByText("0/2 đã nộp")).toBeVisible();
  await page.getByRole("link", { name: `Chấm điểm hồ sơ ${world.names[0]}` }).focus();
  await page.keyboard.press("Enter");

  // First dossier: focus starts on the first empty score; Tab walks score, comment, score, comment, overall.
  await expect(page.getByRole("heading", { name: world.names[0] })).toBeVisible();
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toBeFocused();
  await page.keyboard.type("8");
  await page.keyboard.press("Enter"); // does not send the form
  await page.keyboard.press("Tab");
  await page.keyboard.type("Tham mưu kịp thời");
  await page.keyboard.press("Tab");
  await page.keyboard.type("7,5");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Xứng đáng được đề nghị");
  // 60 × 8/10 + 40 × 7,5/10 = 78.
  await expect(page.getByText("Tổng điểm có trọng số: 78/100")).toBeVisible();
  await page.keyboard.press("Control+Enter");

  // Save and next: the second dossier opens with focus on its first score.
  await expect(page).toHaveURL(new RegExp(`/reviews/${world.reviews[1]}$`));
  await expect(page.getByRole("heading", { name: world.names[1] })).toBeVisible();
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toBeFocused();
  // A score above the maximum is refused at its field, and what was typed stays.
  await page.keyboard.type("11");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("6");
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Điểm phải từ 0 đến 10.")).toBeVisible();
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toHaveValue("11");
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toHaveAttribute("aria-invalid", "true");
  await expect(scoreField(page, 2, "Hiệu quả phục vụ")).toHaveValue("6");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("10");
  // 60 × 10/10 + 40 × 6/10 = 84.
  await expect(page.getByText("Tổng điểm có trọng số: 84/100")).toBeVisible();
  await submitWithKeyboard(page);

  // Back to the first dossier through the queue, and submit it too.
  await page.goto("/reviews");
  await expect(page.getByText("1/2 đã nộp")).toBeVisible();
  await page.getByRole("link", { name: `Chấm điểm hồ sơ ${world.names[0]}` }).focus();
  await page.keyboard.press("Enter");
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toHaveValue("8");
  await expect(scoreField(page, 1, "Chất lượng tham mưu")).toBeFocused();
  await submitWithKeyboard(page);

  await page.goto("/reviews");
  await expect(page.getByText("2/2 đã nộp")).toBeVisible();
  const db = database();
  try {
    const stored = await db.review.findMany({
      where: { id: { in: world.reviews } },
      include: { scores: { include: { criterion: { select: { position: true } } } } },
    });
    const byId = new Map(stored.map((r) => [r.id, r]));
    const scoresOf = (id: string) =>
      byId
        .get(id)!
        .scores.sort((a, b) => a.criterion.position - b.criterion.position)
        .map((s) => [Number(s.score), s.comment]);
    expect(stored.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(scoresOf(world.reviews[0]!)).toEqual([
      [8, "Tham mưu kịp thời"],
      [7.5, null],
    ]);
    expect(byId.get(world.reviews[0]!)!.overallComment).toBe("Xứng đáng được đề nghị");
    expect(scoresOf(world.reviews[1]!)).toEqual([
      [10, null],
      [6, null],
    ]);
  } finally {
    await db.$disconnect();
  }
});
