// The data every drill starts from: a unit with an officer who signs in over HTTP, an open
// movement that takes nominations today (no phases, no registration, no quotas: nothing but the
// fault under test can refuse a submission), and complete drafts ready to submit.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { toSearchText } from "../../lib/text/search-text";
import { createUnit, createUser } from "../test/factories";

export interface DrillWorld {
  unit: { id: string; code: string; name: string };
  officer: { email: string; password: string };
  movementId: string;
  titleName: string;
  criterionId: string;
}

export interface DraftRef {
  id: string;
  version: number;
}

/** A client of the drill's database (close it with $disconnect). */
export const drillClient = (url: string, poolMax = 4): PrismaClient =>
  createPrismaClient({ connectionString: url, poolMax });

/** The unit, its officer and the open movement. */
export async function createDrillWorld(db: PrismaClient): Promise<DrillWorld> {
  const unit = await createUnit(db, { name: "Công đoàn cơ sở Sở Tư pháp (diễn tập sự cố)" });
  await db.unit.update({ where: { id: unit.id }, data: { headcount: 100_000 } });
  const { user, password } = await createUser(db, {
    fullName: "Cán bộ diễn tập",
    roles: [{ role: "OFFICER", unitId: unit.id }],
  });
  const titleName = "Lao động tiên tiến";
  const movement = await db.movement.create({
    data: {
      code: `DRILL-${randomUUID().slice(0, 8)}`.toUpperCase(),
      name: "Phong trào diễn tập sự cố",
      description: "Phong trào dùng cho các bài diễn tập sự cố.",
      organizingUnitId: unit.id,
      coverageUnitId: unit.id,
      startsOn: new Date("2020-01-01"),
      endsOn: new Date("2099-12-31"),
      status: "OPEN",
      requiresRegistration: false,
      criteria: { create: [{ position: 1, name: "Hiệu quả công việc", guidance: "", weight: 100, maxScore: 10 }] },
      awardTitles: { create: [{ position: 1, name: titleName, eligibility: "BOTH", approvalThresholdPercent: 60 }] },
    },
    include: { criteria: true },
  });
  return {
    unit,
    officer: { email: user.email, password },
    movementId: movement.id,
    titleName,
    criterionId: movement.criteria[0]!.id,
  };
}

/** `count` complete drafts of the world's unit (each would pass submission), in bulk. */
export async function createDrafts(db: PrismaClient, world: DrillWorld, count: number): Promise<DraftRef[]> {
  const [title, officer] = await Promise.all([
    db.awardTitle.findFirstOrThrow({ where: { movementId: world.movementId }, select: { id: true } }),
    db.user.findUniqueOrThrow({ where: { email: world.officer.email }, select: { id: true } }),
  ]);
  const rows = Array.from({ length: count }, (_, i) => {
    const name = `Người được đề nghị diễn tập ${String(i + 1).padStart(5, "0")}`;
    return {
      id: randomUUID(),
      movementId: world.movementId,
      awardTitleId: title.id,
      unitId: world.unit.id,
      nominatingUnitId: world.unit.id,
      createdById: officer.id,
      nomineeKind: "INDIVIDUAL" as const,
      nomineeName: name,
      nomineeNameSearch: toSearchText(name),
      identityKey: `INDIVIDUAL|${toSearchText(name)}|1980`,
      gender: "FEMALE" as const,
      birthYear: 1980,
      position: "Chuyên viên",
      yearsOfService: 15,
      achievementSummary: "<p>Hoàn thành xuất sắc nhiệm vụ.</p>",
      citation: "Tận tụy phục vụ.",
    };
  });
  await db.nomination.createMany({ data: rows });
  await db.nominationSelfAssessment.createMany({
    data: rows.map((row) => ({ nominationId: row.id, criterionId: world.criterionId, text: "Đạt và vượt chỉ tiêu." })),
  });
  return rows.map((row) => ({ id: row.id, version: 1 }));
}

/** Per draft: how many submission versions and "submitted" audit events it has, and its status. */
export async function submissionRecords(db: PrismaClient, ids: readonly string[]) {
  const [nominations, versions, audits] = await Promise.all([
    db.nomination.findMany({ where: { id: { in: [...ids] } }, select: { id: true, status: true } }),
    db.nominationVersion.groupBy({ by: ["nominationId"], where: { nominationId: { in: [...ids] } }, _count: true }),
    db.auditEvent.groupBy({
      by: ["objectId"],
      where: { objectId: { in: [...ids] }, action: "nomination.submitted" },
      _count: true,
    }),
  ]);
  const versionCount = new Map(versions.map((v) => [v.nominationId, v._count]));
  const auditCount = new Map(audits.map((a) => [a.objectId, a._count]));
  return new Map(
    nominations.map((n) => [
      n.id,
      { status: n.status, versions: versionCount.get(n.id) ?? 0, audits: auditCount.get(n.id) ?? 0 },
    ]),
  );
}
