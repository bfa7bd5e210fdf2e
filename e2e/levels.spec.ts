import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { toSearchText } from "../lib/text/search-text";
import { pdf } from "../scripts/test/sample-files";
import { createChildUnit, createPerson, dayFromToday, e2eDatabase, signedInPage } from "./support/world";

// A dossier climbs a level on its way to the organiser (decision 0012), through the real pages:
// a grassroots officer submits two dossiers; the ministry union's officer returns one with a
// reason; the grassroots officer revises and resubmits it; the ministry officer records the
// level's vote, is refused forwarding three dossiers against an allotment of two (nothing
// changes), forwards the two; the organiser sees both with their endorsement chain and assigns
// them for scoring; the grassroots officer follows every step on the dossier page and in the
// notices. The rules themselves have integration tests in lib/levels.
test.use({ locale: "vi-VN" });

const admin = { email: "admin@vinhdanh.demo", password: "QuanTri#VinhDanh2025" };
const day = dayFromToday;

/**
 * A union N (the organiser, under the root) with its ministry union M (the one level of the
 * route) and two grassroots unions G and G2 under M. The movement is open, routes through M with
 * an allotment of two dossiers of its title, and has two council members on N. G's officer has
 * two complete drafts; G2's dossier already waits at M.
 */
async function createWorld() {
  const db = e2eDatabase();
  try {
    const run = randomUUID().slice(0, 8);
    const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    const unit = (name: string, parent: { id: string; path: string; depth: number }) =>
      createChildUnit(db, "LVL", name, parent);
    const organiser = await unit(`Công đoàn ngành thử cấp ${run}`, root);
    const ministry = await unit(`Công đoàn Bộ thử cấp ${run}`, organiser);
    const grassroots = await unit(`Công đoàn cơ sở Cục thử cấp ${run}`, ministry);
    const other = await unit(`Công đoàn cơ sở Viện thử cấp ${run}`, ministry);
    const password = `Cap-xet-${run}-mat-khau`;
    const passwordHash = await hashPassword(password);
    const person = (key: string, fullName: string, role: "OFFICER" | "REVIEWER", unitId: string) =>
      createPerson(db, { run, emailPrefix: `cap-xet-${key}`, fullName, role, unitId, password, passwordHash });
    const grassrootsOfficer = await person("co-so", "Cán bộ cơ sở", "OFFICER", grassroots.id);
    const otherOfficer = await person("co-so-2", "Cán bộ cơ sở hai", "OFFICER", other.id);
    const ministryOfficer = await person("bo", "Cán bộ công đoàn Bộ", "OFFICER", ministry.id);
    const members = [
      await person("hd-1", "Thành viên Hội đồng Một", "REVIEWER", organiser.id),
      await person("hd-2", "Thành viên Hội đồng Hai", "REVIEWER", organiser.id),
    ];
    const movement = await db.movement.create({
      data: {
        code: `E2E-LVL-${run}`,
        name: `Phong trào thử chuyển cấp ${run}`,
        description: "Phong trào dùng cho kiểm thử hồ sơ đi qua các cấp.",
        organizingUnitId: organiser.id,
        coverageUnitId: organiser.id,
        startsOn: day(-60),
        endsOn: day(200),
        status: "OPEN",
        visibility: "PUBLIC",
        requiresRegistration: false,
        route: "LEVELS",
        routeSelection: "CHOSEN_UNITS",
        levelLeadWorkingDays: 5,
        phases: {
          create: [
            { kind: "NOMINATION", startsOn: day(-30), endsOn: day(40) },
            { kind: "REVIEW", startsOn: day(41), endsOn: day(80) },
            { kind: "PUBLIC_POSTING", startsOn: day(81), endsOn: day(100) },
            { kind: "DECISION", startsOn: day(101), endsOn: day(130) },
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
        council: { create: members.map((member) => ({ userId: member.id })) },
        routeUnits: { create: [{ unitId: ministry.id, isLevel: true }] },
      },
      include: { awardTitles: true, criteria: { orderBy: { position: "asc" } } },
    });
    const title = movement.awardTitles[0]!;
    await db.levelAllotment.create({
      data: {
        movementId: movement.id,
        unitId: ministry.id,
        awardTitleId: title.id,
        quota: 2,
        setById: (await db.user.findUniqueOrThrow({ where: { email: admin.email } })).id,
      },
    });
    const dossier = async (name: string, of: { id: string }, by: { id: string }) => {
      const nomineeName = `${name} ${run}`;
      return db.nomination.create({
        data: {
          movementId: movement.id,
          awardTitleId: title.id,
          unitId: of.id,
          nominatingUnitId: of.id,
          createdById: by.id,
          nomineeKind: "INDIVIDUAL",
          nomineeName,
          nomineeNameSearch: toSearchText(nomineeName),
          identityKey: `INDIVIDUAL|${toSearchText(nomineeName)}|1986`,
          gender: "FEMALE",
          birthYear: 1986,
          position: "Chuyên viên",
          yearsOfService: 12,
          contact: "0912 345 678",
          serviceMonths: 12,
          absenceDays: 2,
          disciplined: false,
          citation: "Tham mưu kịp thời, phục vụ tận tâm.",
          achievementSummary: "<p>Tham mưu ban hành <strong>14 văn bản</strong> đúng hạn.</p>",
          selfAssessments: {
            create: [
              { criterionId: movement.criteria[0]!.id, text: "Tham mưu 14 văn bản, 100% đúng hạn." },
              { criterionId: movement.criteria[1]!.id, text: "Tỷ lệ hài lòng 98,5%." },
            ],
          },
        },
      });
    };
    const first = await dossier("Nguyễn Thị Chuyển Cấp", grassroots, grassrootsOfficer);
    const second = await dossier("Trần Văn Trả Lại", grassroots, grassrootsOfficer);
    // G2's dossier reached M earlier, as a submission would have left it (lib/levels/entry.ts).
    const waiting = await dossier("Lê Thị Chờ Xét", other, otherOfficer);
    const sentAt = new Date(Date.now() - 86_400_000);
    await db.nomination.update({
      where: { id: waiting.id },
      data: {
        status: "SUBMITTED",
        submittedAt: sentAt,
        version: 2,
        routeUnitIds: [ministry.id],
        routeCycle: 1,
        levelUnitId: ministry.id,
        levelSince: sentAt,
      },
    });
    await db.nominationLevel.create({
      data: {
        nominationId: waiting.id,
        movementId: movement.id,
        unitId: ministry.id,
        awardTitleId: title.id,
        nominatingUnitId: other.id,
        cycle: 1,
        receivedAt: sentAt,
      },
    });
    await db.nominationStep.create({
      data: {
        nominationId: waiting.id,
        cycle: 1,
        kind: "SUBMITTED",
        unitId: other.id,
        toUnitId: ministry.id,
        actorId: otherOfficer.id,
        at: sentAt,
      },
    });
    return {
      run,
      movement,
      organiser,
      ministry,
      grassroots,
      grassrootsOfficer,
      ministryOfficer,
      members,
      first,
      second,
      waiting,
      criterion2: movement.criteria[1]!,
    };
  } finally {
    await db.$disconnect();
  }
}

async function submit(page: Page, nominationId: string, opener: "Nộp hồ sơ…" | "Nộp lại hồ sơ…") {
  await page.goto(`/nominations/${nominationId}`);
  await page.getByRole("button", { name: opener }).click();
  await page.getByRole("button", { name: "Xác nhận nộp" }).click();
  await expect(page.getByText("Đã nộp", { exact: true })).toBeVisible();
}

test("a dossier climbs through the ministry union to the organiser, returned once on the way", async ({ browser }) => {
  test.setTimeout(240_000);
  const world = await createWorld();
  const { first, second, waiting, ministry } = world;
  const inboxUrl = `/levels/${world.movement.id}/${ministry.id}`;

  // 1. The grassroots officer submits both dossiers: they go to the ministry union, not the organiser.
  const grassroots = await signedInPage(browser, world.grassrootsOfficer);
  await submit(grassroots, first.id, "Nộp hồ sơ…");
  const route = grassroots.getByRole("region", { name: "Lộ trình hồ sơ" });
  await expect(route.getByRole("status")).toContainText(`Đang ở ${ministry.name}`);
  await submit(grassroots, second.id, "Nộp hồ sơ…");

  // 2. The ministry officer finds them in the level's inbox and returns the second with a reason.
  const level = await signedInPage(browser, world.ministryOfficer);
  await level.goto("/levels");
  await level.getByRole("link", { name: `Mở danh sách hồ sơ của ${ministry.name}` }).click();
  await expect(level).toHaveURL(new RegExp(`${inboxUrl}$`));
  const inbox = level.getByRole("table", { name: `Hồ sơ ở cấp ${ministry.name}` });
  await expect(inbox.getByRole("row")).toHaveCount(4);
  const reason = `Bổ sung số liệu tiêu chí 2 có xác nhận của thủ trưởng (${world.run}).`;
  const verdicts = level.locator("details").filter({ hasText: `Xử lý hồ sơ của ${second.nomineeName}` });
  await verdicts.getByText(`Xử lý hồ sơ của ${second.nomineeName}`).click();
  await verdicts.getByLabel("Lý do trả lại").fill(reason);
  await verdicts.getByRole("button", { name: "Trả lại hồ sơ" }).click();
  await expect(inbox.getByRole("row", { name: new RegExp(second.nomineeName) })).toHaveCount(0);
  await expect(inbox.getByRole("row")).toHaveCount(3);

  // 3. The grassroots officer reads the notice, revises and resubmits: it climbs again from the ministry union.
  await grassroots.goto("/notifications");
  await expect(grassroots.getByText(reason)).toBeVisible();
  await grassroots.goto(`/nominations/${second.id}`);
  await expect(grassroots.getByRole("region", { name: "Hồ sơ được trả lại để bổ sung. Nhận xét:" })).toContainText(
    reason,
  );
  await grassroots
    .getByLabel(`Tiêu chí 2: ${world.criterion2.name}`)
    .fill("Tỷ lệ hài lòng 98,5%, có xác nhận của Cục trưởng.");
  await expect(grassroots.getByRole("status").filter({ hasText: /^Đã lưu/ })).toBeVisible({ timeout: 15_000 });
  await submit(grassroots, second.id, "Nộp lại hồ sơ…");

  // 4. The ministry officer records the level's council vote, with its minutes.
  await level.goto(inboxUrl);
  await expect(inbox.getByRole("row")).toHaveCount(4);
  const consideration = level.getByRole("region", { name: "Biên bản xét của hội đồng" });
  await consideration.getByLabel("Tổng số thành viên hội đồng").fill("9");
  await consideration.getByLabel("Số thành viên có mặt").fill("8");
  await consideration.getByLabel("Số phiếu tán thành").fill("7");
  await consideration.getByLabel("Số phiếu không tán thành").fill("1");
  await consideration
    .getByLabel(/^Biên bản họp/)
    .setInputFiles({ name: "bien-ban-hop.pdf", mimeType: "application/pdf", buffer: pdf("Bien ban") });
  await consideration.getByRole("button", { name: "Ghi biên bản xét" }).click();
  await expect(consideration.getByRole("status")).toHaveText("Đã ghi biên bản xét của hội đồng.");
  await expect(consideration.getByRole("link", { name: "Tải biên bản bien-ban-hop.pdf" })).toBeVisible();

  // 5. Three against an allotment of two is refused with the reason, and nothing moves.
  for (const dossier of [first, second, waiting])
    await level.getByLabel(`Chọn hồ sơ của ${dossier.nomineeName} để chuyển`).check();
  await level.getByRole("button", { name: "Chuyển các hồ sơ đã chọn" }).click();
  const refusal = level.getByRole("alert").filter({ hasText: "Không thực hiện được, vì:" });
  await expect(refusal).toContainText(
    `${ministry.name} được phân bổ 2 hồ sơ danh hiệu “Điển hình tiên tiến”, đã chuyển 0: không chuyển thêm 3 hồ sơ được.`,
  );
  const db = e2eDatabase();
  try {
    const states = await db.nominationLevel.findMany({
      where: { movementId: world.movement.id, nomination: { routeCycle: { gt: 0 } } },
      select: { state: true, nominationId: true, cycle: true },
    });
    expect(states.filter((row) => row.state === "FORWARDED")).toEqual([]);
    expect(await db.levelProposal.count({ where: { movementId: world.movement.id } })).toBe(0);
  } finally {
    await db.$disconnect();
  }

  // 6. Within the allotment: the two from the grassroots union go up as one proposal.
  await level.reload();
  for (const dossier of [first, second])
    await level.getByLabel(`Chọn hồ sơ của ${dossier.nomineeName} để chuyển`).check();
  await level.getByRole("button", { name: "Chuyển các hồ sơ đã chọn" }).click();
  await expect(level.getByRole("status").filter({ hasText: "Đã chuyển 2 hồ sơ lên cấp trên." })).toBeVisible();
  await expect(inbox.getByRole("row")).toHaveCount(2);
  await expect(
    level.getByRole("table", { name: "Chỉ tiêu theo danh hiệu" }).getByRole("row", { name: /Điển hình tiên tiến/ }),
  ).toContainText("2 / 2");
  await level.context().close();

  // 7. The organiser sees both with the level's endorsement and vote, and assigns them for scoring.
  const organiser = await signedInPage(browser, admin);
  await organiser.goto(`/nominations/${first.id}`);
  const chain = organiser.getByRole("region", { name: "Lộ trình hồ sơ" });
  await expect(chain.getByRole("status")).toHaveText(`Đã đến ${world.organiser.name}.`);
  await expect(chain).toContainText("Ý kiến và biểu quyết của các cấp");
  await expect(chain).toContainText("Hội đồng: 7/9 tán thành (8 có mặt).");
  // Nominations closed: time passes to the review phase, and the administrator moves the movement on.
  const shift = e2eDatabase();
  try {
    await shift.movementPhase.updateMany({
      where: { movementId: world.movement.id, kind: "NOMINATION" },
      data: { endsOn: day(-1) },
    });
    await shift.movementPhase.updateMany({
      where: { movementId: world.movement.id, kind: "REVIEW" },
      data: { startsOn: day(0) },
    });
  } finally {
    await shift.$disconnect();
  }
  await organiser.goto(`/admin/movements/${world.movement.id}`);
  const lifecycle = organiser.getByRole("region", { name: "Vòng đời phong trào" });
  await lifecycle.getByRole("button", { name: "Chuyển sang thẩm định, chấm điểm…" }).click();
  await lifecycle.getByRole("button", { name: "Xác nhận: Chuyển sang thẩm định, chấm điểm" }).click();
  await expect(lifecycle.getByRole("status")).toHaveText("Đã chuyển trạng thái phong trào.");
  await organiser.goto(`/admin/movements/${world.movement.id}/council`);
  const coverage = organiser.getByRole("table", { name: "Tình hình chấm từng hồ sơ" });
  // Only what reached the organiser is there to score: the dossier still at the ministry union is not.
  await expect(coverage.getByRole("row", { name: new RegExp(first.nomineeName) })).toBeVisible();
  await expect(coverage.getByRole("row", { name: new RegExp(second.nomineeName) })).toBeVisible();
  await expect(coverage.getByRole("row", { name: new RegExp(waiting.nomineeName) })).toHaveCount(0);
  await organiser.getByLabel(`Thành viên chấm hồ sơ ${first.nomineeName}`).selectOption(world.members[0]!.id);
  await coverage
    .getByRole("row", { name: new RegExp(first.nomineeName) })
    .getByRole("button", { name: "Phân công" })
    .click();
  await expect(coverage.getByRole("row", { name: new RegExp(first.nomineeName) })).toContainText(
    world.members[0]!.name,
  );
  await organiser.context().close();

  // 8. The grassroots officer sees every step of the returned dossier, and the notices.
  await grassroots.goto(`/nominations/${second.id}`);
  const history = grassroots.getByRole("region", { name: "Lộ trình hồ sơ" });
  await expect(history.getByRole("status")).toHaveText(`Đã đến ${world.organiser.name}.`);
  const steps = history.getByRole("listitem").filter({ has: grassroots.locator("time") });
  await expect(steps).toHaveText([
    new RegExp(`${world.grassroots.name} gửi hồ sơ lên ${ministry.name}`),
    new RegExp(`${ministry.name} trả lại để bổ sung.*${escape(reason)}`),
    new RegExp(`${world.grassroots.name} gửi hồ sơ lên ${ministry.name}`),
    new RegExp(`${ministry.name} chuyển hồ sơ lên cơ quan tổ chức`),
    /Hồ sơ đến cơ quan tổ chức/,
  ]);
  await grassroots.goto("/notifications");
  await expect(
    grassroots.getByText(
      `Hồ sơ đề nghị ${second.nomineeName} (Điển hình tiên tiến, ${world.movement.name}) được trả lại để bổ sung: ${reason}`,
    ),
  ).toBeVisible();
  for (const dossier of [first, second]) {
    await expect(
      grassroots.getByText(
        `Hồ sơ của ${dossier.nomineeName} (Điển hình tiên tiến, ${world.movement.name}) đã được ${ministry.name} chuyển lên ${world.organiser.name}.`,
      ),
    ).toBeVisible();
  }
  await grassroots.context().close();
});

/** `text` as a literal inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
