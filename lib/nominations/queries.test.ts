import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNominationMovement,
  createNominationWorld,
  createDraft,
  createSubmitted,
  individualDossier,
  type NominationWorld,
} from "../../scripts/test/nomination-factories";
import { createPrismaClient } from "../db";
import { returnNomination } from "./commands";
import { getNominationForViewer, getNominationVersions, listNominationTitles, listNominationUnits } from "./queries";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: NominationWorld;
beforeAll(async () => {
  world = await createNominationWorld(client);
});

describe("getNominationForViewer", () => {
  it("gives the officer the dossier with its movement, criteria, title rules and the actions they may take", async () => {
    const input = individualDossier(world, world.movement, { unitId: world.aTeam.id });
    const { id } = await createDraft(world, input);
    const dossier = await getNominationForViewer({ actor: world.officerA, id });
    expect(dossier).toMatchObject({
      id,
      status: "DRAFT",
      version: 1,
      nomineeName: input.nomineeName,
      unit: { id: world.aTeam.id, name: world.aTeam.name },
      nominatingUnit: { id: world.a.id },
      awardTitle: { name: "Lao động tiên tiến", eligibility: "BOTH", minServiceMonths: null },
      movement: { id: world.movement.id, status: "OPEN", criteria: [{ weight: 60 }, { weight: 40 }] },
      versions: [],
      canEdit: true,
      canWithdraw: true,
      canReturn: false,
    });
    expect(dossier?.selfAssessmentByCriterion[world.movement.criteria[0]!.id]).toBe(
      "Tham mưu 14 văn bản, 100% đúng hạn.",
    );
  });

  it("shows a submitted dossier read-only to the officer and returnable to an administrator", async () => {
    const { id } = await createSubmitted(world, individualDossier(world, world.movement));
    expect(await getNominationForViewer({ actor: world.officerRoot, id })).toMatchObject({
      status: "SUBMITTED",
      canEdit: false,
      canWithdraw: true,
      canReturn: false,
    });
    const forAdmin = await getNominationForViewer({ actor: world.admin, id });
    expect(forAdmin).toMatchObject({ canEdit: false, canWithdraw: false, canReturn: true });
    expect(forAdmin?.versions).toMatchObject([{ number: 1, submittedBy: { fullName: world.officerA.name } }]);
  });

  it("returns nothing to officers of other units, staff, anonymous visitors, or for a malformed id", async () => {
    const { id } = await createDraft(world, individualDossier(world, world.movement));
    for (const actor of [world.officerB, world.officerOutside, world.staffA, null])
      expect(await getNominationForViewer({ actor, id })).toBeNull();
    expect(await getNominationForViewer({ actor: world.admin, id: "not-a-uuid" })).toBeNull();
  });
});

describe("getNominationVersions", () => {
  it("gives the first version alone, and nothing for a version that does not exist", async () => {
    const { id, version } = await createSubmitted(world, individualDossier(world, world.movement));
    const first = await getNominationVersions({ actor: world.admin, id, number: 1 });
    expect(first).toMatchObject({
      version: { number: 1, submittedBy: world.officerA.name },
      previous: null,
      changes: [],
    });
    expect(await getNominationVersions({ actor: world.admin, id, number: 2 })).toBeNull();
    await returnNomination({ actor: world.admin, input: { id, version, comment: "Bổ sung" } });
    expect(await getNominationVersions({ actor: world.officerA, id, number: 0 })).toBeNull();
  });
});

describe("titles and units to nominate for", () => {
  it("lists the movement's titles with their rules for officers only", async () => {
    const movement = await createNominationMovement(client, world, {
      individualRules: { minServiceMonths: 10, quotaPerUnitPercent: 15 },
    });
    const titles = await listNominationTitles({ actor: world.officerA, movementId: movement.id });
    expect(titles.map((t) => [t.name, t.eligibility])).toEqual([
      ["Lao động tiên tiến", "BOTH"],
      ["Chiến sĩ thi đua cơ sở", "INDIVIDUAL"],
      ["Tập thể lao động xuất sắc", "COLLECTIVE"],
    ]);
    expect(titles[1]).toMatchObject({ minServiceMonths: 10, quotaPerUnitPercent: 15 });
    expect(await listNominationTitles({ actor: world.staffA, movementId: movement.id })).toEqual([]);
    const draft = await createNominationMovement(client, world, { status: "DRAFT" });
    expect(await listNominationTitles({ actor: world.officerA, movementId: draft.id })).toEqual([]);
  });

  it("lists the active units within both the officer's scope and the movement's coverage", async () => {
    const ids = async (actor: typeof world.officerA) =>
      (await listNominationUnits({ actor, movementId: world.movement.id })).map((u) => u.id).sort();
    expect(await ids(world.officerA)).toEqual([world.a.id, world.aTeam.id].sort());
    expect(await ids(world.officerRoot)).toEqual([world.root.id, world.a.id, world.aTeam.id, world.b.id].sort());
    expect(await ids(world.officerOutside)).toEqual([]);
    expect(await ids(world.admin)).toEqual([]);
  });
});
