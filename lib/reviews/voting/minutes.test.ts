import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  councilNames,
  councilPositions,
  createClosedVoteWorld,
  type ClosedVoteWorld,
} from "../../../scripts/test/decision-factories";
import { createReviewWorld } from "../../../scripts/test/review-factories";
import { createPrismaClient } from "../../db";
import { attendanceCounts, mayReadMinutes, minutesData, renderMinutesPdf } from "./minutes";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

/** The text of every page of `pdf`, lines joined by spaces. */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= document.numPages; i += 1) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").normalize("NFC").replace(/\s+/g, " ");
}

let world: ClosedVoteWorld;
beforeAll(async () => {
  world = await createClosedVoteWorld(client, { approved: 2, rejected: 1 });
  await client.awardTitle.update({ where: { id: world.movement.titles.basic.id }, data: { thresholdStrict: false } });
});

describe("minutesData", () => {
  it("reads membership, attendance and each candidate's tally with the votes needed", async () => {
    const data = await minutesData(world.movement.id);
    expect(data).not.toBeNull();
    expect(data!.organizingUnit).toBe(world.root.name);
    expect(data!.vote).toMatchObject({ membership: 3, quorumPercent: 50 });
    const byName = Object.fromEntries(data!.members.map((m) => [m.name, m]));
    const suffix = world.movement.code.slice(-4);
    expect(byName[`${councilNames[0]} ${suffix}`]).toEqual({
      name: `${councilNames[0]} ${suffix}`,
      position: councilPositions[0],
      attendance: "present",
    });
    expect(byName[`${councilNames[1]} ${suffix}`]!.attendance).toBe("written");
    expect(byName[`${councilNames[2]} ${suffix}`]!.attendance).toBe("absent");
    expect(attendanceCounts(data!.members)).toEqual({ present: 1, written: 1, absent: 1, voted: 2 });
    expect(data!.candidates).toHaveLength(3);
    const rejected = data!.candidates.find((c) => c.nominationId === world.rejectedIds[0])!;
    // 50 % or more of 3 members: ⌈1.5⌉ = 2 approvals needed.
    expect(rejected).toMatchObject({
      approvals: 1,
      rejections: 1,
      abstentions: 0,
      thresholdPercent: 50,
      strict: false,
      needed: 2,
      approved: false,
      unit: world.a.name,
      title: "Lao động tiên tiến",
    });
    expect(
      data!.candidates
        .filter((c) => c.approved)
        .map((c) => c.nominationId)
        .sort(),
    ).toEqual([...world.approvedIds].sort());
  });

  it("counts a strict threshold as more than the share: ⌊p·M/100⌋ + 1", async () => {
    const other = await createClosedVoteWorld(client, { approved: 1, rejected: 0 });
    await client.awardTitle.update({
      where: { id: other.movement.titles.basic.id },
      data: { approvalThresholdPercent: 66, thresholdStrict: true },
    });
    expect((await minutesData(other.movement.id))!.candidates[0]).toMatchObject({
      thresholdPercent: 66,
      strict: true,
      needed: 2,
    });
    await client.councilVote.update({ where: { id: other.voteId }, data: { membership: 50 } });
    // More than 66 % of 50 (33): 34.
    expect((await minutesData(other.movement.id))!.candidates[0]!.needed).toBe(34);
  });

  it("is null while the vote is open and when there is no vote", async () => {
    const other = await createClosedVoteWorld(client, { approved: 1, rejected: 0 });
    await client.councilVote.update({ where: { id: other.voteId }, data: { status: "OPEN", closedAt: null } });
    expect(await minutesData(other.movement.id)).toBeNull();
    const noVote = await createReviewWorld(client, { nominations: 1, councilSize: 1 });
    expect(await minutesData(noVote.movement.id)).toBeNull();
  });
});

describe("renderMinutesPdf", () => {
  it("writes the national header, the title, members with their diacritics and the counts (Vietnamese)", async () => {
    const data = (await minutesData(world.movement.id))!;
    const pdf = await renderMinutesPdf(data, "vi");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập – Tự do – Hạnh phúc");
    expect(text).toContain("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(text).toContain(world.root.name.toLocaleUpperCase("vi"));
    const suffix = world.movement.code.slice(-4);
    for (const name of councilNames) expect(text).toContain(`${name} ${suffix}`);
    expect(text).toContain(councilPositions[1]);
    expect(text).toContain("Tổng số thành viên Hội đồng: 3.");
    expect(text).toContain("Bỏ phiếu trực tiếp: 1; bỏ phiếu bằng văn bản: 1; vắng, không bỏ phiếu: 1.");
    expect(text).toContain("yêu cầu tối thiểu 50% (2 thành viên): đạt.");
    expect(text).toContain("≥ 50% của 3 (2 phiếu)");
    expect(text).toContain("2 trường hợp đạt tỷ lệ phiếu đồng ý theo quy định");
    expect(text).toContain("1 trường hợp không đạt.");
    expect(text).toContain("ngày 25 tháng 11 năm 2026");
    expect(text).toContain("CHỦ TỊCH HỘI ĐỒNG");
    const nominee = await client.nomination.findUniqueOrThrow({ where: { id: world.rejectedIds[0]! } });
    expect(text).toContain(nominee.nomineeName);
  });

  it("speaks English when asked", async () => {
    const text = await pdfText(await renderMinutesPdf((await minutesData(world.movement.id))!, "en"));
    expect(text).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(text).toContain("Total council membership: 3.");
    expect(text).toContain("November 25, 2026");
  });
});

describe("mayReadMinutes", () => {
  it("lets administrators and the movement's council members read the minutes, nobody else", async () => {
    expect(await mayReadMinutes(world.admin, world.movement.id)).toBe(true);
    expect(await mayReadMinutes(world.council[2]!, world.movement.id)).toBe(true);
    expect(await mayReadMinutes(world.officerA, world.movement.id)).toBe(false);
    expect(await mayReadMinutes(world.officerRoot, world.movement.id)).toBe(false);
    expect(await mayReadMinutes(null, world.movement.id)).toBe(false);
  });
});
