import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMovement, createRegistrationWorld, target } from "../../scripts/test/registration-factories";
import { createPrismaClient } from "../db";
import { FieldError } from "../errors";
import { nestedFields } from "../forms";
import { recordResults, registerUnit, updateRegistration } from "./commands";
import { RegistrationRefusedError } from "./errors";
import { registerUnitSchema } from "./schemas";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: Awaited<ReturnType<typeof createRegistrationWorld>>;
beforeAll(async () => {
  world = await createRegistrationWorld(client);
});

const today = "2026-02-15";
const pledge = "Hoàn thành 100% nhiệm vụ được giao; không có đoàn viên vi phạm kỷ luật.";
const twoTargets = [
  target("Tổ chức hội thảo chuyên đề về chuyển đổi số", {
    targetValue: "4",
    measureUnit: "hội thảo",
    dueOn: "2026-06-30",
  }),
  target("Đoàn viên tham gia tập huấn kỹ năng số", { targetValue: "95.5", measureUnit: "%", index: 1 }),
];
const stored = (id: string) =>
  client.registration.findUniqueOrThrow({ where: { id }, include: { targets: { orderBy: { position: "asc" } } } });

async function registered(movementId: string, unitId = world.a.id) {
  const unit = await client.unit.findUniqueOrThrow({ where: { id: unitId } });
  const actor = unit.id === world.a.id ? world.officerA : world.admin;
  const { id } = await registerUnit({ actor, today, movementId, unitId, pledge, targets: twoTargets });
  return stored(id);
}

describe("registerUnit", () => {
  it("registers an officer's unit with its pledge and two targets, and records who and when in the audit log", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id, registrationPhase: true });
    const { id } = await registerUnit({
      actor: world.officerA,
      today,
      movementId: movement.id,
      unitId: world.a.id,
      pledge,
      targets: twoTargets,
    });
    const row = await stored(id);
    expect(row).toMatchObject({
      movementId: movement.id,
      unitId: world.a.id,
      registeredById: world.officerA.id,
      pledge,
      version: 1,
    });
    expect(
      row.targets.map((t) => [
        t.position,
        t.description,
        t.targetValue?.toString() ?? null,
        t.measureUnit,
        t.dueOn?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      [1, "Tổ chức hội thảo chuyên đề về chuyển đổi số", "4", "hội thảo", "2026-06-30"],
      [2, "Đoàn viên tham gia tập huấn kỹ năng số", "95.5", "%", null],
    ]);
    const events = await client.auditEvent.findMany({ where: { objectType: "Registration", objectId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "registration.created", actorId: world.officerA.id, before: null });
    expect(events[0]?.after).toMatchObject({
      pledge,
      version: 1,
      targets: [
        { position: 1, targetValue: "4", dueOn: "2026-06-30" },
        { position: 2, targetValue: "95.5" },
      ],
    });
  });

  it("lets an officer of a parent unit and an administrator register a covered unit", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    await registerUnit({
      actor: world.officerRoot,
      today,
      movementId: movement.id,
      unitId: world.a.id,
      pledge,
      targets: [],
    });
    await registerUnit({ actor: world.admin, today, movementId: movement.id, unitId: world.b.id, pledge, targets: [] });
    expect(await client.registration.count({ where: { movementId: movement.id } })).toBe(2);
  });

  it("refuses the officer's own unit when the movement does not cover it", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const error = await registerUnit({
      actor: world.officerOutside,
      today,
      movementId: movement.id,
      unitId: world.outside.id,
      pledge,
      targets: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "unitId", fieldCode: "unitOutsideScope" });
    // An administrator is refused too: coverage is the movement's rule, not a permission.
    await expect(
      registerUnit({
        actor: world.admin,
        today,
        movementId: movement.id,
        unitId: world.outside.id,
        pledge,
        targets: [],
      }),
    ).rejects.toMatchObject({
      fieldCode: "unitOutsideScope",
    });
  });

  it("refuses another officer's unit, staff and anonymous callers", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    for (const actor of [world.officerB, world.staffA, null]) {
      await expect(
        registerUnit({ actor, today, movementId: movement.id, unitId: world.a.id, pledge, targets: [] }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await client.registration.count({ where: { movementId: movement.id } })).toBe(0);
  });

  it("refuses while the movement is not open, and hides a draft from officers", async () => {
    for (const status of ["REVIEW", "DECISION", "PUBLISHED", "ARCHIVED"] as const) {
      const movement = await createMovement(client, { coverageId: world.root.id, status });
      const error = await registerUnit({
        actor: world.officerA,
        today,
        movementId: movement.id,
        unitId: world.a.id,
        pledge,
        targets: [],
      }).catch((e: unknown) => e);
      expect(error, status).toBeInstanceOf(RegistrationRefusedError);
      expect(error).toMatchObject({ reason: "registrationClosed" });
    }
    const draft = await createMovement(client, { coverageId: world.root.id, status: "DRAFT" });
    await expect(
      registerUnit({ actor: world.officerA, today, movementId: draft.id, unitId: world.a.id, pledge, targets: [] }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      registerUnit({ actor: world.admin, today, movementId: draft.id, unitId: world.a.id, pledge, targets: [] }),
    ).rejects.toMatchObject({
      reason: "registrationClosed",
    });
  });

  it("takes registrations until the last day of the registration phase, not after", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id, registrationPhase: true });
    await expect(
      registerUnit({
        actor: world.officerA,
        today: "2026-04-01",
        movementId: movement.id,
        unitId: world.a.id,
        pledge,
        targets: [],
      }),
    ).rejects.toMatchObject({
      reason: "registrationClosed",
    });
    await registerUnit({
      actor: world.officerA,
      today: "2026-03-31",
      movementId: movement.id,
      unitId: world.a.id,
      pledge,
      targets: [],
    });
  });

  it("refuses an inactive unit", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const inactive = await client.unit.create({
      data: {
        id: crypto.randomUUID(),
        code: `IN${crypto.randomUUID().slice(0, 8)}`.toUpperCase(),
        name: "Đơn vị ngừng hoạt động",
        nameSearch: "don vi ngung hoat dong",
        path: "",
        depth: 2,
        parentId: world.a.id,
        isActive: false,
      },
    });
    await client.unit.update({ where: { id: inactive.id }, data: { path: `${world.a.path}${inactive.id}/` } });
    await expect(
      registerUnit({ actor: world.officerA, today, movementId: movement.id, unitId: inactive.id, pledge, targets: [] }),
    ).rejects.toMatchObject({
      field: "unitId",
      fieldCode: "unitInactive",
    });
  });

  it("refuses a second registration of the same unit, also when two arrive at once", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    await registerUnit({
      actor: world.officerA,
      today,
      movementId: movement.id,
      unitId: world.a.id,
      pledge,
      targets: [],
    });
    await expect(
      registerUnit({
        actor: world.officerRoot,
        today,
        movementId: movement.id,
        unitId: world.a.id,
        pledge,
        targets: [],
      }),
    ).rejects.toMatchObject({
      field: "unitId",
      fieldCode: "alreadyRegistered",
    });

    const race = await createMovement(client, { coverageId: world.root.id });
    const outcomes = await Promise.allSettled(
      [world.officerB, world.officerRoot].map((actor) =>
        registerUnit({ actor, today, movementId: race.id, unitId: world.b.id, pledge, targets: [] }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { fieldCode: "alreadyRegistered" } });
  });

  it("marks a due day outside the movement's period at the row it was typed in", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const form = new FormData();
    for (const [key, value] of Object.entries({
      movementId: movement.id,
      unitId: world.a.id,
      pledge,
      "targets.0.description": "",
      "targets.1.description": "Mục tiêu đúng hạn",
      "targets.1.dueOn": "2026-05-01",
      "targets.2.description": "Mục tiêu quá hạn",
      "targets.2.dueOn": "2027-01-01",
    })) {
      form.set(key, value);
    }
    const input = registerUnitSchema.parse(nestedFields(form));
    expect(input.targets.map((t) => t.index)).toEqual([1, 2]);
    await expect(registerUnit({ actor: world.officerA, today, ...input })).rejects.toMatchObject({
      field: "targets.2.dueOn",
      fieldCode: "dueOutsidePeriod",
    });
    await expect(
      registerUnit({
        actor: world.officerA,
        today,
        ...input,
        targets: [target("Trước khi bắt đầu", { dueOn: "2025-12-31" })],
      }),
    ).rejects.toMatchObject({ field: "targets.0.dueOn" });
    expect(await client.registration.count({ where: { movementId: movement.id } })).toBe(0);
  });

  it("answers a movement that does not exist with not-found", async () => {
    await expect(
      registerUnit({
        actor: world.admin,
        today,
        movementId: crypto.randomUUID(),
        unitId: world.a.id,
        pledge,
        targets: [],
      }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("updateRegistration", () => {
  it("updates kept targets in place (their results survive), deletes removed ones, adds and renumbers", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const before = await registered(movement.id);
    const [first, second] = before.targets;
    await recordResults({
      actor: world.officerA,
      id: before.id,
      version: 1,
      resultsSummary: null,
      targets: [{ id: first!.id, achievedValue: "5", resultNote: "Vượt chỉ tiêu" }],
    });

    await updateRegistration({
      actor: world.officerA,
      today,
      id: before.id,
      version: 2,
      pledge: "Cam kết đã sửa",
      targets: [
        target("Mục tiêu mới đặt lên đầu"),
        target("Hội thảo chuyên đề (sửa)", { id: first!.id, targetValue: "6", measureUnit: "hội thảo", index: 1 }),
      ],
    });
    const after = await stored(before.id);
    expect(after).toMatchObject({ pledge: "Cam kết đã sửa", version: 3 });
    expect(after.targets.map((t) => [t.position, t.description])).toEqual([
      [1, "Mục tiêu mới đặt lên đầu"],
      [2, "Hội thảo chuyên đề (sửa)"],
    ]);
    expect(after.targets[1]).toMatchObject({ id: first!.id, resultNote: "Vượt chỉ tiêu" });
    expect(after.targets[1]?.achievedValue?.toString()).toBe("5");
    expect(after.targets[1]?.targetValue?.toString()).toBe("6");
    expect(await client.registrationTarget.count({ where: { id: second!.id } })).toBe(0);

    const event = await client.auditEvent.findFirstOrThrow({
      where: { objectId: before.id, action: "registration.updated" },
    });
    expect(event.actorId).toBe(world.officerA.id);
    expect(event.before).toMatchObject({ version: 2, targets: [{ id: first!.id }, { id: second!.id }] });
    expect(event.after).toMatchObject({ version: 3, pledge: "Cam kết đã sửa" });
  });

  it("answers a stale version with a conflict and changes nothing", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const row = await registered(movement.id);
    await updateRegistration({
      actor: world.officerA,
      today,
      id: row.id,
      version: 1,
      pledge: "Bản thứ nhất",
      targets: [],
    });
    await expect(
      updateRegistration({
        actor: world.officerRoot,
        today,
        id: row.id,
        version: 1,
        pledge: "Ghi đè âm thầm",
        targets: [],
      }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      recordResults({ actor: world.officerRoot, id: row.id, version: 1, resultsSummary: "Cũ", targets: [] }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await stored(row.id)).toMatchObject({ pledge: "Bản thứ nhất", version: 2, resultsSummary: null });
  });

  it("refuses a row naming a target of another registration", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const mine = await registered(movement.id);
    const theirs = await registered(movement.id, world.b.id);
    await expect(
      updateRegistration({
        actor: world.officerA,
        today,
        id: mine.id,
        version: 1,
        pledge,
        targets: [target("Lấy của đơn vị khác", { id: theirs.targets[0]!.id })],
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await stored(theirs.id)).targets[0]?.registrationId).toBe(theirs.id);
  });

  it("refuses another officer and changes after registration has closed, but still takes results", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id, registrationPhase: true });
    const row = await registered(movement.id);
    await expect(
      updateRegistration({ actor: world.officerB, today, id: row.id, version: 1, pledge: "X", targets: [] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      recordResults({ actor: world.staffA, id: row.id, version: 1, resultsSummary: "X", targets: [] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateRegistration({
        actor: world.officerA,
        today: "2026-04-01",
        id: row.id,
        version: 1,
        pledge: "Muộn",
        targets: [],
      }),
    ).rejects.toMatchObject({
      reason: "registrationClosed",
    });
    await client.movement.update({ where: { id: movement.id }, data: { status: "REVIEW" } });
    await recordResults({ actor: world.officerA, id: row.id, version: 1, resultsSummary: "Hoàn thành", targets: [] });
    expect(await stored(row.id)).toMatchObject({ resultsSummary: "Hoàn thành", pledge, version: 2 });
  });

  it("refuses a changed pledge once the unit is inactive", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const unit = await client.unit.create({
      data: {
        id: crypto.randomUUID(),
        code: `DE${crypto.randomUUID().slice(0, 8)}`.toUpperCase(),
        name: "Đơn vị sắp ngừng",
        nameSearch: "don vi sap ngung",
        path: "",
        depth: 2,
        parentId: world.a.id,
      },
    });
    await client.unit.update({ where: { id: unit.id }, data: { path: `${world.a.path}${unit.id}/` } });
    const { id } = await registerUnit({
      actor: world.officerA,
      today,
      movementId: movement.id,
      unitId: unit.id,
      pledge,
      targets: [],
    });
    await client.unit.update({ where: { id: unit.id }, data: { isActive: false } });
    await expect(
      updateRegistration({ actor: world.officerA, today, id, version: 1, pledge: "Sửa", targets: [] }),
    ).rejects.toMatchObject({ reason: "unitInactive" });
  });
});

describe("recordResults", () => {
  it("records achieved values, notes and a summary, with an audit event", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const row = await registered(movement.id);
    await client.movement.update({ where: { id: movement.id }, data: { status: "PUBLISHED" } });
    await recordResults({
      actor: world.officerA,
      id: row.id,
      version: 1,
      resultsSummary: "Đơn vị hoàn thành vượt mức các chỉ tiêu đăng ký.",
      targets: row.targets.map((t, i) => ({
        id: t.id,
        achievedValue: i === 0 ? "5" : null,
        resultNote: i === 0 ? "Thêm một hội thảo" : null,
      })),
    });
    const after = await stored(row.id);
    expect(after.targets[0]?.achievedValue?.toString()).toBe("5");
    expect(after.targets[0]?.resultNote).toBe("Thêm một hội thảo");
    expect(after.targets[1]?.achievedValue).toBeNull();
    const event = await client.auditEvent.findFirstOrThrow({
      where: { objectId: row.id, action: "registration.results_recorded" },
    });
    expect(event.before).toMatchObject({
      resultsSummary: null,
      targets: [{ achievedValue: null }, { achievedValue: null }],
    });
    expect(event.after).toMatchObject({
      resultsSummary: "Đơn vị hoàn thành vượt mức các chỉ tiêu đăng ký.",
      targets: [{ achievedValue: "5" }, { achievedValue: null }],
    });
  });

  it("refuses results for an archived movement", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const row = await registered(movement.id);
    await client.movement.update({ where: { id: movement.id }, data: { status: "ARCHIVED" } });
    await expect(
      recordResults({ actor: world.officerA, id: row.id, version: 1, resultsSummary: "Muộn", targets: [] }),
    ).rejects.toMatchObject({ reason: "resultsClosed" });
  });
});
