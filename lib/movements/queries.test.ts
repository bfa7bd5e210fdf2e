import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorOf, createUnit, createUser } from "../../scripts/test/factories";
import { db } from "../db";
import type { MovementStatus, Visibility } from "../generated/prisma/enums";
import { currentPhase, getMovement, listMovements } from "./queries";

async function movement(status: MovementStatus, visibility: Visibility) {
  const unit = await createUnit(db());
  return db().movement.create({
    data: {
      code: `MV-${randomUUID().slice(0, 8)}`,
      name: `Phong trào thử ${status} ${visibility} ${randomUUID().slice(0, 4)}`,
      description: "Mô tả",
      organizingUnitId: unit.id,
      coverageUnitId: unit.id,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2030-12-31"),
      status,
      visibility,
      phases: { create: [{ kind: "NOMINATION", startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") }] },
    },
  });
}

describe("movement visibility", () => {
  it("shows drafts to administrators only, staff-only movements to signed-in people, public ones to everyone", async () => {
    const [draft, staffOnly, open] = await Promise.all([
      movement("DRAFT", "PUBLIC"),
      movement("OPEN", "STAFF"),
      movement("OPEN", "PUBLIC"),
    ]);
    const unit = await createUnit(db());
    const admin = await actorOf(
      db(),
      (await createUser(db(), { roles: [{ role: "ADMIN", unitId: unit.id }] })).user.id,
    );
    const staff = await actorOf(
      db(),
      (await createUser(db(), { roles: [{ role: "STAFF", unitId: unit.id }] })).user.id,
    );

    const seenBy = async (actor: typeof admin | null) => (await listMovements({ actor })).map((m) => m.id);
    expect(await seenBy(admin)).toEqual(expect.arrayContaining([draft.id, staffOnly.id, open.id]));
    expect(await seenBy(staff)).toEqual(expect.arrayContaining([staffOnly.id, open.id]));
    expect(await seenBy(staff)).not.toContain(draft.id);
    expect(await seenBy(null)).toContain(open.id);
    expect(await seenBy(null)).not.toContain(staffOnly.id);

    expect(await getMovement({ actor: staff, id: draft.id })).toBeNull();
    expect(await getMovement({ actor: null, id: staffOnly.id })).toBeNull();
    const detail = await getMovement({ actor: null, id: open.id });
    expect(detail?.name).toBe(open.name);
    expect(currentPhase(detail!.phases, "2026-11-24")?.kind).toBe("NOMINATION");
    expect(currentPhase(detail!.phases, "2027-01-01")).toBeNull();
  });
});
