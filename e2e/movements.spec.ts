import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db";

test("a visitor reads a movement: purpose, weighted criteria, titles and the phase under way", async ({ page }) => {
  await page.goto("/movements");
  await expect(page.getByRole("heading", { level: 1, name: "Phong trào thi đua" })).toBeVisible();
  await page.getByRole("link", { name: "Tham mưu giỏi, phục vụ tốt" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Tham mưu giỏi, phục vụ tốt" })).toBeVisible();
  const criteria = page.getByRole("table", { name: "Tiêu chí và trọng số" });
  await expect(criteria.getByRole("row")).toHaveCount(6);
  await expect(criteria.getByRole("cell", { name: "30%" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Danh hiệu, hình thức khen thưởng" })).toBeVisible();
  await expect(page.getByText(/gương điển hình đã được tôn vinh/)).toBeVisible();
});

test("the phase under way today is marked as the current step", async ({ page }) => {
  // Phases placed around today's date, so the check does not depend on when it runs.
  const db = createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });
  const day = (offset: number) =>
    new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset));
  const root = await db.unit.findFirstOrThrow({ where: { parentId: null } });
  const movement = await db.movement.create({
    data: {
      code: `E2E-MV-${randomUUID().slice(0, 8)}`,
      name: `Phong trào thử giai đoạn ${randomUUID().slice(0, 6)}`,
      description: "Kiểm thử dòng thời gian.",
      organizingUnitId: root.id,
      coverageUnitId: root.id,
      startsOn: day(-60),
      endsOn: day(60),
      status: "OPEN",
      phases: {
        create: [
          { kind: "REGISTRATION", startsOn: day(-60), endsOn: day(-11) },
          { kind: "NOMINATION", startsOn: day(-10), endsOn: day(10) },
          { kind: "REVIEW", startsOn: day(11), endsOn: day(30) },
        ],
      },
    },
  });
  await db.$disconnect();
  await page.goto(`/movements/${movement.id}`);
  const current = page.locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("Đề nghị khen thưởng");
  await expect(current).toContainText("Đang diễn ra");
});

test("the movement page speaks English when asked", async ({ page }) => {
  await page.goto("/movements");
  await page.getByRole("button", { name: "Chuyển sang English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Emulation movements" })).toBeVisible();
  await page.getByRole("link", { name: "Good advice, good service" }).click();
  await expect(page.getByRole("heading", { name: "Criteria and weights" })).toBeVisible();
});
