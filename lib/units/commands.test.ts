import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createUnit as createUnitRow, createUser } from "../../scripts/test/factories";
import { createPrismaClient } from "../db";
import type { Actor } from "../session";
import { createUnit, deleteUnit, moveUnit, setUnitActive, updateUnit } from "./commands";
import { FieldError } from "../errors";
import { UnitRefusedError } from "./errors";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let root: Awaited<ReturnType<typeof createUnitRow>>;
let admin: Actor;
beforeAll(async () => {
  root = await createUnitRow(client, { name: "Công đoàn gốc thử nghiệm" });
  admin = await createActor(client, { role: "ADMIN", unit: root });
});

const uniqueCode = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
const row = (id: string) => client.unit.findUniqueOrThrow({ where: { id } });

describe("unit commands", () => {
  it("stores Vietnamese, Japanese and emoji names exactly, and upper-case codes", async () => {
    for (const name of ["Công đoàn cơ sở Trường Đại học Luật Hà Nội", "労働組合 東京支部", "Tổ công đoàn 🌸 Đổi mới"]) {
      const { id } = await createUnit({ actor: admin, name, code: uniqueCode("u"), parentId: root.id });
      const unit = await row(id);
      expect(unit.name).toBe(name);
      expect(unit.path).toBe(`${root.path}${id}/`);
      expect(unit.depth).toBe(root.depth + 1);
      const renamed = `${name} – đổi tên ✨`;
      await updateUnit({ actor: admin, id, version: unit.version, name: renamed, code: unit.code });
      const after = await row(id);
      expect(after.name).toBe(renamed);
      expect(after.version).toBe(unit.version + 1);
    }
  });

  it("refuses a code another unit already has", async () => {
    const code = uniqueCode("dup");
    await createUnit({ actor: admin, name: "Đơn vị một", code, parentId: root.id });
    await expect(createUnit({ actor: admin, name: "Đơn vị hai", code, parentId: root.id })).rejects.toMatchObject({
      field: "code",
      fieldCode: "codeTaken",
    });
  });

  it("refuses anyone but an administrator", async () => {
    const officer = await createActor(client, { role: "OFFICER", unit: root });
    await expect(
      createUnit({ actor: officer, name: "X", code: uniqueCode("f"), parentId: root.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateUnit({ actor: null, id: root.id, version: 1, name: "X", code: root.code }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("answers a stale version with a conflict and changes nothing", async () => {
    const unit = await createUnitRow(client, { parent: root });
    await updateUnit({ actor: admin, id: unit.id, version: unit.version, name: "Tên mới", code: unit.code });
    await expect(
      updateUnit({ actor: admin, id: unit.id, version: unit.version, name: "Tên cũ ghi đè", code: unit.code }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await row(unit.id)).name).toBe("Tên mới");
  });

  it("moves a unit and rewrites the paths and depths of its whole subtree", async () => {
    const a = await createUnitRow(client, { parent: root });
    const b = await createUnitRow(client, { parent: a });
    const c = await createUnitRow(client, { parent: b });
    const target = await createUnitRow(client, { parent: root });
    const deepTarget = await createUnitRow(client, { parent: target });
    await moveUnit({ actor: admin, id: b.id, version: b.version, parentId: deepTarget.id });
    const [movedB, movedC] = await Promise.all([row(b.id), row(c.id)]);
    expect(movedB).toMatchObject({
      parentId: deepTarget.id,
      path: `${deepTarget.path}${b.id}/`,
      depth: deepTarget.depth + 1,
    });
    expect(movedC).toMatchObject({
      parentId: b.id,
      path: `${deepTarget.path}${b.id}/${c.id}/`,
      depth: deepTarget.depth + 2,
    });
    expect((await row(a.id)).path).toBe(a.path);

    await moveUnit({ actor: admin, id: b.id, version: movedB.version, parentId: null });
    expect(await row(c.id)).toMatchObject({ path: `/${b.id}/${c.id}/`, depth: 1 });
  });

  it("refuses to move a unit under itself or one of its descendants", async () => {
    const a = await createUnitRow(client, { parent: root });
    const b = await createUnitRow(client, { parent: a });
    for (const parentId of [a.id, b.id]) {
      const error = await moveUnit({ actor: admin, id: a.id, version: a.version, parentId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FieldError);
      expect(error).toMatchObject({ field: "parentId", fieldCode: "unitCycle" });
    }
    expect(await row(a.id)).toMatchObject({ parentId: root.id, path: a.path, version: a.version });
  });

  it("refuses to deactivate a unit with active children, and to reactivate under an inactive parent", async () => {
    const parent = await createUnitRow(client, { parent: root });
    const child = await createUnitRow(client, { parent });
    await expect(
      setUnitActive({ actor: admin, id: parent.id, version: parent.version, isActive: false }),
    ).rejects.toMatchObject({
      reason: "hasActiveChildren",
    });
    await setUnitActive({ actor: admin, id: child.id, version: child.version, isActive: false });
    await setUnitActive({ actor: admin, id: parent.id, version: parent.version, isActive: false });
    const error = await setUnitActive({ actor: admin, id: child.id, version: child.version + 1, isActive: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnitRefusedError);
    expect(error).toMatchObject({ reason: "parentInactive" });
    await expect(
      createUnit({ actor: admin, name: "Con", code: uniqueCode("c"), parentId: parent.id }),
    ).rejects.toMatchObject({ fieldCode: "unitInactive" });
  });

  it("deletes an unused unit but refuses one that has children or members", async () => {
    const used = await createUnitRow(client, { parent: root });
    await createUser(client, { roles: [{ role: "STAFF", unitId: used.id }] });
    const parent = await createUnitRow(client, { parent: root });
    await createUnitRow(client, { parent });
    for (const unit of [used, parent]) {
      await expect(deleteUnit({ actor: admin, id: unit.id, version: unit.version })).rejects.toMatchObject({
        reason: "inUse",
      });
    }
    const unused = await createUnitRow(client, { parent: root });
    await deleteUnit({ actor: admin, id: unused.id, version: unused.version });
    expect(await client.unit.findUnique({ where: { id: unused.id } })).toBeNull();
  });

  it("writes an audit event with before and after for each change", async () => {
    const { id } = await createUnit({
      actor: admin,
      name: "Đơn vị được ghi nhật ký",
      code: uniqueCode("a"),
      parentId: root.id,
    });
    await updateUnit({ actor: admin, id, version: 1, name: "Đơn vị đã đổi tên", code: uniqueCode("a") });
    await deleteUnit({ actor: admin, id, version: 2 });
    const events = await client.auditEvent.findMany({
      where: { objectType: "Unit", objectId: id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["unit.created", "unit.updated", "unit.deleted"]);
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);
    expect(events[1]?.before).toMatchObject({ name: "Đơn vị được ghi nhật ký", version: 1 });
    expect(events[1]?.after).toMatchObject({ name: "Đơn vị đã đổi tên", version: 2 });
    expect(events[2]?.after).toBeNull();
  });
});

describe("unit headcount", () => {
  it("is stored, changed, cleared, and left alone when a request does not mention it", async () => {
    const code = uniqueCode("hc");
    const { id } = await createUnit({
      actor: admin,
      name: "Đơn vị có biên chế",
      code,
      parentId: root.id,
      headcount: 47,
    });
    expect((await row(id)).headcount).toBe(47);
    await updateUnit({ actor: admin, id, version: 1, name: "Đơn vị có biên chế", code, headcount: 52 });
    expect((await row(id)).headcount).toBe(52);
    await updateUnit({ actor: admin, id, version: 2, name: "Đổi tên", code });
    expect((await row(id)).headcount).toBe(52);
    await updateUnit({ actor: admin, id, version: 3, name: "Đổi tên", code, headcount: null });
    expect((await row(id)).headcount).toBeNull();
    const [event] = await client.auditEvent.findMany({
      where: { objectId: id, action: "unit.updated" },
      orderBy: { id: "asc" },
      take: 1,
    });
    expect(event?.before).toMatchObject({ headcount: 47 });
    expect(event?.after).toMatchObject({ headcount: 52 });
  });
});
