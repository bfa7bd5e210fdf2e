import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { toSearchText } from "../lib/text/search-text";
import { createChildUnit, createPerson, dayFromToday, e2eDatabase, signedInPage } from "./support/world";

// An administrator takes a movement from review to decision: shortlist from the ranking, move the
// movement on, post the shortlist, answer an objection, open the vote, record an absent member's
// written ballot while two members vote in the app, close the vote, download the minutes and
// record the decision. Each rule on the way has integration tests in lib/reviews; this is the
// whole journey through the real pages.
test.use({ locale: "vi-VN" });

const admin = { email: "admin@vinhdanh.demo", password: "QuanTri#VinhDanh2025" };
const database = e2eDatabase;

const day = dayFromToday;

/**
 * A movement of a new union P (covering P and its grassroots union G) in REVIEW, whose public
 * posting phase starts today; two dossiers of G, each scored by the three council members (users
 * on P, the organizing unit, so no conflict of interest); threshold 60% of the membership.
 */
async function createWorld() {
  const db = database();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const unit = (name: string, parent: { id: string; path: string; depth: number }) =>
      createChildUnit(db, "RVD", name, parent);
    const parent = await unit(`Công đoàn khối thử xét chọn ${run}`, root);
    const grassroots = await unit(`Công đoàn cơ sở Sở Nội vụ thử ${run}`, parent);
    const password = `Xet-chon-${run}-mat-khau`;
    const passwordHash = await hashPassword(password);
    const person = (key: string, fullName: string, role: "OFFICER" | "REVIEWER" | "STAFF", unitId: string) =>
      createPerson(db, { run, emailPrefix: `xet-chon-${key}`, fullName, role, unitId, password, passwordHash });
    const officer = await person("officer", "Cán bộ đề nghị", "OFFICER", grassroots.id);
    const staff = await person("staff", "Viên chức góp ý", "STAFF", grassroots.id);
    const members = [
      await person("member-1", "Thành viên Hội đồng Một", "REVIEWER", parent.id),
      await person("member-2", "Thành viên Hội đồng Hai", "REVIEWER", parent.id),
      await person("member-3", "Thành viên Hội đồng Ba", "REVIEWER", parent.id),
    ] as const;
    const movement = await db.movement.create({
      data: {
        code: `E2E-RVD-${run}`,
        name: `Phong trào thử xét chọn ${run}`,
        description: "Phong trào dùng cho kiểm thử xét chọn và quyết định khen thưởng.",
        organizingUnitId: parent.id,
        coverageUnitId: parent.id,
        startsOn: day(-150),
        endsOn: day(200),
        status: "REVIEW",
        visibility: "PUBLIC",
        postingAudience: "PUBLIC",
        requiresRegistration: false,
        phases: {
          create: [
            { kind: "NOMINATION", startsOn: day(-120), endsOn: day(-61) },
            { kind: "REVIEW", startsOn: day(-60), endsOn: day(-1) },
            { kind: "PUBLIC_POSTING", startsOn: day(0), endsOn: day(30) },
            { kind: "DECISION", startsOn: day(31), endsOn: day(60) },
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
          create: [
            {
              position: 1,
              name: "Điển hình tiên tiến",
              eligibility: "BOTH",
              approvalThresholdPercent: 60,
              quotaTotal: 5,
            },
          ],
        },
        council: { create: members.map((member) => ({ userId: member.id })) },
      },
      include: { awardTitles: true, criteria: { orderBy: { position: "asc" } } },
    });
    const nominee = async (name: string, scores: readonly (readonly [number, number])[]) => {
      const nomination = await db.nomination.create({
        data: {
          movementId: movement.id,
          awardTitleId: movement.awardTitles[0]!.id,
          unitId: grassroots.id,
          nominatingUnitId: grassroots.id,
          createdById: officer.id,
          nomineeKind: "INDIVIDUAL",
          nomineeName: `${name} ${run}`,
          nomineeNameSearch: toSearchText(`${name} ${run}`),
          identityKey: `INDIVIDUAL|${toSearchText(`${name} ${run}`)}|`,
          position: "Chuyên viên",
          citation: "Tham mưu kịp thời, phục vụ tận tâm.",
          achievementSummary: "<p>Nhiều sáng kiến cải cách hành chính.</p>",
          status: "IN_REVIEW",
          submittedAt: day(-70),
        },
      });
      for (const [i, [first, second]] of scores.entries()) {
        await db.review.create({
          data: {
            nominationId: nomination.id,
            reviewerId: members[i]!.id,
            status: "SUBMITTED",
            submittedAt: day(-5),
            scores: {
              create: [
                { criterionId: movement.criteria[0]!.id, score: first },
                { criterionId: movement.criteria[1]!.id, score: second },
              ],
            },
          },
        });
      }
      return { id: nomination.id, name: nomination.nomineeName };
    };
    // Scores 60×0.9+40×0.8 = 86 and 60×0.7+40×0.6 = 66: the first ranks first.
    const strong = await nominee("Nguyễn Thị Xuất Sắc", [
      [9, 8],
      [9, 8],
      [9, 8],
    ]);
    const weaker = await nominee("Trần Văn Khá", [
      [7, 6],
      [7, 6],
      [7, 6],
    ]);
    return { run, movement, officer, staff, members, strong, weaker };
  } finally {
    await db.$disconnect();
  }
}

type World = Awaited<ReturnType<typeof createWorld>>;

/** Time passes: the posting started long enough ago that its working days are over. */
async function endPosting(world: World) {
  const db = database();
  try {
    await db.shortlistPosting.update({ where: { movementId: world.movement.id }, data: { startsOn: day(-40) } });
  } finally {
    await db.$disconnect();
  }
}

test("an administrator takes a movement from review to decision", async ({ browser }) => {
  test.setTimeout(240_000);
  const world = await createWorld();
  const page = await signedInPage(browser, admin);

  // Ranking: both dossiers scored by three members; shortlist them within the quota.
  await page.goto(`/admin/movements/${world.movement.id}/results`);
  const ranking = page.getByRole("table", { name: /Xếp hạng danh hiệu/ });
  await expect(ranking.getByRole("row").nth(1)).toContainText(world.strong.name);
  await expect(ranking.getByRole("row").nth(1)).toContainText("86");
  await expect(ranking.getByRole("row").nth(2)).toContainText(world.weaker.name);
  for (const nominee of [world.strong, world.weaker]) {
    await page.getByRole("button", { name: `Chọn ${nominee.name} vào danh sách đề nghị` }).click();
    await expect(page.getByRole("button", { name: `Bỏ ${nominee.name} khỏi danh sách đề nghị` })).toBeVisible();
  }
  await expect(page.getByText("Đã chọn 2/5")).toBeVisible();

  // The movement moves on to its decision (its public posting phase starts today).
  await page.goto(`/admin/movements/${world.movement.id}`);
  await page.getByRole("button", { name: "Chuyển sang xét, quyết định…" }).click();
  await page.getByRole("button", { name: "Xác nhận: Chuyển sang xét, quyết định" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã chuyển trạng thái phong trào." })).toBeVisible();

  // Public posting for 10 working days, to everyone.
  await page.goto(`/admin/movements/${world.movement.id}/posting`);
  await page.getByLabel("Phạm vi công khai").selectOption("PUBLIC");
  await page.getByLabel("Số ngày làm việc công khai").fill("10");
  await page.getByRole("button", { name: "Công khai danh sách" }).click();
  await expect(page.getByText("Đang trong thời gian công khai.")).toBeVisible();

  // A staff member objects to a candidate on the public page.
  const staff = await signedInPage(browser, world.staff);
  await staff.goto(`/movements/${world.movement.id}/shortlist`);
  const feedback = staff.getByRole("form", { name: `Gửi ý kiến về ${world.weaker.name}` });
  await feedback.getByLabel("Phản ánh (cần Hội đồng trả lời)").check();
  await feedback.getByLabel("Nội dung ý kiến").fill("Thành tích nêu trong hồ sơ chưa được đơn vị xác nhận đầy đủ.");
  await feedback.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(staff.getByText("Đã gửi ý kiến. Cảm ơn bạn.")).toBeVisible();
  await staff.context().close();

  // The vote cannot open while the posting runs; time passes.
  await page.goto(`/admin/movements/${world.movement.id}/vote`);
  await expect(page.getByRole("button", { name: "Mở bỏ phiếu" })).toHaveCount(0);
  await endPosting(world);
  await page.reload();
  await page.getByLabel("Tỷ lệ thành viên tối thiểu phải bỏ phiếu (%)").fill("60");
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(page.getByRole("heading", { name: "Tiến độ bỏ phiếu" })).toBeVisible();

  // Two members vote in the app; the third, absent, voted in writing.
  for (const member of world.members.slice(0, 2)) {
    const ballot = await signedInPage(browser, member);
    await ballot.goto(`/council/${world.movement.id}`);
    await ballot
      .getByRole("group", { name: new RegExp(world.strong.name) })
      .getByRole("radio", { name: "Tán thành", exact: true })
      .check();
    await ballot
      .getByRole("group", { name: new RegExp(world.weaker.name) })
      .getByRole("radio", { name: "Không tán thành" })
      .check();
    await ballot.getByRole("button", { name: "Lưu phiếu biểu quyết" }).click();
    await expect(ballot.getByRole("status").filter({ hasText: /Đã lưu/ })).toBeVisible();
    await ballot.context().close();
  }
  await page.reload();
  await page.getByLabel("Thành viên", { exact: true }).selectOption({ label: world.members[2].name });
  await page.getByLabel("Người được đề nghị").selectOption({ label: world.strong.name });
  await page
    .getByRole("group", { name: "Lựa chọn trên phiếu bằng văn bản" })
    .getByRole("radio", { name: "Tán thành", exact: true })
    .check();
  await page.getByRole("button", { name: "Ghi nhận phiếu bằng văn bản" }).click();
  await expect(
    page
      .getByRole("table", { name: "Thành viên hội đồng" })
      .getByRole("row", { name: new RegExp(world.members[2].name) }),
  ).toContainText("Bằng văn bản");

  // Closing: 3 of 3 approve the first (≥ 60%), 0 the second.
  await page.getByRole("button", { name: "Kết thúc bỏ phiếu…" }).click();
  await page.getByRole("button", { name: "Kết thúc bỏ phiếu", exact: true }).click();
  const results = page.getByRole("table", { name: "Tổng số phiếu theo từng người được đề nghị" });
  await expect(results.getByRole("row", { name: new RegExp(world.strong.name) })).toContainText("Được thông qua");
  await expect(results.getByRole("row", { name: new RegExp(world.weaker.name) })).toContainText("Không được thông qua");

  // The minutes are a PDF.
  const minutes = await page.request.get(`/api/movements/${world.movement.id}/minutes`);
  expect(minutes.status()).toBe(200);
  expect(minutes.headers()["content-type"]).toBe("application/pdf");
  expect((await minutes.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The decision is refused while the objection is unanswered…
  const number = `${world.run}/QĐ-CĐ`;
  await page.getByLabel("Số quyết định").fill(number);
  await page.getByLabel("Người ký").fill("Nguyễn Văn Chủ Tịch");
  await page.getByLabel("Cơ quan ban hành").fill("Ban Thường vụ Công đoàn khối");
  await page.getByRole("button", { name: "Ghi nhận quyết định" }).click();
  await expect(page.getByRole("link", { name: "Xem và trả lời các ý kiến phản đối" })).toBeVisible();
  await expect(page.getByLabel("Số quyết định")).toHaveValue(number);

  // …answered on the posting page…
  await page.goto(`/admin/movements/${world.movement.id}/posting`);
  await page.getByLabel("Nội dung trả lời phản ánh").fill("Đơn vị đã bổ sung xác nhận thành tích; Hội đồng ghi nhận.");
  await page.getByRole("button", { name: "Ghi nhận trả lời" }).click();
  // The answered objection shows its answer and who gave it in place of the form.
  const objection = page
    .getByRole("table", { name: "Ý kiến về danh sách công khai" })
    .getByRole("row", { name: new RegExp(world.weaker.name) });
  await expect(objection).toContainText("Đơn vị đã bổ sung xác nhận thành tích; Hội đồng ghi nhận.");
  await expect(objection.getByLabel("Nội dung trả lời phản ánh")).toHaveCount(0);

  // …and then recorded: the approved candidate is honoured and their officer notified.
  await page.goto(`/admin/movements/${world.movement.id}/vote`);
  await page.getByLabel("Số quyết định").fill(number);
  await page.getByLabel("Người ký").fill("Nguyễn Văn Chủ Tịch");
  await page.getByLabel("Cơ quan ban hành").fill("Ban Thường vụ Công đoàn khối");
  await page.getByRole("button", { name: "Ghi nhận quyết định" }).click();
  await expect(page.getByRole("heading", { name: `Quyết định số ${number}` })).toBeVisible();

  const db = database();
  try {
    const statuses = await db.nomination.findMany({
      where: { movementId: world.movement.id },
      select: { id: true, status: true },
    });
    expect(statuses.find((n) => n.id === world.strong.id)?.status).toBe("HONOURED");
    expect(statuses.find((n) => n.id === world.weaker.id)?.status).toBe("REJECTED");
    expect(await db.honoree.count({ where: { movementId: world.movement.id } })).toBe(1);
    expect(
      await db.notification.count({
        where: { userId: world.officer.id, kind: "NOMINATION_HONOURED", nominationId: world.strong.id },
      }),
    ).toBe(1);
    expect(
      await db.ballot.count({
        where: {
          voteId: (await db.councilVote.findUniqueOrThrow({ where: { movementId: world.movement.id } })).id,
          voterKey: { not: null },
        },
      }),
    ).toBe(0);
  } finally {
    await db.$disconnect();
  }
});
