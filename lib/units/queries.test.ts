import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createUnit } from "../../scripts/test/factories";
import { createPrismaClient } from "../db";
import type { Actor } from "../session";
import { getUnitForAdmin, getUnitForViewer, listUnits, unitPageSize } from "./queries";
import { listUnitsParamsSchema } from "./schemas";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let root: Awaited<ReturnType<typeof createUnit>>;
let admin: Actor;
beforeAll(async () => {
  root = await createUnit(client, { name: "Công đoàn Viên chức thử nghiệm" });
  admin = await createActor(client, { role: "ADMIN", unit: root });
});

const token = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

describe("listUnits", () => {
  it("finds a unit by its name without diacritics or case, and by its code", async () => {
    const tag = token();
    const unit = await createUnit(client, { name: `Công đoàn Bộ Tư pháp ${tag}`, parent: root });
    const byName = await listUnits({ actor: admin, q: `cong doan bo tu phap ${tag}`, page: 1, status: "active" });
    expect(byName.items.map((u) => u.id)).toEqual([unit.id]);
    expect(byName.items[0]).toMatchObject({ name: `Công đoàn Bộ Tư pháp ${tag}`, parentName: root.name });
    const byUpper = await listUnits({
      actor: admin,
      q: `CÔNG ĐOÀN BỘ TƯ PHÁP ${tag.toUpperCase()}`,
      page: 1,
      status: "all",
    });
    expect(byUpper.total).toBe(1);
    const byCode = await listUnits({ actor: admin, q: unit.code.toLowerCase(), page: 1, status: "all" });
    expect(byCode.items.map((u) => u.id)).toEqual([unit.id]);
  });

  it("clamps the page into range and pages by 25", async () => {
    const tag = token();
    for (let i = 0; i < unitPageSize + 3; i++) await createUnit(client, { name: `Tổ ${tag} số ${i}`, parent: root });
    const last = await listUnits({ actor: admin, q: tag, page: 99, status: "active" });
    expect(last).toMatchObject({ total: unitPageSize + 3, page: 2, pageCount: 2 });
    expect(last.items).toHaveLength(3);
    const first = await listUnits({ actor: admin, q: tag, page: -4, status: "active" });
    expect(first).toMatchObject({ page: 1 });
    expect(first.items).toHaveLength(unitPageSize);
    const none = await listUnits({ actor: admin, q: `${tag}-không-có`, page: 7, status: "active" });
    expect(none).toMatchObject({ total: 0, page: 1, pageCount: 1, items: [] });
  });

  it("filters by status and lists a subtree together, parent first", async () => {
    const tag = token();
    const parent = await createUnit(client, { name: `Cha ${tag}`, parent: root });
    const child = await createUnit(client, { name: `Con ${tag}`, parent });
    await client.unit.update({ where: { id: child.id }, data: { isActive: false } });
    expect((await listUnits({ actor: admin, q: tag, page: 1, status: "active" })).items.map((u) => u.id)).toEqual([
      parent.id,
    ]);
    expect((await listUnits({ actor: admin, q: tag, page: 1, status: "inactive" })).items.map((u) => u.id)).toEqual([
      child.id,
    ]);
    expect((await listUnits({ actor: admin, q: tag, page: 1, status: "all" })).items.map((u) => u.depth)).toEqual([
      parent.depth,
      parent.depth + 1,
    ]);
  });

  it("is for administrators only", async () => {
    const officer = await createActor(client, { role: "OFFICER", unit: root });
    await expect(listUnits({ actor: officer, q: "", page: 1, status: "all" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("reads malformed URL parameters as defaults", () => {
    expect(listUnitsParamsSchema.parse({ page: "abc", status: "deleted", q: ["a", "b"] })).toEqual({
      q: "a",
      page: 1,
      status: "active",
    });
    expect(listUnitsParamsSchema.parse({})).toEqual({ q: "", page: 1, status: "active" });
  });
});

describe("unit detail", () => {
  it("shows parent, children and usage counts to administrators", async () => {
    const unit = await createUnit(client, { parent: root });
    await createUnit(client, { parent: unit });
    await createActor(client, { role: "OFFICER", unit });
    const detail = await getUnitForAdmin({ actor: admin, id: unit.id });
    expect(detail).toMatchObject({
      parent: { id: root.id },
      counts: { children: 1, members: 1, roleAssignments: 1, movements: 0 },
      isDeletable: false,
    });
    expect(detail?.ancestors.map((a) => a.id)).toEqual([root.id]);
  });

  it("lets an officer see units in their subtree but not a sibling's", async () => {
    const mine = await createUnit(client, { parent: root });
    const below = await createUnit(client, { parent: mine });
    const sibling = await createUnit(client, { parent: root });
    const officer = await createActor(client, { role: "OFFICER", unit: mine });
    expect((await getUnitForViewer({ actor: officer, id: mine.id }))?.id).toBe(mine.id);
    expect((await getUnitForViewer({ actor: officer, id: below.id }))?.id).toBe(below.id);
    expect(await getUnitForViewer({ actor: officer, id: sibling.id })).toBeNull();
    expect(await getUnitForViewer({ actor: officer, id: root.id })).toBeNull();
    const staff = await createActor(client, { role: "STAFF", unit: mine });
    expect(await getUnitForViewer({ actor: staff, id: mine.id })).toBeNull();
    expect((await getUnitForViewer({ actor: admin, id: sibling.id }))?.id).toBe(sibling.id);
  });
});
