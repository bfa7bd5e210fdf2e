// Test data for nomination lists, imports and exports: a covered subtree, an open movement with
// two titles, and nominations written straight to the database.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { NominationStatus, NomineeKind } from "../../lib/generated/prisma/enums";
import { toSearchText } from "../../lib/text/search-text";
import { createActor, createUnit } from "./factories";

/** Root R (covered) with M below it and A, B below M; O outside; officers of A, M and O; an administrator. */
export async function createNominationWorld(client: PrismaClient) {
  const tag = randomUUID().slice(0, 6);
  const root = await createUnit(client, { name: `Công đoàn ngành thử ${tag}` });
  const mid = await createUnit(client, { parent: root, name: `Công đoàn cấp trên cơ sở ${tag}` });
  const a = await createUnit(client, { parent: mid, name: `Công đoàn cơ sở Ánh Dương ${tag}` });
  const b = await createUnit(client, { parent: mid, name: `Công đoàn cơ sở Bình Minh ${tag}` });
  const outside = await createUnit(client, { name: `Công đoàn ngoài phạm vi ${tag}` });
  await client.unit.update({ where: { id: a.id }, data: { headcount: 40 } });
  const movement = await client.movement.create({
    data: {
      code: `NL-${randomUUID().slice(0, 8)}`,
      name: `Phong trào Tham mưu giỏi, phục vụ tốt ${tag}`,
      description: "Phong trào dùng cho kiểm thử danh sách hồ sơ.",
      organizingUnitId: root.id,
      coverageUnitId: root.id,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2030-12-31"),
      status: "OPEN",
      awardTitles: {
        create: [
          {
            position: 1,
            name: `Điển hình tiên tiến ${tag}`,
            nameEn: "Exemplary model",
            eligibility: "INDIVIDUAL",
            approvalThresholdPercent: 50,
            quotaTotal: 10,
            quotaPerUnit: 3,
            quotaPerUnitPercent: 5,
          },
          {
            position: 2,
            name: `Bằng khen tập thể ${tag}`,
            nameEn: "Certificate of merit",
            eligibility: "COLLECTIVE",
            approvalThresholdPercent: 50,
          },
        ],
      },
    },
    include: { awardTitles: { orderBy: { position: "asc" } } },
  });
  const [individualTitle, collectiveTitle] = movement.awardTitles as [
    (typeof movement.awardTitles)[number],
    (typeof movement.awardTitles)[number],
  ];
  return {
    tag,
    root,
    mid,
    a,
    b,
    outside,
    movement,
    individualTitle,
    collectiveTitle,
    officerA: await createActor(client, { role: "OFFICER", unit: a }),
    officerMid: await createActor(client, { role: "OFFICER", unit: mid }),
    officerOutside: await createActor(client, { role: "OFFICER", unit: outside }),
    staffA: await createActor(client, { role: "STAFF", unit: a }),
    reviewer: await createActor(client, { role: "REVIEWER", unit: root }),
    admin: await createActor(client, { role: "ADMIN", unit: outside }),
  };
}

export type NominationWorld = Awaited<ReturnType<typeof createNominationWorld>>;

/** A nomination written directly (no rules applied), for list and export tests. */
export async function insertNomination(
  client: PrismaClient,
  options: {
    movementId: string;
    awardTitleId: string;
    unit: { id: string };
    createdById: string;
    nomineeName: string;
    nomineeKind?: NomineeKind;
    status?: NominationStatus;
    updatedAt?: Date;
  },
) {
  const kind = options.nomineeKind ?? "INDIVIDUAL";
  return client.nomination.create({
    data: {
      movementId: options.movementId,
      awardTitleId: options.awardTitleId,
      unitId: options.unit.id,
      nominatingUnitId: options.unit.id,
      createdById: options.createdById,
      nomineeKind: kind,
      nomineeName: options.nomineeName,
      nomineeNameSearch: toSearchText(options.nomineeName),
      identityKey: `${kind}|${toSearchText(options.nomineeName)}|${randomUUID()}`,
      status: options.status ?? "DRAFT",
      ...(options.updatedAt ? { updatedAt: options.updatedAt } : {}),
    },
  });
}
