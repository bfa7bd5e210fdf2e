import { describe, expect, it } from "vitest";
import { createUnit, createUser } from "../../scripts/test/factories";
import { recordAudit } from "../audit";
import { db } from "../db";
import type { Actor } from "../session";
import { auditFilterSchema, listAuditEvents } from "./queries";

const actorWith = (role: Actor["roles"][number]["role"]): Actor => ({
  id: "00000000-0000-0000-0000-000000000000",
  name: "Test",
  email: "t@test.vinhdanh",
  locale: "vi",
  roles: [{ role, unitId: "u", unitName: "U", unitPath: "/u/" }],
  mustChangePassword: false,
  isMfaEnrolled: false,
});

describe("listAuditEvents", () => {
  it("filters by the actor's name ignoring diacritics, and by action prefix", async () => {
    const unit = await createUnit(db());
    const suffix = Date.now().toString(36);
    const { user } = await createUser(db(), {
      fullName: `Nguyễn Văn Kiểm ${suffix}`,
      roles: [{ role: "STAFF", unitId: unit.id }],
    });
    await recordAudit({
      actorId: user.id,
      action: "test.did_something",
      objectType: "Unit",
      objectId: unit.id,
      after: { name: "Đơn vị" },
    });
    const filter = auditFilterSchema.parse({ actor: `nguyen van kiem ${suffix}`, action: "test." });
    const result = await listAuditEvents({ actor: actorWith("ADMIN"), filter });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({
      actorName: `Nguyễn Văn Kiểm ${suffix}`,
      action: "test.did_something",
      after: { name: "Đơn vị" },
    });
  });

  it("clamps a page beyond the end and drops malformed filters instead of failing", async () => {
    const filter = auditFilterSchema.parse({
      page: "999999",
      action: '\'; DROP TABLE "AuditEvent"; --',
      from: "not-a-date",
    });
    expect(filter.action).toBeUndefined();
    expect(filter.from).toBeUndefined();
    const result = await listAuditEvents({ actor: actorWith("ADMIN"), filter });
    expect(result.page).toBe(result.pageCount);
  });

  it("is refused to anyone but administrators", async () => {
    const filter = auditFilterSchema.parse({});
    await expect(listAuditEvents({ actor: actorWith("OFFICER"), filter })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditEvents({ actor: null, filter })).rejects.toMatchObject({ code: "forbidden" });
  });
});
