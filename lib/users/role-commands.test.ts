import { describe, expect, it } from "vitest";
import { createActor, createAdmin, createUnit, createUser } from "../../scripts/test/factories";
import { createSession, resolveSession } from "../auth/sessions";
import { db } from "../db";
import { addRole, removeRole } from "./role-commands";

describe("addRole and removeRole", () => {
  it("grant and withdraw a role on a unit, ending sessions each time, with audit events", async () => {
    const { actor } = await createAdmin(db());
    const unit = await createUnit(db());
    const { user } = await createUser(db());
    const first = await createSession(user.id);
    await addRole({ actor, userId: user.id, role: "OFFICER", unitId: unit.id });
    expect(await resolveSession(first)).toBeNull();
    const assignment = await db().roleAssignment.findFirstOrThrow({ where: { userId: user.id } });
    expect(assignment).toMatchObject({ role: "OFFICER", unitId: unit.id });

    const second = await createSession(user.id);
    await removeRole({ actor, userId: user.id, assignmentId: assignment.id });
    expect(await resolveSession(second)).toBeNull();
    expect(await db().roleAssignment.count({ where: { userId: user.id } })).toBe(0);
    const actions = (await db().auditEvent.findMany({ where: { objectId: user.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["user.role_added", "user.role_removed"]);
  });

  it("refuses an unknown unit", async () => {
    const { actor } = await createAdmin(db());
    const { user } = await createUser(db());
    await expect(addRole({ actor, userId: user.id, role: "STAFF", unitId: crypto.randomUUID() })).rejects.toMatchObject(
      { fieldCode: "unitNotFound" },
    );
  });

  it("an administrator cannot remove their own last ADMIN role", async () => {
    const { actor, user } = await createAdmin(db());
    const assignment = await db().roleAssignment.findFirstOrThrow({ where: { userId: user.id, role: "ADMIN" } });
    await expect(removeRole({ actor, userId: user.id, assignmentId: assignment.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db().roleAssignment.count({ where: { userId: user.id, role: "ADMIN" } })).toBe(1);
  });

  it("is refused to a non-administrator", async () => {
    const unit = await createUnit(db());
    const officer = await createActor(db(), { role: "OFFICER", unit });
    await expect(addRole({ actor: officer, userId: officer.id, role: "ADMIN", unitId: unit.id })).rejects.toMatchObject(
      { code: "forbidden" },
    );
    expect(await db().roleAssignment.count({ where: { userId: officer.id, role: "ADMIN" } })).toBe(0);
  });
});
