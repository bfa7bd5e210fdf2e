import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnit } from "../../scripts/test/factories";
import { createMovement, createRegistrationWorld, target } from "../../scripts/test/registration-factories";
import { createPrismaClient } from "../db";
import { registerUnit } from "./commands";
import { getRegistration, listEligibleUnits, listPledgeResults, officerCoverage } from "./queries";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: Awaited<ReturnType<typeof createRegistrationWorld>>;
beforeAll(async () => {
  world = await createRegistrationWorld(client);
});

const today = "2026-02-15";

describe("registration queries", () => {
  it("offers an officer the active, unregistered units of their scope that the movement covers", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const child = await createUnit(client, { parent: world.a });
    const closed = await createUnit(client, { parent: world.a });
    await client.unit.update({ where: { id: closed.id }, data: { isActive: false } });
    const ids = async (actor: typeof world.admin | null) =>
      (await listEligibleUnits({ actor, movementId: movement.id })).map((u) => u.id);

    expect(await ids(world.officerA)).toEqual(expect.arrayContaining([world.a.id, child.id]));
    expect(await ids(world.officerA)).toHaveLength(2);
    expect(await ids(world.officerOutside)).toEqual([]);
    expect(await ids(world.staffA)).toEqual([]);
    expect(await ids(null)).toEqual([]);
    expect(await ids(world.officerRoot)).toEqual(
      expect.arrayContaining([world.root.id, world.a.id, world.b.id, child.id]),
    );

    await registerUnit({
      actor: world.officerA,
      today,
      movementId: movement.id,
      unitId: world.a.id,
      pledge: "Cam kết",
      targets: [],
    });
    expect(await ids(world.officerA)).toEqual([child.id]);
    // Tree order: a parent before the units below it.
    const rootList = await ids(world.officerRoot);
    expect(rootList.indexOf(world.root.id)).toBe(0);
  });

  it("shows a registration only to those who may manage it", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    const { id } = await registerUnit({
      actor: world.officerA,
      today,
      movementId: movement.id,
      unitId: world.a.id,
      pledge: "Cam kết",
      targets: [target("Mục tiêu", { targetValue: "12.5", dueOn: "2026-06-30" })],
    });
    const detail = await getRegistration({ actor: world.officerRoot, id });
    expect(detail).toMatchObject({
      id,
      unit: { id: world.a.id },
      movement: { id: movement.id },
      targets: [{ targetValue: "12.5", dueOn: "2026-06-30", achievedValue: null }],
    });
    expect(await getRegistration({ actor: world.admin, id })).not.toBeNull();
    for (const actor of [world.officerB, world.staffA, world.officerOutside, null])
      expect(await getRegistration({ actor, id })).toBeNull();
  });

  it("lists pledge against result for signed-in viewers, marking the ones they manage", async () => {
    const movement = await createMovement(client, { coverageId: world.root.id });
    for (const [actor, unitId] of [
      [world.officerA, world.a.id],
      [world.officerB, world.b.id],
    ] as const) {
      await registerUnit({
        actor,
        today,
        movementId: movement.id,
        unitId,
        pledge: `Cam kết của ${unitId}`,
        targets: [target("Mục tiêu", { targetValue: "3" })],
      });
    }
    const list = await listPledgeResults({ actor: world.officerA, movementId: movement.id });
    expect(list.map((r) => [r.unit.id, r.isManaged])).toEqual(
      expect.arrayContaining([
        [world.a.id, true],
        [world.b.id, false],
      ]),
    );
    expect(list[0]?.targets[0]).toMatchObject({ description: "Mục tiêu", targetValue: "3", achievedValue: null });
    // An administrator manages every registration, but none of them is "their own unit's".
    const asAdmin = await listPledgeResults({ actor: world.admin, movementId: movement.id });
    expect(asAdmin.map((r) => [r.isManaged, r.isOwnUnit])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(list.find((r) => r.unit.id === world.a.id)?.isOwnUnit).toBe(true);
    expect(await listPledgeResults({ actor: null, movementId: movement.id })).toEqual([]);
    const draft = await createMovement(client, { coverageId: world.root.id, status: "DRAFT" });
    expect(await listPledgeResults({ actor: world.officerA, movementId: draft.id })).toEqual([]);
  });

  it("tells an officer which movements cover their unit and whether it has registered", async () => {
    const [covering, registered, elsewhere] = await Promise.all([
      createMovement(client, { coverageId: world.root.id }),
      createMovement(client, { coverageId: world.root.id }),
      createMovement(client, { coverageId: world.outside.id }),
    ]);
    const { id } = await registerUnit({
      actor: world.officerA,
      today,
      movementId: registered.id,
      unitId: world.a.id,
      pledge: "Cam kết",
      targets: [],
    });
    const coverage = await officerCoverage({
      actor: world.officerA,
      movementIds: [covering.id, registered.id, elsewhere.id],
    });
    expect(coverage.get(covering.id)).toEqual([{ unitId: world.a.id, unitName: world.a.name, registrationId: null }]);
    expect(coverage.get(registered.id)).toEqual([{ unitId: world.a.id, unitName: world.a.name, registrationId: id }]);
    expect(coverage.has(elsewhere.id)).toBe(false);
    expect((await officerCoverage({ actor: world.staffA, movementIds: [covering.id] })).size).toBe(0);
  });
});
