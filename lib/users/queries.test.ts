import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createActor, createAdmin, createUnit, createUser } from "../../scripts/test/factories";
import { db } from "../db";
import { getUserDetail, listUsers, usersPageSize } from "./queries";

describe("listUsers", () => {
  it("finds 'Nguyễn Văn An' when searching 'nguyen van an', and by part of the email", async () => {
    const { actor, unit } = await createAdmin(db());
    const tag = randomUUID().slice(0, 6);
    const { user } = await createUser(db(), {
      fullName: `Nguyễn Văn An ${tag}`,
      roles: [{ role: "STAFF", unitId: unit.id }],
    });
    const byName = await listUsers({ actor, q: `nguyen van an ${tag}` });
    expect(byName.rows.map((r) => r.id)).toEqual([user.id]);
    expect(byName.rows[0]?.fullName).toBe(`Nguyễn Văn An ${tag}`);
    const byEmail = await listUsers({ actor, q: user.email.slice(0, 12).toUpperCase() });
    expect(byEmail.rows.map((r) => r.id)).toContain(user.id);
  });

  it("filters by role and by unit including the units below it", async () => {
    const { actor } = await createAdmin(db());
    const parent = await createUnit(db());
    const child = await createUnit(db(), { parent });
    const other = await createUnit(db());
    const { user: officer } = await createUser(db(), { roles: [{ role: "OFFICER", unitId: child.id }] });
    const { user: staff } = await createUser(db(), { roles: [{ role: "STAFF", unitId: parent.id }] });
    await createUser(db(), { roles: [{ role: "OFFICER", unitId: other.id }] });
    const inTree = await listUsers({ actor, unit: parent.id });
    expect(inTree.rows.map((r) => r.id).sort()).toEqual([officer.id, staff.id].sort());
    const officers = await listUsers({ actor, unit: parent.id, role: "OFFICER" });
    expect(officers.rows.map((r) => r.id)).toEqual([officer.id]);
    expect(officers.rows[0]?.roles).toEqual([{ role: "OFFICER", unitName: child.name }]);
  });

  it("filters by active state", async () => {
    const { actor } = await createAdmin(db());
    const unit = await createUnit(db());
    const { user: inactive } = await createUser(db(), { isActive: false, roles: [{ role: "STAFF", unitId: unit.id }] });
    await createUser(db(), { roles: [{ role: "STAFF", unitId: unit.id }] });
    const page = await listUsers({ actor, unit: unit.id, status: "inactive" });
    expect(page.rows.map((r) => r.id)).toEqual([inactive.id]);
  });

  it("pages by 25 and clamps the page number into range", async () => {
    const { actor } = await createAdmin(db());
    const unit = await createUnit(db());
    for (let i = 0; i < usersPageSize + 2; i++) await createUser(db(), { roles: [{ role: "STAFF", unitId: unit.id }] });
    const first = await listUsers({ actor, unit: unit.id, page: 1 });
    expect(first).toMatchObject({ total: usersPageSize + 2, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(usersPageSize);
    const beyond = await listUsers({ actor, unit: unit.id, page: 99 });
    expect(beyond.page).toBe(2);
    expect(beyond.rows).toHaveLength(2);
    expect((await listUsers({ actor, unit: unit.id, page: -3 })).page).toBe(1);
    const empty = await listUsers({ actor, unit: (await createUnit(db())).id, page: 5 });
    expect(empty).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });

  it("is refused to anyone but an administrator", async () => {
    const unit = await createUnit(db());
    const officer = await createActor(db(), { role: "OFFICER", unit });
    await expect(listUsers({ actor: officer })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listUsers({ actor: null })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("getUserDetail", () => {
  it("returns the person with roles, and null for a malformed or unknown id", async () => {
    const { actor, unit, user } = await createAdmin(db());
    const detail = await getUserDetail({ actor, userId: user.id });
    expect(detail?.roles).toEqual([expect.objectContaining({ role: "ADMIN", unitId: unit.id, unitName: unit.name })]);
    expect(detail).not.toHaveProperty("passwordHash");
    expect(await getUserDetail({ actor, userId: "not-a-uuid" })).toBeNull();
    expect(await getUserDetail({ actor, userId: randomUUID() })).toBeNull();
  });
});
