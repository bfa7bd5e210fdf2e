// Test data for nomination tests (lib/nominations, files, import, pages).
//
//   const world = await createNominationWorld(client);
//   world.root ─┬─ world.a ── world.aTeam      (covered by world.movement; a and aTeam registered)
//               └─ world.b                     (covered, not registered)
//   world.outside                              (not covered)
//   world.officerA (on a), officerB (on b), officerRoot (on root), officerOutside, staffA, admin
//   world.movement: OPEN over 2026, NOMINATION phase 1 Jan – 30 Nov, two criteria (60/40), three
//     titles: titles.basic ("Lao động tiên tiến", BOTH), titles.individual ("Chiến sĩ thi đua cơ
//     sở", INDIVIDUAL), titles.collective ("Tập thể lao động xuất sắc", COLLECTIVE); no rules or quotas.
//   nominationToday ("2026-05-15") lies inside the phase: pass it as `today`.
//
// A test that counts quotas or changes rules makes its own movement with
// createNominationMovement(client, world, { individualRules: { minServiceMonths: 10 } }) so
// nothing it does leaks into other tests. individualDossier()/collectiveDossier() give a
// complete DraftNominationInput (it passes submission) with a unique name; createDraft() and
// createSubmitted() go through the real commands.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { MovementStatus, TitleEligibility } from "../../lib/generated/prisma/enums";
import { createDraftNomination, submitNomination } from "../../lib/nominations/commands";
import type { DraftNominationInput, SaveNominationInput } from "../../lib/nominations/schemas";
import type { Actor } from "../../lib/session";
import { createActor, createUnit } from "./factories";

export const nominationToday = "2026-05-15";

const short = () => randomUUID().slice(0, 6);

export interface TitleRules {
  quotaTotal?: number | null;
  quotaPerUnit?: number | null;
  quotaPerUnitPercent?: number | null;
  requiredPriorTitle?: string | null;
  minServiceMonths?: number | null;
  maxAbsenceDays?: number | null;
  excludesDisciplined?: boolean;
}

async function withHeadcount(client: PrismaClient, unit: Awaited<ReturnType<typeof createUnit>>, headcount: number) {
  return client.unit.update({ where: { id: unit.id }, data: { headcount } });
}

/** Units, officers and an open movement ready for nominations (see the header of this file). */
export async function createNominationWorld(client: PrismaClient) {
  const root = await withHeadcount(client, await createUnit(client, { name: `Công đoàn ngành thử ${short()}` }), 500);
  const a = await withHeadcount(
    client,
    await createUnit(client, { parent: root, name: `Công đoàn cơ sở Sở Tư pháp ${short()}` }),
    40,
  );
  const aTeam = await withHeadcount(
    client,
    await createUnit(client, { parent: a, name: `Tổ công đoàn Phòng Hộ tịch ${short()}` }),
    12,
  );
  const b = await withHeadcount(
    client,
    await createUnit(client, { parent: root, name: `Công đoàn cơ sở Sở Nội vụ ${short()}` }),
    20,
  );
  const outside = await createUnit(client, { name: `Công đoàn ngoài phạm vi ${short()}` });
  const officerA = await createActor(client, { role: "OFFICER", unit: a });
  const base = {
    root,
    a,
    aTeam,
    b,
    outside,
    officerA,
    officerB: await createActor(client, { role: "OFFICER", unit: b }),
    officerRoot: await createActor(client, { role: "OFFICER", unit: root }),
    officerOutside: await createActor(client, { role: "OFFICER", unit: outside }),
    staffA: await createActor(client, { role: "STAFF", unit: a }),
    admin: await createActor(client, { role: "ADMIN", unit: outside }),
  };
  const movement = await createNominationMovement(client, base);
  return { ...base, movement };
}

export type NominationWorld = Awaited<ReturnType<typeof createNominationWorld>>;

/**
 * An OPEN movement over 2026 covering `world.root`, with two criteria and three titles, and
 * registrations of `world.a` and `world.aTeam` (unless `registered` says otherwise).
 */
export async function createNominationMovement(
  client: PrismaClient,
  world: { root: { id: string }; a: { id: string }; aTeam: { id: string }; officerA: Actor },
  options: {
    status?: MovementStatus;
    requiresRegistration?: boolean;
    /** null: no NOMINATION phase. */
    nominationPhase?: { startsOn: string; endsOn: string } | null;
    registered?: string[];
    basicRules?: TitleRules;
    individualRules?: TitleRules;
    collectiveRules?: TitleRules;
  } = {},
) {
  const phase =
    options.nominationPhase === undefined ? { startsOn: "2026-01-01", endsOn: "2026-11-30" } : options.nominationPhase;
  const title = (position: number, name: string, eligibility: TitleEligibility, rules: TitleRules = {}) => ({
    position,
    name,
    eligibility,
    approvalThresholdPercent: 90,
    quotaTotal: rules.quotaTotal ?? null,
    quotaPerUnit: rules.quotaPerUnit ?? null,
    quotaPerUnitPercent: rules.quotaPerUnitPercent ?? null,
    requiredPriorTitle: rules.requiredPriorTitle ?? null,
    minServiceMonths: rules.minServiceMonths ?? null,
    maxAbsenceDays: rules.maxAbsenceDays ?? null,
    excludesDisciplined: rules.excludesDisciplined ?? false,
  });
  const movement = await client.movement.create({
    data: {
      code: `NM-${randomUUID().slice(0, 8)}`,
      name: `Phong trào “Tham mưu giỏi, phục vụ tốt” thử ${short()}`,
      description: "Phong trào dùng cho kiểm thử hồ sơ đề nghị.",
      organizingUnitId: world.root.id,
      coverageUnitId: world.root.id,
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2026-12-31"),
      status: options.status ?? "OPEN",
      requiresRegistration: options.requiresRegistration ?? true,
      phases: phase
        ? { create: [{ kind: "NOMINATION", startsOn: new Date(phase.startsOn), endsOn: new Date(phase.endsOn) }] }
        : undefined,
      criteria: {
        create: [
          {
            position: 1,
            name: "Chất lượng, tiến độ tham mưu",
            guidance: "Số văn bản tham mưu đúng hạn, được lãnh đạo chấp thuận.",
            weight: 60,
            maxScore: 10,
          },
          {
            position: 2,
            name: "Hiệu quả phục vụ người dân, doanh nghiệp",
            guidance: "Tỷ lệ hài lòng, hồ sơ giải quyết đúng hạn.",
            weight: 40,
            maxScore: 10,
          },
        ],
      },
      awardTitles: {
        create: [
          title(1, "Lao động tiên tiến", "BOTH", options.basicRules),
          title(2, "Chiến sĩ thi đua cơ sở", "INDIVIDUAL", options.individualRules),
          title(3, "Tập thể lao động xuất sắc", "COLLECTIVE", options.collectiveRules),
        ],
      },
    },
    include: { criteria: { orderBy: { position: "asc" } }, awardTitles: { orderBy: { position: "asc" } } },
  });
  for (const unitId of options.registered ?? [world.a.id, world.aTeam.id]) {
    await client.registration.create({
      data: {
        movementId: movement.id,
        unitId,
        registeredById: world.officerA.id,
        pledge: "Hoàn thành xuất sắc nhiệm vụ được giao.",
      },
    });
  }
  const [basic, individual, collective] = movement.awardTitles;
  return { ...movement, titles: { basic: basic!, individual: individual!, collective: collective! } };
}

export type NominationMovement = Awaited<ReturnType<typeof createNominationMovement>>;

/** A complete dossier of an individual in `unitId` (world.a by default) for `awardTitleId` (the basic title by default). */
export function individualDossier(
  world: { a: { id: string } },
  movement: NominationMovement,
  overrides: Partial<DraftNominationInput> = {},
): DraftNominationInput {
  const [first, second] = movement.criteria;
  return {
    movementId: movement.id,
    nomineeKind: "INDIVIDUAL",
    nomineeName: `Nguyễn Thị Hoa ${short()}`,
    unitId: world.a.id,
    awardTitleId: movement.titles.basic.id,
    gender: "FEMALE",
    birthYear: 1986,
    position: "Chuyên viên Phòng Hộ tịch",
    yearsOfService: 12,
    contact: "0912 345 678",
    collectiveSize: null,
    serviceMonths: 12,
    absenceDays: 2,
    disciplined: false,
    achievementSummary:
      "<p>Tham mưu ban hành <strong>14 văn bản</strong> đúng hạn.</p><ul><li>Số hóa 100% hồ sơ hộ tịch</li></ul>",
    citation: "Tận tụy, sáng tạo trong tham mưu và phục vụ người dân.",
    selfAssessments: { [first!.id]: "Tham mưu 14 văn bản, 100% đúng hạn.", [second!.id]: "Tỷ lệ hài lòng 98,5%." },
    priorRecognitions: [],
    ...overrides,
  };
}

/** A complete dossier of a collective (world.aTeam by default) for the collective title. */
export function collectiveDossier(
  world: { aTeam: { id: string } },
  movement: NominationMovement,
  overrides: Partial<DraftNominationInput> = {},
): DraftNominationInput {
  const [first, second] = movement.criteria;
  return {
    movementId: movement.id,
    nomineeKind: "COLLECTIVE",
    nomineeName: `Phòng Hộ tịch ${short()}`,
    unitId: world.aTeam.id,
    awardTitleId: movement.titles.collective.id,
    gender: null,
    birthYear: null,
    position: null,
    yearsOfService: null,
    contact: "024 3825 1234",
    collectiveSize: 12,
    serviceMonths: null,
    absenceDays: null,
    disciplined: false,
    achievementSummary: "<p>Giải quyết 12.400 hồ sơ, không hồ sơ trễ hạn.</p>",
    citation: "Tập thể đoàn kết, phục vụ người dân tận tình.",
    selfAssessments: { [first!.id]: "Tham mưu đầy đủ, kịp thời.", [second!.id]: "Không có phản ánh, kiến nghị." },
    priorRecognitions: [],
    ...overrides,
  };
}

/** Creates a draft through the command (as `actor`, world.officerA by default). */
export async function createDraft(world: NominationWorld, input: DraftNominationInput, actor: Actor = world.officerA) {
  return createDraftNomination({ actor, input, today: nominationToday });
}

/** Creates and submits a complete dossier; returns its id and the version it is at now (2). */
export async function createSubmitted(
  world: NominationWorld,
  input: DraftNominationInput,
  actor: Actor = world.officerA,
) {
  const { id } = await createDraft(world, input, actor);
  await submitNomination({ actor, input: { id, version: 1 }, today: nominationToday });
  return { id, version: 2 };
}

/** A save of the whole dossier as the form posts it (the create input without its movement), with `changes` on top. */
export function saveInputOf(
  id: string,
  version: number,
  dossier: DraftNominationInput,
  changes: Partial<SaveNominationInput> = {},
): SaveNominationInput {
  const fields: Partial<DraftNominationInput> = { ...dossier };
  delete fields.movementId;
  return { ...(fields as Omit<DraftNominationInput, "movementId">), id, version, ...changes };
}
