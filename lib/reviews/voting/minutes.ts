// Biên bản họp hội đồng: the minutes of the council's vote, read in SQL once the vote is
// closed (attendance from the voter register, results from the tallies) and rendered as an A4
// PDF in Vietnamese administrative form (national header, title, members, results, signatures).
import { createTranslator } from "next-intl";
import { db } from "../../db";
import { env } from "../../env";
import type { Locale } from "../../i18n/config";
import en from "../../i18n/messages/en.json";
import vi from "../../i18n/messages/vi.json";
import { contentWidth, createPdf, pdfBuffer } from "../../pdf/document";
import { drawTable } from "../../pdf/table";
import { can } from "../../policy";
import type { Actor } from "../../session";

export type Attendance = "present" | "written" | "absent";

export interface MinutesData {
  movement: { id: string; code: string; name: string; nameEn: string | null };
  organizingUnit: string;
  vote: { openedAt: Date; closedAt: Date; membership: number; quorumPercent: number | null };
  /** Council members: present (cast a ballot in the app), written (an administrator recorded it) or absent. */
  members: { name: string; position: string | null; attendance: Attendance }[];
  candidates: {
    nominationId: string;
    nominee: string;
    unit: string;
    title: string;
    titleEn: string | null;
    approvals: number;
    rejections: number;
    abstentions: number;
    thresholdPercent: number;
    strict: boolean;
    /** Approvals needed: ⌈p·M/100⌉ for "at least", ⌊p·M/100⌋ + 1 for "more than". */
    needed: number;
    approved: boolean;
  }[];
}

interface HeadRow {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  organizingUnit: string;
  voteId: string;
  openedAt: Date;
  closedAt: Date;
  membership: number;
  quorumPercent: number | null;
}

/** The minutes of the vote of `movementId`, or null while there is no closed vote. */
export async function minutesData(movementId: string): Promise<MinutesData | null> {
  const client = db();
  const heads = await client.$queryRaw<HeadRow[]>`
    SELECT m.id::text AS id, m.code, m.name, m."nameEn", o.name AS "organizingUnit", v.id::text AS "voteId",
           v."openedAt", v."closedAt", v.membership, v."quorumPercent"
    FROM "Movement" m
    JOIN "Unit" o ON o.id = m."organizingUnitId"
    JOIN "CouncilVote" v ON v."movementId" = m.id
    WHERE m.id = ${movementId}::uuid AND v.status = 'CLOSED' AND v."closedAt" IS NOT NULL`;
  const head = heads[0];
  if (!head) return null;
  const [members, candidates] = await Promise.all([
    client.$queryRaw<MinutesData["members"]>`
      SELECT u."fullName" AS name, u.position,
             CASE WHEN bool_or(r.id IS NOT NULL AND r."writtenRecordedById" IS NULL) THEN 'present'
                  WHEN bool_or(r.id IS NOT NULL) THEN 'written'
                  ELSE 'absent' END AS attendance
      FROM "CouncilMember" cm
      JOIN "User" u ON u.id = cm."userId"
      LEFT JOIN "VoterRegister" r ON r."voteId" = ${head.voteId}::uuid AND r."memberId" = cm."userId"
      WHERE cm."movementId" = ${movementId}::uuid
      GROUP BY u.id, u."fullName", u.position
      ORDER BY u."fullName", u.id`,
    client.$queryRaw<MinutesData["candidates"]>`
      SELECT n.id::text AS "nominationId", n."nomineeName" AS nominee, un.name AS unit, t.name AS title, t."nameEn" AS "titleEn",
             vt.approvals, vt.rejections, vt.abstentions, t."approvalThresholdPercent" AS "thresholdPercent", t."thresholdStrict" AS strict,
             CASE WHEN t."thresholdStrict" THEN (t."approvalThresholdPercent" * ${head.membership}) / 100 + 1
                  ELSE (t."approvalThresholdPercent" * ${head.membership} + 99) / 100 END AS needed,
             vt.approved
      FROM "VoteTally" vt
      JOIN "Nomination" n ON n.id = vt."nominationId"
      JOIN "Unit" un ON un.id = n."unitId"
      JOIN "AwardTitle" t ON t.id = n."awardTitleId"
      WHERE vt."voteId" = ${head.voteId}::uuid
      ORDER BY t.position, vt.approved DESC, vt.approvals DESC, n."nomineeName", n.id`,
  ]);
  return {
    movement: { id: head.id, code: head.code, name: head.name, nameEn: head.nameEn },
    organizingUnit: head.organizingUnit,
    vote: {
      openedAt: head.openedAt,
      closedAt: head.closedAt,
      membership: head.membership,
      quorumPercent: head.quorumPercent,
    },
    members,
    candidates: candidates.map((c) => ({ ...c, needed: Number(c.needed) })),
  };
}

/** Present, written and absent members, and how many took part. */
export function attendanceCounts(members: MinutesData["members"]) {
  const count = (attendance: Attendance) => members.filter((m) => m.attendance === attendance).length;
  const present = count("present");
  const written = count("written");
  return { present, written, absent: count("absent"), voted: present + written };
}

/** Renders the minutes as a PDF in `locale`. */
export async function renderMinutesPdf(data: MinutesData, locale: Locale): Promise<Buffer> {
  const t = createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "minutes" });
  const timeZone = env().APP_TIME_ZONE;
  // "ngày 25 tháng 11 năm 2026": the form of a Vietnamese administrative date.
  const datePart = (part: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...part, timeZone }).format(data.vote.closedAt);
  const dateText = t("placeDate", {
    day: datePart({ day: "numeric" }),
    month: datePart({ month: locale === "en" ? "long" : "numeric" }),
    year: datePart({ year: "numeric" }),
  });
  const timeText = (at: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone }).format(at);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const movementName = locale === "en" && data.movement.nameEn ? data.movement.nameEn : data.movement.name;
  const doc = createPdf({ title: `${t("title")} – ${movementName}` });
  const left = doc.page.margins.left;
  const width = contentWidth(doc);

  // Header: the organizing unit on the left, the national name and motto on the right.
  const top = doc.y;
  const half = width * 0.45;
  doc
    .font("bold")
    .fontSize(11)
    .text(data.organizingUnit.toLocaleUpperCase(locale), left, top, { width: half, align: "center" });
  const leftBottom = doc.y;
  doc
    .font("bold")
    .fontSize(11)
    .text(t("nationalName"), left + half, top, { width: width - half, align: "center" });
  doc.text(t("motto"), { width: width - half, align: "center" });
  doc.y = Math.max(doc.y, leftBottom) + 8;
  doc.font("italic").fontSize(11).text(dateText, left, doc.y, { width, align: "right" });
  doc.moveDown(1);
  doc.font("bold").fontSize(14).text(t("title"), { width, align: "center" });
  doc
    .font("regular")
    .fontSize(12)
    .text(t("subject", { movement: movementName }), { width, align: "center" });
  doc.moveDown(1);
  doc
    .fontSize(11)
    .text(t("votePeriod", { opened: timeText(data.vote.openedAt), closed: timeText(data.vote.closedAt) }), { width });

  // I. Members and attendance.
  const counts = attendanceCounts(data.members);
  const membership = data.vote.membership;
  doc.moveDown(0.5).font("bold").text(t("membersHeading"), { width });
  doc.font("regular").text(t("membership", { membership: number(membership) }), { width });
  doc.text(
    t("attendance", {
      present: number(counts.present),
      written: number(counts.written),
      absent: number(counts.absent),
    }),
    { width },
  );
  const quorumPercent = data.vote.quorumPercent;
  if (quorumPercent === null)
    doc.text(t("quorumNone", { voted: number(counts.voted), membership: number(membership) }), { width });
  else {
    const needed = Math.ceil((quorumPercent * membership) / 100);
    const values = {
      voted: number(counts.voted),
      membership: number(membership),
      percent: number(quorumPercent),
      needed: number(needed),
    };
    doc.text(counts.voted >= needed ? t("quorumMet", values) : t("quorumNotMet", values), { width });
  }
  doc.moveDown(0.5);
  drawTable(
    doc,
    [
      { header: t("columnNumber"), width: 8, align: "center" },
      { header: t("columnMember"), width: 40 },
      { header: t("columnPosition"), width: 32 },
      { header: t("columnAttendance"), width: 20 },
    ],
    data.members.map((m, i) => [number(i + 1), m.name, m.position ?? "", t(m.attendance)]),
  );

  // II. Results of the secret ballot.
  doc.moveDown(0.5).font("bold").fontSize(11).text(t("resultsHeading"), left, doc.y, { width });
  doc.font("italic").text(t("resultsIntro"), { width });
  doc.font("regular").moveDown(0.5);
  if (data.candidates.length === 0) doc.text(t("noCandidates"), { width });
  else {
    drawTable(
      doc,
      [
        { header: t("columnNumber"), width: 6, align: "center" },
        { header: t("columnCandidate"), width: 26 },
        { header: t("columnTitle"), width: 18 },
        { header: t("columnApprovals"), width: 9, align: "center" },
        { header: t("columnRejections"), width: 10, align: "center" },
        { header: t("columnAbstentions"), width: 10, align: "center" },
        { header: t("columnThreshold"), width: 13 },
        { header: t("columnResult"), width: 9 },
      ],
      data.candidates.map((c, i) => [
        number(i + 1),
        `${c.nominee}\n${c.unit}`,
        locale === "en" && c.titleEn ? c.titleEn : c.title,
        number(c.approvals),
        number(c.rejections),
        number(c.abstentions),
        t(c.strict ? "thresholdMoreThan" : "thresholdAtLeast", {
          percent: number(c.thresholdPercent),
          membership: number(membership),
          needed: number(c.needed),
        }),
        c.approved ? t("approved") : t("rejected"),
      ]),
      9,
    );
  }

  // III. Conclusion and signatures.
  const approved = data.candidates.filter((c) => c.approved).length;
  doc.moveDown(0.5).font("bold").fontSize(11).text(t("conclusionHeading"), left, doc.y, { width });
  doc.font("regular").text(t("conclusion", { approved, rejected: data.candidates.length - approved }), { width });
  doc.text(t("closing"), { width });
  if (doc.y + 110 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1.5);
  const signTop = doc.y;
  for (const [i, role] of (["secretary", "chair"] as const).entries()) {
    const x = left + (i * width) / 2;
    doc
      .font("bold")
      .fontSize(11)
      .text(t(role), x, signTop, { width: width / 2, align: "center" });
    doc
      .font("italic")
      .fontSize(10)
      .text(t("signHint"), x, doc.y, { width: width / 2, align: "center" });
  }
  return pdfBuffer(doc);
}

/**
 * May `actor` download the minutes of `movementId`? Administrators, and the members of the
 * movement's council (they sign them); to anyone else they do not exist.
 */
export async function mayReadMinutes(actor: Actor | null, movementId: string): Promise<boolean> {
  if (!actor) return false;
  if (can(actor, "movement.manage")) return true;
  return (await db().councilMember.count({ where: { movementId, userId: actor.id } })) > 0;
}
