import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createUnit } from "../../scripts/test/factories";
import { createPrismaClient } from "../db";
import { DomainError, FieldError } from "../errors";
import type { Actor } from "../session";
import { copyMovement, createMovement, MovementRefusedError, transitionMovement, updateMovement } from "./commands";
import type { MovementDefinitionInput } from "./schemas";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

type UnitRow = Awaited<ReturnType<typeof createUnit>>;
let root: UnitRow;
let branch: UnitRow;
let sibling: UnitRow;
let admin: Actor;
let officer: Actor;
beforeAll(async () => {
  root = await createUnit(client, { name: "Công đoàn gốc (phong trào)" });
  branch = await createUnit(client, { parent: root });
  sibling = await createUnit(client, { parent: root });
  admin = await createActor(client, { role: "ADMIN", unit: root });
  officer = await createActor(client, { role: "OFFICER", unit: branch });
});

let sequence = 0;
const uniqueCode = () => `MV-${Date.now().toString(36)}-${(sequence++).toString(36)}`.toUpperCase();

/** A complete, valid definition covering `branch`, organized by `root`. */
function definition(changes: Partial<MovementDefinitionInput> = {}): MovementDefinitionInput {
  return {
    code: uniqueCode(),
    name: "Phong trào thử nghiệm",
    nameEn: null,
    slogan: "Đổi mới, sáng tạo",
    sloganEn: null,
    description: "Mô tả",
    organizingUnitId: root.id,
    coverageUnitId: branch.id,
    startsOn: "2027-01-01",
    endsOn: "2027-12-31",
    visibility: "PUBLIC",
    requiresRegistration: true,
    postingWorkingDays: 10,
    phases: {
      REGISTRATION: { startsOn: "2027-01-01", endsOn: "2027-03-31" },
      NOMINATION: { startsOn: "2027-04-01", endsOn: "2027-09-30" },
      REVIEW: { startsOn: "2027-10-01", endsOn: "2027-10-31" },
      PUBLIC_POSTING: { startsOn: "2027-11-01", endsOn: "2027-11-14" },
      DECISION: { startsOn: "2027-11-15", endsOn: "2027-11-30" },
      PUBLICATION: { startsOn: "2027-12-01", endsOn: "2028-01-31" },
    },
    criteria: [
      { name: "Chất lượng tham mưu", nameEn: "Quality of advice", guidance: "Đúng, trúng", weight: 60, maxScore: 10 },
      { name: "Hiệu quả phục vụ", nameEn: null, guidance: "", weight: 40, maxScore: 20 },
    ],
    titles: [
      {
        name: "Điển hình tiên tiến",
        nameEn: null,
        eligibility: "BOTH",
        quotaTotal: 10,
        quotaPerUnit: 2,
        approvalThresholdPercent: 90,
        thresholdStrict: false,
        quotaPerUnitPercent: 15,
        requiredPriorTitle: "Lao động tiên tiến",
        minServiceMonths: 10,
        maxAbsenceDays: 40,
        excludesDisciplined: true,
      },
    ],
    ...changes,
  };
}

const load = (id: string) =>
  client.movement.findUniqueOrThrow({
    where: { id },
    include: {
      phases: { orderBy: { startsOn: "asc" } },
      criteria: { orderBy: { position: "asc" } },
      awardTitles: { orderBy: { position: "asc" } },
    },
  });
const auditOf = (id: string, action: string) => client.auditEvent.findMany({ where: { objectId: id, action } });

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MovementRefusedError);
  return (error as MovementRefusedError).refusals;
}

async function nominate(movementId: string) {
  const movement = await load(movementId);
  await client.nomination.create({
    data: {
      movementId,
      awardTitleId: movement.awardTitles[0]!.id,
      unitId: branch.id,
      nominatingUnitId: branch.id,
      createdById: officer.id,
      nomineeKind: "INDIVIDUAL",
      nomineeName: "Nguyễn Văn A",
      nomineeNameSearch: "nguyen van a",
    },
  });
}

describe("creating a movement", () => {
  it("stores the whole definition as a draft, in the submitted order, with an audit event", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    const movement = await load(id);
    expect(movement.status).toBe("DRAFT");
    expect(movement.version).toBe(1);
    expect(movement.coverageUnitId).toBe(branch.id);
    expect(movement.phases.map((p) => p.kind)).toEqual([
      "REGISTRATION",
      "NOMINATION",
      "REVIEW",
      "PUBLIC_POSTING",
      "DECISION",
      "PUBLICATION",
    ]);
    expect(movement.phases[0]!.startsOn.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(movement.criteria.map((c) => [c.position, c.name, c.weight, c.maxScore])).toEqual([
      [1, "Chất lượng tham mưu", 60, 10],
      [2, "Hiệu quả phục vụ", 40, 20],
    ]);
    expect(movement.awardTitles[0]).toMatchObject({
      name: "Điển hình tiên tiến",
      quotaTotal: 10,
      quotaPerUnit: 2,
      approvalThresholdPercent: 90,
      quotaPerUnitPercent: 15,
      requiredPriorTitle: "Lao động tiên tiến",
      minServiceMonths: 10,
      maxAbsenceDays: 40,
      excludesDisciplined: true,
    });
    const [event] = await auditOf(id, "movement.created");
    expect(event?.actorId).toBe(admin.id);
    expect(event?.after).toMatchObject({ code: movement.code, criteria: [{ weight: 60 }, { weight: 40 }] });
  });

  it("is for administrators only", async () => {
    await expect(createMovement({ actor: officer, input: definition() })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createMovement({ actor: null, input: definition() })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses a covered subtree outside the organizing unit", async () => {
    const error = await createMovement({
      actor: admin,
      input: definition({ organizingUnitId: branch.id, coverageUnitId: sibling.id }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "coverageUnitId", fieldCode: "unitOutsideScope" });
  });

  it("refuses unknown and inactive units at their field", async () => {
    const gone = "00000000-0000-4000-8000-000000000000";
    await expect(createMovement({ actor: admin, input: definition({ organizingUnitId: gone }) })).rejects.toMatchObject(
      { field: "organizingUnitId", fieldCode: "unitNotFound" },
    );
    const closed = await createUnit(client, { parent: root });
    await client.unit.update({ where: { id: closed.id }, data: { isActive: false } });
    await expect(
      createMovement({ actor: admin, input: definition({ coverageUnitId: closed.id }) }),
    ).rejects.toMatchObject({ field: "coverageUnitId", fieldCode: "unitInactive" });
  });

  it("refuses a code already in use, also when two admins race for it", async () => {
    const code = uniqueCode();
    await createMovement({ actor: admin, input: definition({ code }) });
    await expect(createMovement({ actor: admin, input: definition({ code }) })).rejects.toMatchObject({
      field: "code",
      fieldCode: "codeTaken",
    });
    const racing = uniqueCode();
    const results = await Promise.allSettled([
      createMovement({ actor: admin, input: definition({ code: racing }) }),
      createMovement({ actor: admin, input: definition({ code: racing }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { field: "code", fieldCode: "codeTaken" },
    });
    expect(await client.movement.count({ where: { code: racing } })).toBe(1);
  });
});

describe("editing a movement", () => {
  it("saves changes, bumps the version and keeps before/after in the audit log", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    const input = definition({
      name: "Tên mới",
      criteria: [{ name: "Một tiêu chí", nameEn: null, guidance: "", weight: 100, maxScore: 5 }],
      phases: { NOMINATION: { startsOn: "2027-02-01", endsOn: "2027-06-30" } },
    });
    await updateMovement({ actor: admin, input: { ...input, id, version: 1 } });
    const movement = await load(id);
    expect(movement).toMatchObject({ name: "Tên mới", version: 2 });
    expect(movement.criteria.map((c) => c.name)).toEqual(["Một tiêu chí"]);
    expect(movement.phases.map((p) => p.kind)).toEqual(["NOMINATION"]);
    const [event] = await auditOf(id, "movement.updated");
    expect(event?.before).toMatchObject({ name: "Phong trào thử nghiệm", version: 1 });
    expect(event?.after).toMatchObject({ name: "Tên mới", version: 2 });
  });

  it("refuses an edit made from a stale version instead of overwriting", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    await updateMovement({ actor: admin, input: { ...definition({ name: "Sửa lần một" }), id, version: 1 } });
    const stale = updateMovement({ actor: admin, input: { ...definition({ name: "Sửa từ bản cũ" }), id, version: 1 } });
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ code: "conflict" });
    expect((await load(id)).name).toBe("Sửa lần một");
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    const edits = ["Bản A", "Bản B"].map((name) =>
      updateMovement({ actor: admin, input: { ...definition({ name }), id, version: 1 } }),
    );
    const results = await Promise.allSettled(edits);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect((await load(id)).version).toBe(2);
  });

  it("freezes criteria and titles once nominations exist, but still lets dates and texts change", async () => {
    const base = definition();
    const { id } = await createMovement({ actor: admin, input: base });
    await nominate(id);
    const criterionIds = (await load(id)).criteria.map((c) => c.id);

    const reweighted = {
      ...base,
      criteria: [
        { ...base.criteria[0]!, weight: 50 },
        { ...base.criteria[1]!, weight: 50 },
      ],
    };
    expect(await refusalOf(updateMovement({ actor: admin, input: { ...reweighted, id, version: 1 } }))).toEqual([
      { reason: "definitionFrozen" },
    ]);
    const retitled = { ...base, titles: [{ ...base.titles[0]!, approvalThresholdPercent: 51 }] };
    expect(await refusalOf(updateMovement({ actor: admin, input: { ...retitled, id, version: 1 } }))).toEqual([
      { reason: "definitionFrozen" },
    ]);

    await updateMovement({
      actor: admin,
      input: { ...base, description: "Mô tả đã cập nhật", endsOn: "2028-03-31", id, version: 1 },
    });
    const movement = await load(id);
    expect(movement.description).toBe("Mô tả đã cập nhật");
    // The very same criterion rows: scores and self-assessments keep pointing at them.
    expect(movement.criteria.map((c) => c.id)).toEqual(criterionIds);
  });

  it("does not narrow the coverage past units that have registered", async () => {
    const { id } = await createMovement({ actor: admin, input: definition({ coverageUnitId: root.id }) });
    await client.registration.create({
      data: { movementId: id, unitId: sibling.id, registeredById: admin.id, pledge: "Cam kết" },
    });
    await expect(
      updateMovement({ actor: admin, input: { ...definition({ coverageUnitId: branch.id }), id, version: 1 } }),
    ).rejects.toMatchObject({
      field: "coverageUnitId",
      fieldCode: "coverageExcludesRegistered",
    });
  });

  it("does not edit an archived movement", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    await client.movement.update({ where: { id }, data: { status: "ARCHIVED" } });
    expect(await refusalOf(updateMovement({ actor: admin, input: { ...definition(), id, version: 1 } }))).toEqual([
      { reason: "archived" },
    ]);
  });

  it("is for administrators only", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    await expect(
      updateMovement({ actor: officer, input: { ...definition({ name: "Chiếm quyền" }), id, version: 1 } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await load(id)).name).toBe("Phong trào thử nghiệm");
  });
});

describe("moving a movement through its lifecycle", () => {
  it("walks draft → open → review → decision → published → archived on the phase dates, auditing each step", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    const steps = [
      ["OPEN", "2027-01-15"],
      ["REVIEW", "2027-10-01"],
      ["DECISION", "2027-11-01"],
      ["PUBLISHED", "2027-12-01"],
      ["ARCHIVED", "2028-02-01"],
    ] as const;
    let version = 1;
    for (const [to, today] of steps) {
      await transitionMovement({ actor: admin, input: { id, version, to }, today });
      version += 1;
    }
    const movement = await load(id);
    expect(movement).toMatchObject({ status: "ARCHIVED", version });
    const events = await client.auditEvent.findMany({
      where: { objectId: id, action: "movement.status_changed" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [{ status: "DRAFT" }, { status: "OPEN" }],
      [{ status: "OPEN" }, { status: "REVIEW" }],
      [{ status: "REVIEW" }, { status: "DECISION" }],
      [{ status: "DECISION" }, { status: "PUBLISHED" }],
      [{ status: "PUBLISHED" }, { status: "ARCHIVED" }],
    ]);
  });

  it("refuses a step before its phase, a skipped step and a stale version, changing nothing", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    await transitionMovement({ actor: admin, input: { id, version: 1, to: "OPEN" }, today: "2027-01-15" });
    expect(
      await refusalOf(
        transitionMovement({ actor: admin, input: { id, version: 2, to: "REVIEW" }, today: "2027-09-30" }),
      ),
    ).toEqual([{ reason: "tooEarly", phase: "REVIEW", date: "2027-10-01" }]);
    expect(
      await refusalOf(
        transitionMovement({ actor: admin, input: { id, version: 2, to: "DECISION" }, today: "2027-11-01" }),
      ),
    ).toEqual([{ reason: "notNext" }]);
    await expect(
      transitionMovement({ actor: admin, input: { id, version: 1, to: "REVIEW" }, today: "2027-10-01" }),
    ).rejects.toMatchObject({ code: "conflict" });
    const movement = await load(id);
    expect(movement).toMatchObject({ status: "OPEN", version: 2 });
    expect(await auditOf(id, "movement.status_changed")).toHaveLength(1);
  });

  it("does not open a movement whose nomination phase is over, or whose definition is incomplete", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    expect(
      await refusalOf(transitionMovement({ actor: admin, input: { id, version: 1, to: "OPEN" }, today: "2027-10-01" })),
    ).toEqual([{ reason: "nominationsClosed", date: "2027-09-30" }]);
    const partial = await createMovement({
      actor: admin,
      input: definition({ phases: { NOMINATION: { startsOn: "2027-04-01", endsOn: "2027-09-30" } } }),
    });
    expect(
      await refusalOf(
        transitionMovement({ actor: admin, input: { id: partial.id, version: 1, to: "OPEN" }, today: "2027-01-15" }),
      ),
    ).toEqual([
      { reason: "phaseMissing", phase: "REGISTRATION" },
      { reason: "phaseMissing", phase: "REVIEW" },
    ]);
  });

  it("is for administrators only", async () => {
    const { id } = await createMovement({ actor: admin, input: definition() });
    await expect(
      transitionMovement({ actor: officer, input: { id, version: 1, to: "OPEN" }, today: "2027-01-15" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await load(id)).status).toBe("DRAFT");
  });
});

describe("copying a movement", () => {
  it("copies the definition as a draft template of a new cycle, moving dates by whole years", async () => {
    const source = await createMovement({
      actor: admin,
      input: definition({ startsOn: "2027-01-01", endsOn: "2027-12-31" }),
    });
    await nominate(source.id);
    const code = uniqueCode();
    const { id } = await copyMovement({
      actor: admin,
      input: { sourceId: source.id, code, name: "Chu kỳ mới", startsOn: "2031-01-01" },
    });
    const copy = await load(id);
    expect(copy).toMatchObject({
      code,
      name: "Chu kỳ mới",
      status: "DRAFT",
      copiedFromId: source.id,
      coverageUnitId: branch.id,
      slogan: "Đổi mới, sáng tạo",
    });
    expect(copy.endsOn.toISOString().slice(0, 10)).toBe("2031-12-31");
    const registration = copy.phases.find((p) => p.kind === "REGISTRATION")!;
    // 31 March stays 31 March across the leap year 2028.
    expect(registration.endsOn.toISOString().slice(0, 10)).toBe("2031-03-31");
    expect(copy.criteria.map((c) => [c.name, c.weight, c.maxScore])).toEqual([
      ["Chất lượng tham mưu", 60, 10],
      ["Hiệu quả phục vụ", 40, 20],
    ]);
    expect(copy.awardTitles).toHaveLength(1);
    // Nominations, registrations and results stay with the original.
    expect(await client.nomination.count({ where: { movementId: id } })).toBe(0);
    expect(await auditOf(id, "movement.copied")).toHaveLength(1);
  });

  it("moves every date by the same number of days when the new cycle starts on another day", async () => {
    const source = await createMovement({ actor: admin, input: definition() });
    const { id } = await copyMovement({
      actor: admin,
      input: { sourceId: source.id, code: uniqueCode(), name: "Bản sao", startsOn: "2027-01-11" },
    });
    const copy = await load(id);
    expect(copy.endsOn.toISOString().slice(0, 10)).toBe("2028-01-10");
    expect(copy.phases[0]!.startsOn.toISOString().slice(0, 10)).toBe("2027-01-11");
  });

  it("refuses a taken code and non-administrators", async () => {
    const source = await createMovement({ actor: admin, input: definition() });
    const taken = (await load(source.id)).code;
    await expect(
      copyMovement({ actor: admin, input: { sourceId: source.id, code: taken, name: "x", startsOn: "2030-01-01" } }),
    ).rejects.toMatchObject({ field: "code", fieldCode: "codeTaken" });
    await expect(
      copyMovement({
        actor: officer,
        input: { sourceId: source.id, code: uniqueCode(), name: "x", startsOn: "2030-01-01" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
