// Matrix fixtures for nomination dossiers: an OPEN movement of P that takes nominations now
// (no registration needed, one criterion, one title for both kinds), and dossiers of unit A.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { NominationStatus } from "../../../lib/generated/prisma/enums";
import { toSearchText } from "../../../lib/text/search-text";

export interface NominationFixtures {
  movementId: string;
  titleId: string;
  criterionId: string;
  /** A draft dossier of a person of unit A. */
  draftOfA: { id: string; name: string };
  /** A submitted dossier of unit A with its first submitted version. */
  submittedOfA: { id: string; name: string };
}

interface Options {
  run: string;
  parentId: string;
  unitAId: string;
  officerAId: string;
}

/** Creates the movement and the two dossiers; names are unique to this run. */
export async function createNominationFixtures(db: PrismaClient, options: Options): Promise<NominationFixtures> {
  const movement = await db.movement.create({
    data: {
      code: `MX-nom-${options.run}`,
      name: `Phong trào ma trận đề cử ${options.run}`,
      description: "Phong trào dùng cho kiểm thử phân quyền hồ sơ đề nghị.",
      organizingUnitId: options.parentId,
      coverageUnitId: options.parentId,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2030-12-31"),
      status: "OPEN",
      requiresRegistration: false,
      criteria: { create: [{ position: 1, name: "Hiệu quả công việc", guidance: "", weight: 100, maxScore: 10 }] },
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
    },
    include: { awardTitles: true, criteria: true },
  });
  const base = { movementId: movement.id, titleId: movement.awardTitles[0]!.id, criterionId: movement.criteria[0]!.id };
  const draft = await dossierOfA(db, { ...options, ...base }, "DRAFT", `Hồ sơ nháp ma trận ${options.run}`);
  const submitted = await dossierOfA(db, { ...options, ...base }, "SUBMITTED", `Hồ sơ đã nộp ma trận ${options.run}`);
  await db.nominationVersion.create({
    data: {
      nominationId: submitted.id,
      number: 1,
      fromVersion: 1,
      snapshot: {
        nomineeKind: "INDIVIDUAL",
        nomineeName: submitted.name,
        unit: { id: options.unitAId, name: "" },
        awardTitle: { id: base.titleId, name: "Điển hình tiên tiến" },
      },
      submittedById: options.officerAId,
    },
  });
  return { ...base, draftOfA: draft, submittedOfA: submitted };
}

/**
 * A dossier of a person of unit A in the matrix movement, complete enough to be submitted
 * (every required field, the criterion answered): the object of nomination-action probes.
 */
export async function dossierOfA(
  db: PrismaClient,
  fx: Options & Pick<NominationFixtures, "movementId" | "titleId" | "criterionId">,
  status: NominationStatus,
  name = `Người được đề nghị thử ${randomUUID().slice(0, 8)}`,
) {
  const row = await db.nomination.create({
    data: {
      movementId: fx.movementId,
      awardTitleId: fx.titleId,
      unitId: fx.unitAId,
      nominatingUnitId: fx.unitAId,
      createdById: fx.officerAId,
      nomineeKind: "INDIVIDUAL",
      nomineeName: name,
      nomineeNameSearch: toSearchText(name),
      identityKey: `INDIVIDUAL|${toSearchText(name)}|1980`,
      gender: "FEMALE",
      birthYear: 1980,
      position: "Chuyên viên",
      yearsOfService: 15,
      achievementSummary: "<p>Hoàn thành xuất sắc nhiệm vụ.</p>",
      citation: "Tận tụy phục vụ.",
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
      selfAssessments: { create: [{ criterionId: fx.criterionId, text: "Đạt và vượt chỉ tiêu." }] },
    },
  });
  return { id: row.id, name, version: row.version };
}
