import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db";
import { toSearchText } from "../lib/text/search-text";
import { bareNomination, createMovement, postShortlist } from "./support/matrix/areas/world";
import { signInViaApi } from "./support/sign-in";

test.use({ locale: "vi-VN" });

const database = () => createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });
const choiceWords = /Tán thành|Không tán thành|Không biểu quyết/;

interface Person {
  email: string;
  password: string;
  name: string;
}

/**
 * A movement whose shortlist (two dossiers) was posted 40 days ago, a council of two members
 * and an administrator, all with passwords of their own.
 */
async function createWorld() {
  const db = database();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const person = async (label: string, role: "ADMIN" | "REVIEWER"): Promise<Person & { id: string }> => {
      const password = `Phieu-kin-${run}-${label}`;
      const name = `${label === "admin" ? "Quản trị" : "Thành viên"} phiếu kín ${label} ${run}`;
      const user = await db.user.create({
        data: {
          email: `phieu-kin-${label}-${run}@test.vinhdanh`,
          fullName: name,
          fullNameSearch: toSearchText(name),
          passwordHash: await hashPassword(password),
          sessionsValidAfter: new Date(Date.now() - 60_000),
          roles: { create: [{ role, unitId: root.id }] },
        },
      });
      return { id: user.id, email: user.email, password, name };
    };
    const [admin, first, second] = [
      await person("admin", "ADMIN"),
      await person("first", "REVIEWER"),
      await person("second", "REVIEWER"),
    ];
    const movement = await createMovement(db, {
      code: `E2E-VOTE-${run}`,
      name: `Phong trào thử bỏ phiếu kín ${run}`,
      description: "Phong trào dùng cho kiểm thử bỏ phiếu kín.",
      status: "DECISION",
      unitId: root.id,
      council: [first.id, second.id],
      approvalThresholdPercent: 50,
    });
    await postShortlist(db, {
      movementId: movement.id,
      postedById: admin.id,
      daysAgo: 40,
      workingDays: 10,
      audience: "STAFF",
    });
    const candidate = async (nomineeName: string) =>
      bareNomination(db, movement, { unitId: root.id, createdById: admin.id, nomineeName, status: "SHORTLISTED" });
    const p = await candidate(`Nguyễn Văn Phiếu ${run}`);
    const q = await candidate(`Trần Thị Kín ${run}`);
    return {
      movementId: movement.id,
      admin,
      first,
      second,
      p: { id: p.id, name: p.nomineeName },
      q: { id: q.id, name: q.nomineeName },
    };
  } finally {
    await db.$disconnect();
  }
}

async function pageOf(browser: Browser, who: Person): Promise<Page> {
  const page = await (await browser.newContext({ locale: "vi-VN" })).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

test("nobody but the voter sees a ballot while open, and only totals remain after closing", async ({ browser }) => {
  const world = await createWorld();
  const admin = await pageOf(browser, world.admin);
  const first = await pageOf(browser, world.first);
  const second = await pageOf(browser, world.second);
  const votePath = `/admin/movements/${world.movementId}/vote`;
  const ballotPath = `/council/${world.movementId}`;

  await admin.goto(votePath);
  await admin.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(admin.getByRole("heading", { name: "Tiến độ bỏ phiếu" })).toBeVisible();

  // The first member approves P and rejects Q.
  await first.goto(ballotPath);
  await expect(first.getByText("Đây là phiếu kín")).toBeVisible();
  await first
    .getByRole("group", { name: new RegExp(world.p.name) })
    .getByRole("radio", { name: "Tán thành", exact: true })
    .check();
  await first
    .getByRole("group", { name: new RegExp(world.q.name) })
    .getByRole("radio", { name: "Không tán thành" })
    .check();
  await first.getByRole("button", { name: "Lưu phiếu biểu quyết" }).click();
  await expect(first.getByText("Đã lưu phiếu biểu quyết.")).toBeVisible();
  await first.reload();
  await expect(
    first.getByRole("group", { name: new RegExp(world.p.name) }).getByRole("radio", { name: "Tán thành", exact: true }),
  ).toBeChecked();

  // The other member's sheet is blank: their page says nothing of the first member's ballot.
  await second.goto(ballotPath);
  await expect(second.getByRole("radio", { checked: true })).toHaveCount(0);
  await second
    .getByRole("group", { name: new RegExp(world.p.name) })
    .getByRole("radio", { name: "Không biểu quyết" })
    .check();
  await second.getByRole("button", { name: "Lưu phiếu biểu quyết" }).click();
  await expect(second.getByText("Đã lưu phiếu biểu quyết.")).toBeVisible();

  // Administrators see who voted on how many, never a choice.
  await admin.reload();
  const members = admin.getByRole("table", { name: "Thành viên hội đồng" });
  await expect(members.getByRole("row", { name: new RegExp(world.first.name) })).toContainText("2/2");
  await expect(members.getByRole("row", { name: new RegExp(world.second.name) })).toContainText("1/2");
  for (const table of await admin.getByRole("table").all()) await expect(table).not.toContainText(choiceWords);
  await expect(admin.getByRole("radio", { checked: true })).toHaveCount(0);

  await admin.getByRole("button", { name: "Kết thúc bỏ phiếu…" }).click();
  await admin.getByRole("button", { name: "Kết thúc bỏ phiếu", exact: true }).click();
  await expect(admin.getByRole("heading", { name: "Kết quả bỏ phiếu" })).toBeVisible();
  // 50% of 2 members: P has 1 approval (≥ 1/2), Q none.
  const results = admin.getByRole("table", { name: "Tổng số phiếu theo từng người được đề nghị" });
  await expect(results.getByRole("row", { name: new RegExp(world.p.name) })).toContainText("Được thông qua");
  await expect(results.getByRole("row", { name: new RegExp(world.q.name) })).toContainText("Không được thông qua");
  await expect(admin.getByRole("table", { name: "Thành viên hội đồng" })).not.toContainText(choiceWords);

  // After closing, even the voter sees only the totals.
  await first.reload();
  await expect(first.getByRole("radio")).toHaveCount(0);
  await expect(first.getByRole("heading", { name: "Kết quả bỏ phiếu" })).toBeVisible();

  const db = database();
  try {
    const vote = await db.councilVote.findUniqueOrThrow({ where: { movementId: world.movementId } });
    expect(vote.ballotKey).toBeNull();
    expect(await db.ballot.count({ where: { voteId: vote.id, voterKey: { not: null } } })).toBe(0);
    expect(await db.ballot.count({ where: { voteId: vote.id } })).toBe(3);
  } finally {
    await db.$disconnect();
  }
});
